package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.tools.eval.AttributionScorer.Prediction;
import org.newsevents.tools.eval.BratAttributions.Attribution;

/**
 * {@code eval-attribution --cue-losses} on a hand-made document whose gold attributions are each
 * missed for a different reason: the cause and cue shape it reports for each, and the count.
 */
class CueLossesTest {

  private static final String TEXT =
      "Smith said the plan would fail. Jones believes that taxes will rise, the minister said."
          + " Brown told reporters that the vote was close. The senator took issue with the plan."
          + " The mayor stumped for the candidate in Ohio. The deal was reportedly signed on"
          + " Monday.";

  /** The span of the {@code n}th (0-based) occurrence of a phrase. */
  private static List<int[]> at(String phrase, int n) {
    int at = TEXT.indexOf(phrase);
    for (int i = 0; i < n; i++) {
      at = TEXT.indexOf(phrase, at + 1);
    }
    if (at < 0) {
      throw new IllegalArgumentException(phrase);
    }
    return List.of(new int[] {at, at + phrase.length()});
  }

  private static List<int[]> at(String phrase) {
    return at(phrase, 0);
  }

  @Test
  void eachMissedCueGetsItsCauseAndShape() {
    AnnotatedText text =
        ArticleAnalyzer.forProfile("full").annotate(TEXT, LocalDate.of(2013, 7, 5));
    List<Attribution> gold =
        List.of(
            // Paired with the statement at "said".
            new Attribution(at("Smith"), at("said"), at("the plan would fail")),
            // The same cue, a second gold attribution: that statement is taken (d1).
            new Attribution(at("Smith"), at("said"), at("the plan")),
            // Nested under the minister's statement, which has another cue (d2).
            new Attribution(at("Jones"), at("believes"), at("taxes will rise")),
            // A rules' cue with no statement among the predictions (c0).
            new Attribution(at("Brown"), at("told"), at("the vote was close")),
            // The cue model takes "took" for a cue, but no content is found (c).
            new Attribution(at("The senator"), at("took issue with"), at("the plan", 1)),
            // The cue model scores "stumped" and "for" far below its threshold (b).
            new Attribution(at("The mayor"), at("stumped for"), at("the candidate")),
            // An adverb: never a candidate (a).
            new Attribution(List.of(), at("reportedly"), at("The deal was")));
    List<Prediction> predicted =
        List.of(
            new Prediction(at("Smith"), "Smith", at("said"), at("the plan would fail"), false),
            new Prediction(
                at("the minister"),
                null,
                at("said", 1),
                at("Jones believes that taxes will rise"),
                false));
    CueLosses losses =
        new CueLosses(ArticleAnalyzer.forProfile("full").statements(), Lexicons.standard());
    losses.add("test", text, gold, predicted);

    Map<String, String> byCue = new TreeMap<>();
    for (String line : losses.lines()) {
      String[] f = line.split("\t");
      String cue = f[3].substring(f[3].indexOf('[') + 1, f[3].indexOf(']'));
      byCue.put(cue, f[1].substring(0, f[1].indexOf(' ')) + " | " + f[2]);
    }
    assertEquals(
        Map.of(
            "said", "d1 | verb in the lexicon",
            "believes", "d2 | verb in the lexicon",
            "told", "c0 | verb in the lexicon",
            "took issue with", "c | several words",
            "stumped for", "b | several words",
            "reportedly", "a | other word (adjective, preposition)"),
        byCue,
        () -> String.join("\n", losses.lines()));
    String table = losses.table();
    assertTrue(table.contains("by cause: 6"), table);
    assertTrue(table.contains("| b model below threshold, best P < 0.1 | 1 |"), table);
    assertTrue(table.contains("| a no candidate token | 1 |"), table);
  }
}
