package org.newsevents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.schema.Article;
import org.newsevents.schema.Event;
import org.newsevents.schema.Statement;
import org.newsevents.transforms.WarmRunJit;

/**
 * The production graph with an annotation store, over the sample and an exact copy of it under
 * another doc id: the first run annotates the text once for both and stores it; the second reads it
 * from the store, annotates nothing, and writes the same records.
 */
class AnnotationStorePipelineTest {

  private static final String SAMPLE = "bbc-2013-07-05-syria-talks.txt";
  private static final String COPY = "syndicated-copy.txt";

  @TempDir static Path input;
  @TempDir static Path store;
  @TempDir static Path coldOutput;
  @TempDir static Path warmOutput;

  private static PipelineRuns.Run cold;
  private static PipelineRuns.Run warm;
  private static long c2StopsInCold;
  private static long c2StopsInWarm;

  @BeforeAll
  static void runTwiceWithOneStore() throws IOException {
    PipelineRuns.copySample(input.resolve(SAMPLE));
    Files.copy(input.resolve(SAMPLE), input.resolve(COPY));
    long before = WarmRunJit.runsEntered();
    cold = PipelineRuns.run(coldOutput, "--input=" + input, "--annotationStore=" + store);
    c2StopsInCold = WarmRunJit.runsEntered() - before;
    warm = PipelineRuns.run(warmOutput, "--input=" + input, "--annotationStore=" + store);
    c2StopsInWarm = WarmRunJit.runsEntered() - before - c2StopsInCold;
  }

  @Test
  void onlyTheRunWhoseArticlesAllHitTheStoreStopsC2() {
    // The cold run misses: CoreNLP keeps C2. The warm run hits for both doc ids (one copy group).
    assertEquals(0, c2StopsInCold);
    assertEquals(1, c2StopsInWarm);
  }

  @Test
  void theFirstRunAnnotatesTheTextOnceForBothDocIdsAndStoresIt() throws IOException {
    RunSummary summary = cold.summary();
    assertEquals(2, summary.inputs());
    assertEquals(2, summary.articles());
    assertEquals(0, summary.errors());
    assertEquals(1, summary.annotated());
    assertEquals(1, summary.copiesReused());
    assertEquals(0, summary.storeHits());
    assertEquals(1, summary.storeMisses());
    assertEquals(1, entries().size());
    assertTrue(summary.describe().contains("annotated 1 (store " + store + ": 0 hits, 1 misses)"));
  }

  @Test
  void bothDocIdsGetTheirOwnArticleAndTheSameEvents() {
    List<Article> articles = sorted(cold.articles());
    assertEquals(List.of(SAMPLE, COPY).stream().sorted().toList(), docIds(articles));
    Article copy = byDocId(articles, COPY);
    Article sample = byDocId(articles, SAMPLE);
    assertEquals(sample.getEventCount(), copy.getEventCount());
    assertEquals(19, copy.getSentenceCount());
    assertEquals(454, copy.getTokenCount());
    assertEquals(sample.getTimexes(), copy.getTimexes());

    List<Event> sampleEvents = withoutIds(cold.events(), SAMPLE);
    List<Event> copyEvents = withoutIds(cold.events(), COPY);
    assertEquals(sample.getEventCount(), sampleEvents.size());
    assertEquals(sampleEvents, copyEvents);
  }

  @Test
  void theSecondRunReadsTheStoreAnnotatesNothingAndWritesTheSameRecords() throws IOException {
    RunSummary summary = warm.summary();
    assertEquals(0, summary.annotated());
    assertEquals(1, summary.storeHits());
    assertEquals(0, summary.storeMisses());
    assertEquals(1, summary.copiesReused());
    assertEquals(2, summary.articles());
    assertEquals(1, entries().size());
    assertEquals(sorted(cold.articles()), sorted(warm.articles()));
    assertEquals(sortedEvents(cold.events()), sortedEvents(warm.events()));
  }

  private static List<Path> entries() throws IOException {
    try (Stream<Path> walk = Files.walk(store)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  private static List<Article> sorted(List<Article> articles) {
    return articles.stream().sorted(Comparator.comparing(a -> a.getDocId().toString())).toList();
  }

  private static List<String> docIds(List<Article> articles) {
    return articles.stream().map(a -> a.getDocId().toString()).toList();
  }

  private static Article byDocId(List<Article> articles, String docId) {
    return articles.stream().filter(a -> a.getDocId().equals(docId)).findFirst().orElseThrow();
  }

  private static List<Event> sortedEvents(List<Event> events) {
    return events.stream().sorted(Comparator.comparing(e -> e.getEventId().toString())).toList();
  }

  /** The events of one doc id in text order, with the fields that name the document cleared. */
  private static List<Event> withoutIds(List<Event> events, String docId) {
    return events.stream()
        .filter(e -> e.getDocId().equals(docId))
        .sorted(
            Comparator.comparing((Event e) -> e.getTrigger().getBegin())
                .thenComparing(e -> e.getType().toString()))
        .map(AnnotationStorePipelineTest::withoutIds)
        .toList();
  }

  /** The event without the ids that name its document: its own, its cluster's, its statements'. */
  private static Event withoutIds(Event e) {
    Event.Builder b =
        Event.newBuilder(e).setEventId("").setDocId("").setClusterId(null).setReportedBy(null);
    if (e.getStatement() != null) {
      b.setStatement(Statement.newBuilder(e.getStatement()).setContinues(null).build());
    }
    return b.build();
  }
}
