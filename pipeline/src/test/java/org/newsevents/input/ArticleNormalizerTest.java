package org.newsevents.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
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
    // sha256 of "abc" checks the hex encoding against the well-known test vector.
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        ArticleNormalizer.sha256Hex("abc"));
    assertEquals(ArticleNormalizer.sha256Hex("One.\n\nTwo."), a.getContentHash());
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
}
