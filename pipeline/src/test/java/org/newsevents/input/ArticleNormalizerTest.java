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
}
