package org.newsevents.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.schema.Article;

/**
 * The annotation store: records made from a stored annotation equal records made from the fresh
 * one; entries appear whole or not at all; an unreadable entry or another fingerprint is a miss.
 */
class AnnotationStoreTest {

  private static final String FULL = AnnotationStore.fingerprint("full");

  private static Article article;
  private static LocalDate published;
  private static AnnotatedText fresh;

  @TempDir Path dir;

  @BeforeAll
  static void annotateSample() {
    article = SharedAnalyzer.sample().article();
    published = ArticleAnalyzer.publishedDate(article);
    fresh = SharedAnalyzer.analyzer().annotate(article.getBody(), published);
  }

  @Test
  void recordsFromAStoredAnnotationEqualRecordsFromTheFreshOne() throws IOException {
    AnnotationStore store = new AnnotationStore(new LocalBlobs(dir), FULL);
    String key = store.key(article.getBody(), published);
    store.put(key, store.serialize(fresh.annotation()));

    AnnotationStore.Lookup lookup = store.get(key);
    assertTrue(lookup.hit());
    ArticleAnalyzer analyzer = SharedAnalyzer.analyzer();
    ArticleAnalyzer.Analysis fromFresh = analyzer.extract(article, fresh, published);
    ArticleAnalyzer.Analysis fromStore =
        analyzer.extract(
            article, new AnnotatedText(article.getBody(), lookup.annotation()), published);

    // Avro records compare field by field; the sample has statements with coreference chains,
    // SUTime values and quotes, so a loss in any of them shows here.
    assertEquals(fromFresh.article(), fromStore.article());
    assertEquals(fromFresh.events().size(), fromStore.events().size());
    for (int i = 0; i < fromFresh.events().size(); i++) {
      assertEquals(fromFresh.events().get(i), fromStore.events().get(i), "event " + i);
    }
    assertEquals(SharedAnalyzer.sample().events(), fromStore.events());
    assertEquals(SharedAnalyzer.sample().article(), fromStore.article());
  }

  @Test
  void anEntryIsWrittenWholeUnderItsNameAndNoTemporaryFileStays() throws IOException {
    AnnotationStore store = new AnnotationStore(new LocalBlobs(dir), FULL);
    String key = store.key(article.getBody(), published);
    byte[] bytes = store.serialize(fresh.annotation());
    store.put(key, bytes);

    assertEquals(List.of(dir.resolve(store.path(key))), files());
    assertTrue(store.path(key).startsWith(FULL.substring(0, 16) + "/" + key.substring(0, 2) + "/"));
    assertArrayEquals(bytes, Files.readAllBytes(dir.resolve(store.path(key))));
  }

  @Test
  void aHalfWrittenTemporaryFileOfADeadRunIsNotRead() throws IOException {
    AnnotationStore store = new AnnotationStore(new LocalBlobs(dir), FULL);
    String key = store.key(article.getBody(), published);
    byte[] bytes = store.serialize(fresh.annotation());
    // What a run killed during the write leaves: half the bytes under a temporary name.
    Path entry = dir.resolve(store.path(key));
    Files.createDirectories(entry.getParent());
    Files.write(
        entry.resolveSibling(entry.getFileName() + LocalBlobs.TEMP_MARK + "dead"),
        Arrays.copyOf(bytes, bytes.length / 2));

    AnnotationStore.Lookup lookup = store.get(key);
    assertFalse(lookup.hit());
    assertFalse(lookup.unreadable());
  }

  @Test
  void aCorruptEntryIsAnUnreadableMiss() throws IOException {
    AnnotationStore store = new AnnotationStore(new LocalBlobs(dir), FULL);
    String key = store.key(article.getBody(), published);
    byte[] bytes = store.serialize(fresh.annotation());
    Path entry = dir.resolve(store.path(key));
    Files.createDirectories(entry.getParent());
    Files.write(entry, Arrays.copyOf(bytes, bytes.length / 2));

    AnnotationStore.Lookup truncated = store.get(key);
    assertNull(truncated.annotation());
    assertTrue(truncated.unreadable());

    Files.write(entry, "not gzip".getBytes());
    assertTrue(store.get(key).unreadable());

    // A rewrite repairs it.
    store.put(key, bytes);
    assertTrue(store.get(key).hit());
  }

  @Test
  void anotherFingerprintMissesCleanly() throws IOException {
    AnnotationStore full = new AnnotationStore(new LocalBlobs(dir), FULL);
    String key = full.key(article.getBody(), published);
    full.put(key, full.serialize(fresh.annotation()));

    String fast = AnnotationStore.fingerprint("fast");
    assertNotEquals(FULL, fast);
    assertEquals(FULL, AnnotationStore.fingerprint("full"));
    AnnotationStore other = new AnnotationStore(new LocalBlobs(dir), fast);
    String otherKey = other.key(article.getBody(), published);
    assertNotEquals(key, otherKey);
    AnnotationStore.Lookup lookup = other.get(otherKey);
    assertFalse(lookup.hit());
    assertFalse(lookup.unreadable());
    // Another date is another key too.
    assertNotEquals(key, full.key(article.getBody(), published.plusDays(1)));
  }

  @Test
  void theKeyIsOfTheTextCoreNlpReads() {
    AnnotationStore store = new AnnotationStore(new LocalBlobs(dir), FULL);
    // An opening '' is read as ``: one annotation, one key; a body CoreNLP reads otherwise differs.
    String nyt = "''We will not give up,'' Mr. Kerry said.";
    String ptb = "``We will not give up,'' Mr. Kerry said.";
    String plain = "\"We will not give up,\" Mr. Kerry said.";
    assertEquals(store.key(ptb, published), store.key(nyt, published));
    assertNotEquals(store.key(plain, published), store.key(nyt, published));
  }

  @Test
  void concurrentWritersOfOneEntryLeaveOneReadableEntry() throws Exception {
    AnnotationStore store = new AnnotationStore(new LocalBlobs(dir), FULL);
    String key = store.key(article.getBody(), published);
    byte[] bytes = store.serialize(fresh.annotation());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        writes.add(
            pool.submit(
                () -> {
                  store.put(key, bytes);
                  return null;
                }));
      }
      for (Future<?> write : writes) {
        write.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(List.of(dir.resolve(store.path(key))), files());
    Annotation back = store.get(key).annotation();
    assertEquals(article.getBody(), back.toString());
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }
}
