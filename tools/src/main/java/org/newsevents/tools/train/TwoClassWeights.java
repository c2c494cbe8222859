package org.newsevents.tools.train;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.stats.Counter;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A two-class CoreNLP {@link LinearClassifier}'s weights as one column: only the difference of the
 * two classes' weights decides, so that difference is what the attribution models in {@code
 * models/attribution} hold (the cue, content-span and statement confidence models).
 */
final class TwoClassWeights {
  private TwoClassWeights() {}

  /**
   * Each feature's weight for {@code positive} minus its weight for {@code negative}, by feature
   * name; weights smaller than {@link TrainAttribution#MIN_WEIGHT} are left out, except for the
   * features in {@code kept}.
   */
  static Map<String, Double> of(
      LinearClassifier<String, String> model, String positive, String negative, Set<String> kept) {
    Map<String, Counter<String>> byClass = model.weightsAsMapOfCounters();
    Map<String, Double> rows = new TreeMap<>();
    for (String feature : byClass.get(positive).keySet()) {
      double weight =
          byClass.get(positive).getCount(feature) - byClass.get(negative).getCount(feature);
      if (Math.abs(weight) >= TrainAttribution.MIN_WEIGHT || kept.contains(feature)) {
        rows.put(feature, weight);
      }
    }
    return rows;
  }

  /** The weights rounded to four decimals, as the model files write them. */
  static Map<String, Double> rounded(Map<String, Double> weights) {
    weights.replaceAll((feature, weight) -> Math.round(weight * 10000) / 10000.0);
    return weights;
  }
}
