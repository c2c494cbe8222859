package org.newsevents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsevents.input.ArticleNormalizer;
import org.newsevents.input.BodyNormalizer;
import org.newsevents.input.BundledSample;
import org.newsevents.input.EnglishWords;
import org.newsevents.input.TextArticleParser;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.schema.Article;
import org.newsevents.schema.Event;

/** The fast profile (no coreference) still finds the sample's statements, with written names. */
class FastProfileTest {

  @Test
  void findsTheSamplesStatementsWithoutCoreference() throws IOException {
    String content;
    try (InputStream in =
        FastProfileTest.class.getClassLoader().getResourceAsStream(BundledSample.RESOURCE)) {
      content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Article article =
        new ArticleNormalizer(new BodyNormalizer(EnglishWords.bundled()))
            .normalize(TextArticleParser.parse("sample.txt", "test:sample.txt", content));

    List<Event> events = ArticleAnalyzer.forProfile("fast").analyze(article).events();

    List<String> statements =
        events.stream()
            .filter(e -> e.getStatement() != null)
            .map(
                e ->
                    (e.getStatement().getSpeaker() == null
                            ? "-"
                            : e.getStatement().getSpeaker().getCanonical())
                        + " | "
                        + (e.getStatement().getCue() == null
                            ? "-"
                            : e.getStatement().getCue().getText()))
            .collect(Collectors.toList());
    // Without chains a canonical name is a name as written ("Ban" where full gives "Ban
    // Ki-moon"), or null for a pronoun speaker.
    assertTrue(statements.size() >= 7, String.join("\n", statements));
    assertTrue(statements.contains("John Kerry | told"), String.join("\n", statements));
    for (Event e : events) {
      if (e.getStatement() != null && e.getStatement().getSpeaker() != null) {
        String canonical = e.getStatement().getSpeaker().getCanonical();
        // A coordinated speaker's name joins its parts' names with "and".
        for (String name : canonical == null ? new String[0] : canonical.split(" and ")) {
          assertTrue(article.getBody().contains(name), name + " is not written in the article");
        }
      }
    }
  }
}
