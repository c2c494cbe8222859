package org.newsevents.tools.eval;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.Datum;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsevents.nlp.events.TriggerFeatures;
import org.newsevents.nlp.events.TriggerModel;
import org.newsevents.nlp.knowledge.Lexicons;

/**
 * The trigger model's prior and decision threshold chosen on training documents alone: the trigger
 * examples of each document go in; the prior and threshold with the best trigger F1 in an inner
 * document cross-validation, and the model trained on all the documents with that prior and its
 * threshold folded into the bias weight, come out. The F1 is over every verb, common noun and
 * adjective: the words the model decides at run time by its probability, curated triggers and
 * reporting cues (which the rules take) as predicted events.
 */
public final class TriggerTuning {

  /**
   * The thresholds on P(EVENT) tried: 0.30-0.45, where every fold's choice fell with 0.30-0.70
   * (evt9's pre-declared test, docs/history/eval-timeml.md).
   */
  public static final List<Double> THRESHOLDS = List.of(0.3, 0.35, 0.4, 0.45);

  private static final String LEMMA_POS = "lemma|pos=";

  /** The feature of a noun modifying another noun ({@link TriggerFeatures#curatedNounJudged}). */
  private static final String NOUN_MODIFIER = "rel|pos=compound|N";

  /**
   * Inner folds (document d in fold d mod INNER_FOLDS): 4, so that each inner model learns from
   * three quarters of the documents (evt9's pre-declared test; 3 before).
   */
  public static final int INNER_FOLDS = 4;

  /**
   * The chosen prior and threshold, their inner F1, and the classifier trained on all documents
   * (the threshold folded in).
   */
  public record Tuned(
      double sigma, double threshold, double innerF1, LinearClassifier<String, String> classifier) {

    public TriggerModel model() {
      return new TriggerModel(classifier);
    }
  }

  private TriggerTuning() {}

  /**
   * The prior of {@code sigmas} and threshold of {@link #THRESHOLDS} with the best inner
   * cross-validated F1 (the first on a tie, sigmas in the order given), and the model of all {@code
   * documents} with them.
   */
  public static Tuned tune(List<List<Datum<String, String>>> documents, List<Double> sigmas) {
    double bestF1 = -1;
    double bestSigma = sigmas.get(0);
    double bestThreshold = 0.5;
    for (double sigma : sigmas) {
      List<double[]> scored = innerScores(documents, sigma);
      for (double threshold : THRESHOLDS) {
        double f1 = f1(scored, threshold);
        if (f1 > bestF1) {
          bestF1 = f1;
          bestSigma = sigma;
          bestThreshold = threshold;
        }
      }
    }
    List<Datum<String, String>> all = new ArrayList<>();
    documents.forEach(all::addAll);
    LinearClassifier<String, String> model = TimeMlEventModels.trainTriggerModel(all, bestSigma);
    return new Tuned(bestSigma, bestThreshold, bestF1, withThreshold(model, bestThreshold));
  }

  /**
   * The classifier whose EVENT label wins exactly where {@code model} gives P(EVENT) at least
   * {@code threshold}: the log odds of the threshold are taken off the EVENT bias weight.
   */
  public static LinearClassifier<String, String> withThreshold(
      LinearClassifier<String, String> model, double threshold) {
    Counter<Pair<String, String>> weights = new ClassicCounter<>();
    for (Map.Entry<String, Counter<String>> byLabel : model.weightsAsMapOfCounters().entrySet()) {
      for (Map.Entry<String, Double> weight : byLabel.getValue().entrySet()) {
        weights.setCount(new Pair<>(weight.getKey(), byLabel.getKey()), weight.getValue());
      }
    }
    Pair<String, String> bias = new Pair<>("bias", TriggerModel.EVENT);
    weights.setCount(bias, weights.getCount(bias) - Math.log(threshold / (1 - threshold)));
    return new LinearClassifier<>(weights);
  }

  /**
   * P(EVENT) (1 for a word the rules take) and gold (1 or 0) of every example, each scored by a
   * model trained without its document.
   */
  private static List<double[]> innerScores(
      List<List<Datum<String, String>>> documents, double sigma) {
    List<double[]> scored = new ArrayList<>();
    for (int fold = 0; fold < INNER_FOLDS; fold++) {
      List<Datum<String, String>> train = new ArrayList<>();
      List<Datum<String, String>> test = new ArrayList<>();
      for (int d = 0; d < documents.size(); d++) {
        (d % INNER_FOLDS == fold ? test : train).addAll(documents.get(d));
      }
      LinearClassifier<String, String> model = TimeMlEventModels.trainTriggerModel(train, sigma);
      for (Datum<String, String> datum : test) {
        double gold = TriggerModel.EVENT.equals(datum.label()) ? 1 : 0;
        if (decidedByModel(datum)) {
          scored.add(
              new double[] {
                TimeMlEventModels.probabilities(model, datum).getCount(TriggerModel.EVENT), gold
              });
        } else {
          // A curated trigger or cue is an event whatever the model says: it counts in the F1
          // as predicted, so that the threshold is chosen for the trigger F1 of the extractor.
          scored.add(new double[] {1.0, gold});
        }
      }
    }
    return scored;
  }

  /**
   * Whether the run-time rules leave the word to the model: no reporting cue, no curated noun or
   * adjective, no curated verb with a project event type ({@link TriggerFeatures#takenByRules}, the
   * word's lemma and part of speech read from its {@code lemma|pos=} feature); or a curated noun
   * modifying a noun ({@link TriggerFeatures#curatedNounJudged}; a curated noun inside a name still
   * counts as the rules' here, as before this branch).
   */
  static boolean decidedByModel(Datum<String, String> datum) {
    for (String feature : datum.asFeatures()) {
      if (feature.startsWith(LEMMA_POS)) {
        int bar = feature.lastIndexOf('|');
        if (feature.endsWith("|N") && datum.asFeatures().contains(NOUN_MODIFIER)) {
          return true; // a curated noun modifying a noun is the model's ("war loans")
        }
        return !TriggerFeatures.takenByRules(
            feature.substring(LEMMA_POS.length(), bar),
            feature.substring(bar + 1),
            Lexicons.standard());
      }
    }
    return true;
  }

  /** Trigger F1 of the scored examples at {@code threshold}. */
  static double f1(List<double[]> scored, double threshold) {
    int truePositives = 0;
    int predicted = 0;
    int gold = 0;
    for (double[] example : scored) {
      boolean event = example[0] >= threshold;
      predicted += event ? 1 : 0;
      gold += (int) example[1];
      truePositives += event && example[1] == 1 ? 1 : 0;
    }
    return predicted + gold == 0 ? 0 : 2.0 * truePositives / (predicted + gold);
  }
}
