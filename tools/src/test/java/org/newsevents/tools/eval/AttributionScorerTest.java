package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsevents.tools.eval.AttributionScorer.Matching;
import org.newsevents.tools.eval.AttributionScorer.Prediction;
import org.newsevents.tools.eval.AttributionScorer.Scores;
import org.newsevents.tools.eval.BratAttributions.Attribution;

/** The scorer's pairing and counts on small synthetic documents. */
class AttributionScorerTest {

  private static final double EPS = 1e-9;

  /** The span of the first whole-word occurrence of a phrase, or none for null. */
  private static List<int[]> at(String text, String phrase) {
    if (phrase == null) {
      return List.of();
    }
    String boundary = "(?<![\\p{L}\\p{N}])";
    Matcher m =
        Pattern.compile(boundary + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])").matcher(text);
    if (!m.find()) {
      throw new IllegalArgumentException(phrase);
    }
    return List.of(new int[] {m.start(), m.end()});
  }

  private static Attribution gold(String text, String source, String cue, String content) {
    return new Attribution(at(text, source), at(text, cue), at(text, content));
  }

  private static Prediction predicted(
      String text, String speaker, String name, String cue, String content, boolean direct) {
    return new Prediction(at(text, speaker), name, at(text, cue), at(text, content), direct);
  }

  private static void assertPrf(double p, double r, Prf actual) {
    assertEquals(p, actual.precision(), EPS, "precision of " + actual);
    assertEquals(r, actual.recall(), EPS, "recall of " + actual);
  }

  @Test
  void cuesPairByOverlapAndSourcesAndContentsAreScoredOnPairs() {
    String text =
        "Bob Jones said the tax was fair. \"It works,\" he added. Officials noted a rise.";
    List<Attribution> gold =
        List.of(
            gold(text, "Bob Jones", "said", "the tax was fair"),
            gold(text, "he", "added", "\"It works,\""),
            gold(text, "Officials", "noted", "a rise"));
    List<Prediction> predicted =
        List.of(
            predicted(text, "Bob Jones", "Bob Jones", "said", "said the tax was fair", false),
            predicted(text, "he", "Bob Jones", "added", "It works", true),
            predicted(text, null, null, "tax", "was fair", false));
    AttributionScorer scorer = new AttributionScorer(Matching.CUE);

    scorer.add(text, gold, predicted);
    Scores s = scorer.scores();

    assertEquals(
        List.of(1, 3, 3, 1, 1),
        List.of(
            s.documents(),
            (int) s.goldAttributions(),
            (int) s.predictedStatements(),
            (int) s.goldDirect(),
            (int) s.predictedDirect()));
    assertPrf(2 / 3.0, 2 / 3.0, s.cue());
    assertPrf(1.0, 2 / 3.0, s.source());
    // Tokens: predicted 5 + 2 + 2, gold 4 + 2 + 2, shared 4 + 2 (the third prediction is unpaired).
    assertEquals(Prf.of(6, 9, 8), s.content());
    assertEquals(2 * (6 / 9.0) * 0.75 / (6 / 9.0 + 0.75), s.content().f1(), EPS);
    assertPrf(1.0, 1.0, s.directCue());
    assertPrf(1.0, 1.0, s.directSource());
    assertPrf(1.0, 1.0, s.directContent());
    assertEquals(1.0, s.directSpeaker().precision(), EPS);
  }

  @Test
  void aContinuingQuoteWithoutCuePairsByContent() {
    String text = "\"We will win,\" Smith said. \"The polls are wrong.\"";
    List<Attribution> gold =
        List.of(
            gold(text, "Smith", "said", "We will win,"),
            gold(text, "Smith", "said", "The polls are wrong."));
    List<Prediction> predicted =
        List.of(
            predicted(text, "Smith", "Smith", "said", "We will win", true),
            predicted(text, "Smith", "Smith", null, "The polls are wrong", true));
    AttributionScorer scorer = new AttributionScorer(Matching.CUE);

    scorer.add(text, gold, predicted);
    Scores s = scorer.scores();

    assertPrf(1.0, 0.5, s.cue());
    assertPrf(1.0, 1.0, s.source());
    assertEquals(Prf.of(7, 7, 7), s.content());
    assertEquals(2, s.goldDirect());
  }

  @Test
  void contentMatchingPairsCuelessQuotesAndGivesNoCueScore() {
    String text = "\"We will win,\" Smith said. \"The polls are wrong.\"";
    List<Attribution> gold =
        List.of(
            gold(text, "Smith", "said", "We will win,"),
            gold(text, "Smith", "said", "The polls are wrong."));
    List<Prediction> predicted =
        List.of(
            predicted(text, null, "Smith", null, "We will win", true),
            predicted(text, null, null, null, "The polls are wrong", true));
    AttributionScorer scorer = new AttributionScorer(Matching.CONTENT);

    scorer.add(text, gold, predicted);
    Scores s = scorer.scores();

    assertNull(s.cue());
    assertNull(s.directCue());
    assertPrf(1.0, 0.5, s.source());
    assertPrf(1.0, 1.0, s.content());
    assertEquals(1.0, s.directSpeaker().precision(), EPS);
    assertEquals(1, s.directSpeaker().system());
  }

  @Test
  void aSourceIsCorrectByOverlapOrByCoreferentName() {
    String text = "Bob Jones spoke. Mr. Jones said it rained. He said no.";
    Attribution jones = gold(text, "Mr. Jones", "said", "it rained");
    Attribution he = gold(text, "He", "said no", "no");

    assertTrue(
        AttributionScorer.sourceCorrect(
            text, jones, predicted(text, "Bob Jones", "Bob Jones", "said", "it rained", false)));
    assertTrue(
        AttributionScorer.sourceCorrect(
            text, jones, predicted(text, "spoke", "Jones", "said", "it rained", false)));
    assertFalse(
        AttributionScorer.sourceCorrect(
            text, he, predicted(text, "spoke", "Sheldon", "said no", "no", false)));
    assertFalse(
        AttributionScorer.sourceCorrect(
            text, he, predicted(text, null, null, "said no", "no", false)));
  }

  @Test
  void directQuotesAreEnclosedInMarksInsideOrJustOutsideTheSpan() {
    String text =
        "He said “we won.” Then: that “we won” and ‘in Their Heads.’ and \"so\", he said.";

    assertTrue(AttributionScorer.isDirectQuote(text, at(text, "we won.")));
    assertTrue(AttributionScorer.isDirectQuote(text, at(text, "“we won.”")));
    assertFalse(AttributionScorer.isDirectQuote(text, at(text, "that “we won”")));
    assertTrue(AttributionScorer.isDirectQuote(text, at(text, "‘in Their Heads.’")));
    assertTrue(AttributionScorer.isDirectQuote(text, at(text, "so")));
    assertFalse(AttributionScorer.isDirectQuote(text, at(text, "Then")));
  }
}
