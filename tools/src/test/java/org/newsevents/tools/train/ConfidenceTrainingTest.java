package org.newsevents.tools.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.attribution.StatementConfidence;

/**
 * The statement confidence model's training on hand-made examples: trained twice it gives the same
 * bytes, and read back it gives a statement like those that were right 9 times in 10 a higher
 * confidence than one like those that were right 1 time in 10, near those shares.
 */
class ConfidenceTrainingTest {

  private static final List<String> SPEECH = List.of("bias", "rule=cue-quote", "speaker=name");
  private static final List<String> BELIEF = List.of("bias", "rule=cue-clause", "speaker=none");

  private static List<ConfidenceTraining.Document> documents() {
    List<ConfidenceTraining.Document> out = new ArrayList<>();
    for (int d = 0; d < 10; d++) {
      List<ConfidenceTraining.Example> examples = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        examples.add(new ConfidenceTraining.Example(SPEECH, i != d));
        examples.add(new ConfidenceTraining.Example(BELIEF, i == d));
      }
      out.add(new ConfidenceTraining.Document("d" + d, examples));
    }
    return out;
  }

  @Test
  void sameExamplesGiveTheSameModelBytes() {
    String first = ConfidenceTraining.model(documents(), 2.0, "test", "none");
    String second = ConfidenceTraining.model(documents(), 2.0, "test", "none");
    assertEquals(first, second);
    assertTrue(first.contains("\nbias\t"), first);
  }

  @Test
  void readBackTheModelGivesTheSharesOfRightStatements() throws Exception {
    StatementConfidence model =
        StatementConfidence.read(
            new StringReader(ConfidenceTraining.model(documents(), 2.0, "test", "none")));
    double speech = model.probability(SPEECH);
    double belief = model.probability(BELIEF);
    // 90 of the 100 SPEECH-like examples are right, 10 of the 100 BELIEF-like ones; the prior
    // pulls both a little towards the middle.
    assertEquals(0.9, speech, 0.05);
    assertEquals(0.1, belief, 0.05);
  }

  @Test
  void crossValidationScoresEveryExampleOnceAndPicksALogLoss() {
    List<ConfidenceTraining.Fold> folds =
        ConfidenceTraining.crossValidate(
            documents(),
            5,
            14,
            new double[] {0.5, 2.0},
            new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
    assertEquals(2, folds.size());
    // Log loss of the true shares, 0.9 and 0.1: -(0.9 ln 0.9 + 0.1 ln 0.1) = 0.325.
    assertEquals(0.325, folds.get(1).logLoss(), 0.02);
  }
}
