package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.tools.eval.AttributionScorer.Prediction;
import org.newsevents.tools.eval.BratAttributions.Attribution;

/** Which predicted statements count as right (the confidence model's label). */
class StatementCorrectnessTest {

  private static List<int[]> at(String text, String phrase) {
    if (phrase == null) {
      return List.of();
    }
    int at = text.indexOf(phrase);
    if (at < 0) {
      throw new IllegalArgumentException(phrase);
    }
    return List.of(new int[] {at, at + phrase.length()});
  }

  private static List<int[]> last(String text, String phrase) {
    int at = text.lastIndexOf(phrase);
    return List.of(new int[] {at, at + phrase.length()});
  }

  @Test
  void rightNeedsThePairTheSourceAndMostOfTheContent() {
    String text =
        "Bob Jones said the tax was fair and would stay. Officials noted a rise in prices."
            + " Analysts believe rates will fall.";
    List<Attribution> gold =
        List.of(
            new Attribution(
                at(text, "Bob Jones"),
                at(text, "said"),
                at(text, "the tax was fair and would stay")),
            new Attribution(
                at(text, "Officials"), at(text, "noted"), at(text, "a rise in prices")));
    List<Prediction> predicted =
        List.of(
            // Right: cue, source (by name), content.
            new Prediction(
                List.of(), "Jones", at(text, "said"), at(text, "the tax was fair"), false),
            // Wrong source.
            new Prediction(
                at(text, "prices"), null, at(text, "noted"), at(text, "a rise in prices"), false),
            // No gold attribution there.
            new Prediction(
                at(text, "Analysts"),
                null,
                at(text, "believe"),
                at(text, "rates will fall"),
                false));
    assertArrayEquals(
        new boolean[] {true, false, false},
        new StatementCorrectness().labels(text, gold, predicted));
  }

  @Test
  void aQuotePieceWithoutCueIsRightWhenItLiesInTheQuotationAndKeepsItsSpeaker() {
    String text = "\"We will win,\" Smith said. \"And we will govern.\" Rain fell.";
    List<Attribution> gold =
        List.of(
            new Attribution(
                at(text, "Smith"),
                at(text, "said"),
                List.of(at(text, "We will win").get(0), at(text, "And we will govern").get(0))));
    List<Prediction> predicted =
        List.of(
            new Prediction(
                at(text, "Smith"), "Smith", at(text, "said"), at(text, "We will win"), true),
            // The continuation: no cue, the previous speaker.
            new Prediction(
                last(text, "Smith"), "Smith", List.of(), at(text, "And we will govern"), true),
            // The same piece given to no one while the gold names a source.
            new Prediction(List.of(), null, List.of(), at(text, "And we will govern"), true));
    assertArrayEquals(
        new boolean[] {true, true, false},
        new StatementCorrectness().labels(text, gold, predicted));
  }
}
