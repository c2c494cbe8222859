package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.tools.eval.AttributionScorer.Matching;
import org.newsevents.tools.eval.AttributionScorer.Prediction;
import org.newsevents.tools.eval.BratAttributions.Attribution;

/** The error lines of a small synthetic document: each kind with its spans. */
class ErrorLinesTest {

  private static List<int[]> at(String text, String phrase) {
    int i = text.indexOf(phrase);
    return List.of(new int[] {i, i + phrase.length()});
  }

  @Test
  void aPairWithTheRightCueAndOtherContentTokensIsAContentLineWithItsSpans() {
    String text = "Bob Jones said that the tax was fair. Ann Lee noted a rise.";
    List<Attribution> gold =
        List.of(
            new Attribution(
                at(text, "Bob Jones"), at(text, "said"), at(text, "that the tax was fair")),
            new Attribution(at(text, "Ann Lee"), at(text, "noted"), at(text, "a rise")));
    List<Prediction> predicted =
        List.of(
            new Prediction(
                at(text, "Bob Jones"), null, at(text, "said"), at(text, "the tax was fair"), false),
            new Prediction(
                at(text, "Ann Lee"), null, at(text, "noted"), at(text, "a rise"), false));
    PolnearCorpus.Document document = new PolnearCorpus.Document("d", text, gold, "d.ann", 1, null);
    ErrorLines lines = new ErrorLines();
    lines.add(new AttributionScorer(Matching.CUE), document, predicted);

    // The header and one line: "noted" has the gold content's tokens exactly, so no line.
    assertEquals(2, lines.lines().size());
    assertEquals(
        "d\tCONTENT\tBob Jones | said | that the tax was fair\tBob Jones | said | the tax was fair"
            + "\tG=15-36 P=20-36 S=0-9 C=10-14 PC=10-14",
        lines.lines().get(1));
  }
}
