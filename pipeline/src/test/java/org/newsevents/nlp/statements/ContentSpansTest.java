package org.newsevents.nlp.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.IndexedWord;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * The content candidate that follows a cue (AFTER) begins after the cue's own particle: "calls out
 * companies ..." offers "companies ...", not "out companies ..." (PolNeAR marks "calls out" as the
 * cue); a cue with no particle offers what follows it.
 */
class ContentSpansTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '\t',
      textBlock =
          """
          Trump often calls out companies and their products by name.\tcalls\tcompanies and their products by name
          Sanders kept pointing out the progress he had made in the polls.\tpointing\tthe progress he had made in the polls
          Kerry said the talks would go on.\tsaid\tthe talks would go on
          """)
  void afterCandidateBeginsPastTheCuesParticle(String body, String cueWord, String expected) {
    AnnotatedText text =
        ArticleAnalyzer.forProfile("full").annotate(body, LocalDate.of(2016, 5, 18));
    IndexedWord cue =
        text.enhanced(0).vertexListSorted().stream()
            .filter(w -> w.word().equals(cueWord))
            .findFirst()
            .orElseThrow();
    String after =
        ContentSpans.of(text, Quotations.find(text), 0, cue, 0.9).stream()
            .filter(c -> c.type().equals("AFTER"))
            .map(c -> body.substring(c.begin(), c.end()))
            .findFirst()
            .orElse("none");
    assertEquals(expected, after);
  }
}
