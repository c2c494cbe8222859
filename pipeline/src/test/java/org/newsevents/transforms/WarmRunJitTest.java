package org.newsevents.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.nlp.AnnotationStore;
import org.newsevents.nlp.LocalBlobs;
import org.newsevents.schema.Article;

class WarmRunJitTest {

  /** Records what would have been asked of the JVM. */
  private static final class Recorder implements WarmRunJit.Compiler {
    final List<String> calls = new ArrayList<>();

    @Override
    public void exclude() {
      calls.add("exclude");
    }

    @Override
    public void restore() {
      calls.add("restore");
    }
  }

  private final Recorder recorder = new Recorder();
  private WarmRunJit.Compiler jvm;

  @BeforeEach
  void record() {
    jvm = WarmRunJit.useCompiler(recorder);
  }

  @AfterEach
  void restore() {
    WarmRunJit.useCompiler(jvm);
  }

  @Test
  void aRunOfHitsOnlyStopsC2OnceAtItsFirstExtractionAndResumesItAtTheEnd() {
    long before = WarmRunJit.runsEntered();
    WarmRunJit.keyed("hits", true);
    WarmRunJit.keyed("hits", true);
    assertTrue(recorder.calls.isEmpty());

    assertTrue(WarmRunJit.extractingStored("hits"));
    assertTrue(WarmRunJit.extractingStored("hits"));
    assertEquals(List.of("exclude"), recorder.calls);
    assertEquals(before + 1, WarmRunJit.runsEntered());

    WarmRunJit.finished("hits");
    assertEquals(List.of("exclude", "restore"), recorder.calls);
    // The tally is gone with the run: a later extraction under the same key changes nothing.
    assertFalse(WarmRunJit.extractingStored("hits"));
    assertEquals(List.of("exclude", "restore"), recorder.calls);
  }

  @Test
  void aRunWithOneMissKeepsC2() {
    WarmRunJit.keyed("mixed", true);
    WarmRunJit.keyed("mixed", false);
    WarmRunJit.keyed("mixed", true);

    assertFalse(WarmRunJit.extractingStored("mixed"));
    WarmRunJit.annotating("mixed");
    WarmRunJit.finished("mixed");
    assertTrue(recorder.calls.isEmpty());
  }

  @Test
  void anArticleThatNeedsCoreNlpAfterAllBringsC2Back() {
    WarmRunJit.keyed("unreadable", true);
    WarmRunJit.keyed("unreadable", true);
    assertTrue(WarmRunJit.extractingStored("unreadable"));

    // The second entry turns out unreadable: CoreNLP annotates it, with C2.
    WarmRunJit.annotating("unreadable");
    assertFalse(WarmRunJit.extractingStored("unreadable"));
    WarmRunJit.finished("unreadable");
    assertEquals(List.of("exclude", "restore"), recorder.calls);
  }

  @Test
  void withoutARunKeyNothingIsCountedOrChanged() {
    WarmRunJit.keyed("", true);
    assertFalse(WarmRunJit.extractingStored(""));
    WarmRunJit.finished("");
    assertTrue(recorder.calls.isEmpty());
  }

  @Test
  void aDirectiveTheJvmRefusesLeavesTheRunOnC2() {
    WarmRunJit.useCompiler(
        new WarmRunJit.Compiler() {
          @Override
          public void exclude() {
            throw new IllegalStateException("no diagnostic commands here");
          }

          @Override
          public void restore() {
            recorder.calls.add("restore");
          }
        });
    WarmRunJit.keyed("refused", true);
    assertFalse(WarmRunJit.extractingStored("refused"));
    WarmRunJit.finished("refused");
    assertTrue(recorder.calls.isEmpty());
  }

  @Test
  void hotSpotAcceptsTheDirectiveAndItsRemoval() throws Exception {
    // The JVM's own diagnostic commands: exclude() fails unless HotSpot answers that it added it.
    WarmRunJit.HotSpot hotSpot = new WarmRunJit.HotSpot();
    hotSpot.exclude();
    hotSpot.restore();
  }

  @Test
  void spreadArticlesTellsWhetherEveryArticleHitTheStore(@TempDir Path dir) throws IOException {
    AnnotationStore store = AnnotationStore.forProfile(new LocalBlobs(dir), "fast");
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String body = "Body " + i + ".";
      articles.add(
          Article.newBuilder()
              .setDocId("doc-" + i)
              .setSource("doc-" + i)
              .setBody(body)
              .setContentHash("h" + i)
              .build());
      if (i < 2) {
        store.put(store.key(body, null), new byte[] {1});
      }
    }
    spread(articles, dir, "all-hits-run", 2);
    spread(articles, dir, "one-miss-run", 3);

    assertTrue(WarmRunJit.extractingStored("all-hits-run"));
    assertFalse(WarmRunJit.extractingStored("one-miss-run"));
    WarmRunJit.finished("all-hits-run");
    WarmRunJit.finished("one-miss-run");
    assertEquals(List.of("exclude", "restore"), recorder.calls);
  }

  private static void spread(List<Article> articles, Path store, String run, int first) {
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());
    pipeline
        .apply(Create.of(articles.subList(0, first)).withCoder(AvroCoder.of(Article.class)))
        .apply(
            SpreadArticles.into(4).withStoreHits(store.toString(), "fast", 1).withWarmRunJit(run));
    pipeline.run().waitUntilFinish();
  }
}
