package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.ling.Datum;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.events.TriggerModel;

/** The trigger model's threshold folded into its bias, the inner F1 and the tuning's choice. */
class TriggerTuningTest {

  private static Datum<String, String> datum(String label, String... features) {
    List<String> all = new ArrayList<>(List.of("bias"));
    all.addAll(List.of(features));
    return new BasicDatum<>(all, label);
  }

  /** Words with feature "a" are events 3 times in 4, with "b" once in 4 (each seen 8 times). */
  private static List<Datum<String, String>> examples() {
    List<Datum<String, String>> examples = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      examples.add(datum(i % 4 == 3 ? TriggerModel.NOT_EVENT : TriggerModel.EVENT, "a"));
      examples.add(datum(i % 4 == 3 ? TriggerModel.EVENT : TriggerModel.NOT_EVENT, "b"));
    }
    return examples;
  }

  @Test
  void theThresholdMovesTheDecisionExactlyToThatProbability() {
    LinearClassifier<String, String> model = TimeMlEventModels.trainTriggerModel(examples(), 10.0);
    Datum<String, String> a = datum(null, "a");
    double p = model.probabilityOf(a).getCount(TriggerModel.EVENT);
    assertEquals(0.75, p, 0.05);
    assertEquals(TriggerModel.EVENT, TriggerTuning.withThreshold(model, p - 0.01).classOf(a));
    assertEquals(TriggerModel.NOT_EVENT, TriggerTuning.withThreshold(model, p + 0.01).classOf(a));
    assertEquals(model.classOf(a), TriggerTuning.withThreshold(model, 0.5).classOf(a));
  }

  @Test
  void f1CountsEventsAtOrAboveTheThreshold() {
    List<double[]> scored =
        List.of(new double[] {0.9, 1}, new double[] {0.6, 0}, new double[] {0.4, 1});
    // At 0.5: one right of two predicted, one of two gold: 2*1/(2+2).
    assertEquals(0.5, TriggerTuning.f1(scored, 0.5), 1e-9);
    // At 0.3: two right of three predicted, two gold: 2*2/(3+2).
    assertEquals(0.8, TriggerTuning.f1(scored, 0.3), 1e-9);
  }

  @Test
  void curatedTriggersWithAnEventTypeAndCuesAreLeftToTheRules() {
    // "war" is a curated FIGHT noun, "say" a reporting cue: the rules take them.
    assertFalse(TriggerTuning.decidedByModel(datum(TriggerModel.EVENT, "lemma|pos=war|N")));
    assertFalse(TriggerTuning.decidedByModel(datum(TriggerModel.EVENT, "lemma|pos=say|V")));
    // "include" is curated for its TimeML class only (type OTHER), "explosion" not at all.
    assertTrue(TriggerTuning.decidedByModel(datum(TriggerModel.EVENT, "lemma|pos=include|V")));
    assertTrue(TriggerTuning.decidedByModel(datum(TriggerModel.EVENT, "lemma|pos=explosion|N")));
  }

  @Test
  void aCuratedNounModifyingANounIsLeftToTheModel() {
    // "war loans": the curated "war" as a compound modifier is the model's to judge; a curated
    // verb in that relation ("say") stays the rules'.
    assertTrue(
        TriggerTuning.decidedByModel(
            datum(TriggerModel.NOT_EVENT, "lemma|pos=war|N", "rel|pos=compound|N")));
    assertFalse(
        TriggerTuning.decidedByModel(
            datum(TriggerModel.NOT_EVENT, "lemma|pos=war|N", "rel|pos=nsubj|N")));
    assertFalse(
        TriggerTuning.decidedByModel(
            datum(TriggerModel.EVENT, "lemma|pos=say|V", "rel|pos=compound|V")));
  }

  @Test
  void aRareEventFeatureIsTakenWhenALowThresholdScoresBetter() {
    // Six documents; "b" words are events once in four, "a" words three in four. Taking every
    // word for an event (threshold at most 0.25) gives F1 2*16/(32+16) = 0.667, only "a" words
    // 2*12/(16+16) = 0.75: the tuning keeps a threshold between the two probabilities.
    List<List<Datum<String, String>>> documents = new ArrayList<>();
    for (int d = 0; d < 6; d++) {
      documents.add(examples());
    }
    TriggerTuning.Tuned tuned = TriggerTuning.tune(documents, List.of(10.0));
    assertEquals(0.75, tuned.innerF1(), 1e-9);
    assertEquals(0.3, tuned.threshold(), 1e-9);
    assertEquals(TriggerModel.EVENT, tuned.classifier().classOf(datum(null, "a")));
    assertEquals(TriggerModel.NOT_EVENT, tuned.classifier().classOf(datum(null, "b")));
  }

  @Test
  void wordsTheRulesTakeCountAsPredictedEventsInTheInnerF1() {
    // As above, plus four curated verbs per document, all gold events: only "a" words and the
    // curated ones give 2*(36+24)/(72+72) = 5/6 (every word: 2*72/(120+72) = 0.75).
    List<List<Datum<String, String>>> documents = new ArrayList<>();
    for (int d = 0; d < 6; d++) {
      List<Datum<String, String>> document = examples();
      for (int i = 0; i < 4; i++) {
        document.add(datum(TriggerModel.EVENT, "lemma|pos=attack|V"));
      }
      documents.add(document);
    }
    TriggerTuning.Tuned tuned = TriggerTuning.tune(documents, List.of(10.0));
    assertEquals(5.0 / 6, tuned.innerF1(), 1e-9);
  }
}
