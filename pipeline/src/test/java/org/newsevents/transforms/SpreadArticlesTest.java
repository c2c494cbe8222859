package org.newsevents.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.ListCoder;
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
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.nlp.AnnotationStore;
import org.newsevents.nlp.LocalBlobs;
import org.newsevents.schema.Article;

class SpreadArticlesTest {

  /** Articles doc-0 … doc-(n-1), each with a body of its own. */
  private static List<Article> articles(int n) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      articles.add(
          Article.newBuilder()
              .setDocId("doc-" + i)
              .setSource("doc-" + i)
              .setBody("Body " + i + ".")
              .setContentHash("h" + i)
              .build());
    }
    return articles;
  }

  @Test
  void everyArticleComesOutOnceInAsManyBundlesAsBuckets() {
    List<Article> articles = articles(40);
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());

    PCollection<List<Article>> spread =
        pipeline
            .apply(Create.of(articles).withCoder(AvroCoder.of(Article.class)))
            .apply(SpreadArticles.into(4));

    // Forty different bodies: forty groups of one.
    PAssert.that(
            spread.apply(MapElements.into(TypeDescriptors.strings()).via(SpreadArticlesTest::ids)))
        .containsInAnyOrder(articles.stream().map(a -> a.getDocId().toString()).toList());
    // One bundle per bucket: the direct runner starts a bundle for each of the 4 keys.
    PAssert.thatSingleton(spread.apply(ParDo.of(new BundleSizeFn())).apply(Count.globally()))
        .isEqualTo(4L);
    pipeline.run().waitUntilFinish();
  }

  @Test
  void articlesTheStoreHoldsShareTheirOwnBucketAndTheOthersAreSpreadAsBefore(@TempDir Path dir)
      throws IOException {
    List<Article> articles = articles(12);
    // The store holds docs 0, 3, 6 and 9 (the entry's bytes are not read when keying).
    AnnotationStore store = AnnotationStore.forProfile(new LocalBlobs(dir), "fast");
    for (int i = 0; i < 12; i += 3) {
      store.put(store.key("Body " + i + ".", null), new byte[] {1});
    }
    assertTrue(store.holds(store.key("Body 3.", null)));
    assertFalse(store.holds(store.key("Body 4.", null)));
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());

    PCollection<List<Article>> spread =
        pipeline
            .apply(Create.of(articles).withCoder(AvroCoder.of(Article.class)))
            .apply(SpreadArticles.into(16).withStoreHits(dir.toString(), "fast", 1));

    // One bundle holds exactly the four hits; the eight misses are in bundles of their own.
    PAssert.that(spread.apply(ParDo.of(new BundleIdsFn())))
        .satisfies(
            bundles -> {
              List<String> all = new ArrayList<>();
              bundles.forEach(all::add);
              assertTrue(all.contains("doc-0,doc-3,doc-6,doc-9"), all.toString());
              for (String bundle : all) {
                if (!bundle.equals("doc-0,doc-3,doc-6,doc-9")) {
                  assertFalse(bundle.matches(".*doc-[0369](,.*|$)"), bundle);
                }
              }
              assertEquals(12, String.join(",", all).split(",").length);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void storeHitsAreBalancedOverTheHitBucketsByBodyLength(@TempDir Path dir) throws IOException {
    // Six stored articles of 60, 50, 40, 30, 25 and 10 characters, and a copy of the 10 (one
    // group of 20): the heaviest first into the lighter bucket gives 60+30+25 = 115 and
    // 50+40+10+10 = 110, where a hash of the copy key puts them wherever it falls.
    int[] lengths = {60, 50, 40, 30, 25, 10};
    List<Article> articles = new ArrayList<>();
    AnnotationStore store = AnnotationStore.forProfile(new LocalBlobs(dir), "fast");
    for (int i = 0; i < lengths.length; i++) {
      String body = ("Body " + i + ".").repeat(10).substring(0, lengths[i]);
      articles.add(article("doc-" + i, body, "h" + i, null));
      store.put(store.key(body, null), new byte[] {1});
    }
    articles.add(article("doc-6", articles.get(5).getBody().toString(), "h5", null));
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());

    // All seven in one bundle, as the pipeline's read gives them (Create alone may split them).
    PCollection<List<Article>> spread =
        pipeline
            .apply(
                Create.of(List.of(articles)).withCoder(ListCoder.of(AvroCoder.of(Article.class))))
            .apply(ParDo.of(new FlattenFn()))
            .setCoder(AvroCoder.of(Article.class))
            .apply(SpreadArticles.into(16).withStoreHits(dir.toString(), "fast", 2));

    PAssert.that(spread.apply(ParDo.of(new BundleIdsFn())))
        .containsInAnyOrder("doc-0,doc-3,doc-4", "doc-1,doc-2,doc-5,doc-6");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void balancingPutsTheHeaviestGroupFirstIntoTheLightestBucketInAnyOrder() {
    Map<String, Long> weights = new LinkedHashMap<>();
    weights.put("e", 20L);
    weights.put("a", 60L);
    weights.put("f", 10L);
    weights.put("c", 40L);
    weights.put("b", 50L);
    weights.put("d", 30L);
    weights.put("g", 10L);
    // a 60 -> 0; b 50 -> 1; c 40 -> 1 (90); d 30 -> 0 (90); e 20 -> 0 (a tie: the lower, 110);
    // f 10 -> 1 (100); g 10 -> 1 (110).
    assertEquals(
        Map.of("a", 0, "b", 1, "c", 1, "d", 0, "e", 0, "f", 1, "g", 1),
        SpreadArticles.balance(weights, 2));
    assertEquals(
        Map.of("a", 0, "b", 1, "c", 2, "d", 2, "e", 1, "f", 0, "g", 0),
        SpreadArticles.balance(weights, 3));
    assertEquals(Map.of("a", 0, "b", 0), SpreadArticles.balance(Map.of("b", 5L, "a", 7L), 1));
  }

  @Test
  void exactCopiesComeOutAsOneGroupOrderedByDocId() {
    Instant friday = Instant.parse("2013-07-05T17:00:00Z");
    List<Article> articles =
        List.of(
            article("wire/c.txt", "Same body.", "h-same", friday),
            article("bbc/a.txt", "Same body.", "h-same", friday),
            article("other/b.txt", "Same body.", "h-same", friday),
            // The same body a day later is annotated with another document date: not a copy.
            article("late.txt", "Same body.", "h-same", friday.plusSeconds(86_400)),
            article("single.txt", "Another body.", "h-other", friday));
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());

    PCollection<List<Article>> groups =
        pipeline
            .apply(Create.of(articles).withCoder(AvroCoder.of(Article.class)))
            .apply(SpreadArticles.into(2));

    PAssert.that(
            groups.apply(MapElements.into(TypeDescriptors.strings()).via(SpreadArticlesTest::ids)))
        .containsInAnyOrder("bbc/a.txt,other/b.txt,wire/c.txt", "late.txt", "single.txt");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void articlesComeOutEqualFieldByFieldAfterCrossingTheGroupByKeyAsBytes() {
    Instant friday = Instant.parse("2013-07-05T17:00:00Z");
    List<Article> articles =
        List.of(
            article("bbc/a.txt", "Ünïcode body — with “quotes”.", "h-a", friday),
            article("bbc/b.txt", "Another body.", "h-b", null),
            article("bbc/c.txt", "Another body.", "h-b", null));
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());

    PCollection<Article> out =
        pipeline
            .apply(Create.of(articles).withCoder(AvroCoder.of(Article.class)))
            .apply(SpreadArticles.into(3))
            .apply(ParDo.of(new FlattenFn()))
            .setCoder(AvroCoder.of(Article.class));

    // Article.equals compares every field: body, date, hash, ids; the copies b and c meet.
    PAssert.that(out).containsInAnyOrder(articles);
    PAssert.that(
            pipeline
                .apply("Again", Create.of(articles).withCoder(AvroCoder.of(Article.class)))
                .apply("Spread Again", SpreadArticles.into(3))
                .apply(MapElements.into(TypeDescriptors.strings()).via(SpreadArticlesTest::ids)))
        .containsInAnyOrder("bbc/a.txt", "bbc/b.txt,bbc/c.txt");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void theBucketOfAnArticleIsItsCopyKeyHashModuloTheBuckets() {
    // String.hashCode is specified by the JDK, so these hold on every JVM and every run.
    assertEquals(16, SpreadArticles.bucket("bbc/business/001.txt", 64));
    assertEquals(34, SpreadArticles.bucket("doc-7", 64));
    assertEquals(0, SpreadArticles.bucket("anything", 1));
    assertThrows(IllegalArgumentException.class, () -> SpreadArticles.into(0));
  }

  private static Article article(String docId, String body, String hash, Instant published) {
    return Article.newBuilder()
        .setDocId(docId)
        .setSource(docId)
        .setBody(body)
        .setContentHash(hash)
        .setPublished(published)
        .build();
  }

  private static String ids(List<Article> group) {
    return String.join(",", group.stream().map(a -> a.getDocId().toString()).toList());
  }

  /** The articles of each copy group, one by one. */
  private static class FlattenFn extends DoFn<List<Article>, Article> {
    @ProcessElement
    public void processElement(@Element List<Article> group, OutputReceiver<Article> out) {
      group.forEach(out::output);
    }
  }

  /** Emits one element per bundle: the sorted doc ids of its groups, comma-separated. */
  private static class BundleIdsFn extends DoFn<List<Article>, String> {
    private transient List<String> ids;

    @StartBundle
    public void startBundle() {
      ids = new ArrayList<>();
    }

    @ProcessElement
    public void processElement(@Element List<Article> group) {
      group.forEach(a -> ids.add(a.getDocId().toString()));
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      if (!ids.isEmpty()) {
        ids.sort(null);
        context.output(
            String.join(",", ids), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
      }
    }
  }

  /** Emits one element per bundle: the number of groups in it. */
  private static class BundleSizeFn extends DoFn<List<Article>, Integer> {
    private transient int size;

    @StartBundle
    public void startBundle() {
      size = 0;
    }

    @ProcessElement
    public void processElement(@Element List<Article> group) {
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
