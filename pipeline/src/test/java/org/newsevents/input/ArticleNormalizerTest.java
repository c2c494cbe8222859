package org.newsevents.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.records.InvalidArticleException;
import org.newsevents.schema.Article;
import org.newsevents.schema.RawArticle;

class ArticleNormalizerTest {

  private final ArticleNormalizer normalizer =
      new ArticleNormalizer(new BodyNormalizer(EnglishWords.bundled()));

  private static RawArticle raw(String dateText, String text) {
    return RawArticle.newBuilder()
        .setDocId("a.txt")
        .setSource("file:///in/a.txt")
        .setUrl("http://x/a")
        .setTitle("T")
        .setDateText(dateText)
        .setText(text)
        .build();
  }

  @Test
  void buildsTheArticleWithDateBodyAndHash() {
    Article a = normalizer.normalize(raw("05.07.2013 17:00", "One.\n\nTwo."));

    assertEquals("a.txt", a.getDocId());
    assertEquals("file:///in/a.txt", a.getSource());
    assertEquals("http://x/a", a.getUrl());
    assertEquals("T", a.getTitle());
    assertEquals(Instant.parse("2013-07-05T17:00:00Z"), a.getPublished());
    assertEquals("One.\n\nTwo.", a.getBody());
    assertEquals(
        "8fe200d7c97faa776f1558bb2be4fec48ddbac13601a8884c45bdabff7b8293d", a.getContentHash());
    assertEquals(List.of(), a.getTimexes());
    assertEquals(List.of(), a.getWarnings());
    assertEquals(0, a.getSentenceCount());
  }

  @Test
  void unparseableDateIsAWarning() {
    Article a = normalizer.normalize(raw("last Tuesday", "One."));

    assertEquals(null, a.getPublished());
    assertEquals(List.of("unparseable date: \"last Tuesday\""), a.getWarnings());
  }

  @Test
  void aTokenLongerThanAnyWordIsAnErrorBeforeCoreNlp() {
    String blob = "QUJD".repeat(49_000);

    InvalidArticleException e =
        assertThrows(
            InvalidArticleException.class,
            () -> normalizer.normalize(raw(null, "Headline words.\n\n" + blob + " end.")));

    assertEquals(InvalidArticleException.TOKEN_TOO_LONG, e.code());
    assertEquals(
        "a token of 196000 characters without a space, more than 1000; not sent to CoreNLP",
        e.getMessage());
  }

  @Test
  void aLongUrlIsNoLongToken() {
    String url = "https://example.org/" + "a".repeat(ArticleNormalizer.MAX_TOKEN_CHARS - 20);

    Article a = normalizer.normalize(raw(null, "See " + url + " now."));

    assertEquals("See " + url + " now.", a.getBody());
  }

  /**
   * The long-token article is refused before its body is normalized: it allocates less than an
   * ordinary 3,000-character article does on its way to CoreNLP.
   */
  @Test
  void aLongTokenCostsLessHeapThanAnOrdinaryArticle() {
    RawArticle ordinary = raw(null, "The minister said the talks would go on. ".repeat(75));
    RawArticle longToken = raw(null, "x".repeat(199_000));
    // Both paths once first: the first call of each pays for class loading and lambdas.
    normalizer.normalize(ordinary);
    assertThrows(InvalidArticleException.class, () -> normalizer.normalize(longToken));

    long ordinaryBytes = allocated(() -> normalizer.normalize(ordinary));
    long longTokenBytes =
        allocated(
            () -> {
              try {
                normalizer.normalize(longToken);
              } catch (InvalidArticleException expected) {
                // refused before normalization: what is measured
              }
            });

    assertTrue(
        longTokenBytes < ordinaryBytes,
        "long token " + longTokenBytes + " bytes, ordinary " + ordinaryBytes + " bytes");
  }

  private static long allocated(Runnable work) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    work.run();
    return threads.getCurrentThreadAllocatedBytes() - before;
  }
}
