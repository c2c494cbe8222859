package org.newsevents.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.newsevents.schema.Article;

class SpreadArticlesTest {

  @Test
  void everyArticleComesOutOnceInAsManyBundlesAsBuckets() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      articles.add(
          Article.newBuilder()
              .setDocId("doc-" + i)
              .setSource("doc-" + i)
              .setBody("Body " + i + ".")
              .setContentHash("h" + i)
              .build());
    }
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());

    PCollection<Article> spread =
        pipeline
            .apply(Create.of(articles).withCoder(AvroCoder.of(Article.class)))
            .apply(SpreadArticles.into(4));

    PAssert.that(spread.apply(MapElements.into(TypeDescriptors.strings()).via(a -> a.getDocId())))
        .containsInAnyOrder(articles.stream().map(a -> a.getDocId().toString()).toList());
    // One bundle per bucket: the direct runner starts a bundle for each of the 4 keys.
    PAssert.thatSingleton(spread.apply(ParDo.of(new BundleSizeFn())).apply(Count.globally()))
        .isEqualTo(4L);
    pipeline.run().waitUntilFinish();
  }

  @Test
  void theBucketOfAnArticleIsItsDocIdHashModuloTheBuckets() {
    // String.hashCode is specified by the JDK, so these hold on every JVM and every run.
    assertEquals(16, SpreadArticles.bucket("bbc/business/001.txt", 64));
    assertEquals(34, SpreadArticles.bucket("doc-7", 64));
    assertEquals(0, SpreadArticles.bucket("anything", 1));
    assertThrows(IllegalArgumentException.class, () -> SpreadArticles.into(0));
  }

  /** Emits one element per bundle: the number of articles in it. */
  private static class BundleSizeFn extends DoFn<Article, Integer> {
    private transient int size;

    @StartBundle
    public void startBundle() {
      size = 0;
    }

    @ProcessElement
    public void processElement(@Element Article article) {
      size++;
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      if (size > 0) {
        context.output(size, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
      }
    }
  }
}
