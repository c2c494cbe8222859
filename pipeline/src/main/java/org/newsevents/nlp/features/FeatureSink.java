package org.newsevents.nlp.features;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a feature function puts its string features, each given as the parts whose concatenation is
 * the feature ("lemma|tag=", lemma, "|", tag): as strings ({@link #strings}, for training and
 * tests) or as a linear classifier's feature indices ({@link FeatureTable#sink}, for scoring
 * without building the strings). A null part stands for "null", as in string concatenation.
 */
public interface FeatureSink {

  /** Adds the feature that is the concatenation of the parts. */
  void add(String... parts);

  /** A sink that collects the features as strings, in the order added. */
  static Strings strings() {
    return new Strings();
  }

  /** The features as strings. */
  final class Strings implements FeatureSink {
    private final List<String> features = new ArrayList<>();

    @Override
    public void add(String... parts) {
      if (parts.length == 1) {
        features.add(String.valueOf(parts[0]));
        return;
      }
      StringBuilder feature = new StringBuilder();
      for (String part : parts) {
        feature.append(part);
      }
      features.add(feature.toString());
    }

    public List<String> features() {
      return features;
    }
  }
}
