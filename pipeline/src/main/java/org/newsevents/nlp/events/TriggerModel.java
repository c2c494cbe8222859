package org.newsevents.nlp.events;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.stats.Counter;
import edu.stanford.nlp.stats.Counters;
import edu.stanford.nlp.util.Index;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.nlp.attribution.ModelTables;
import org.newsevents.nlp.features.FeatureTable;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.knowledge.WordEmbeddings;
import org.newsevents.nlp.knowledge.WordNetSenses;

/**
 * The trained trigger model (models/lexicons/timeml-trigger-model.tsv, a CoreNLP linear classifier
 * over {@link TriggerFeatures}, labels EVENT and O): a verb, noun or adjective in its tree goes in;
 * whether it is an event comes out. Without the table the rules decide alone ({@link #absent}). A
 * table with weights of the word vectors' dimensions ({@link TriggerFeatures#dimension}) adds the
 * word's vector ({@link WordEmbeddings}, read on the first use) to the string features' scores.
 */
public final class TriggerModel {

  public static final String EVENT = "EVENT";
  public static final String NOT_EVENT = "O";

  private static final String RESOURCE = "newsevents/lexicons/timeml-trigger-model.tsv";
  private static final TriggerModel STANDARD = load(RESOURCE);

  private final LinearClassifier<String, String> model;
  private final Lexicons lexicons;
  private final WordNetSenses wordNet;

  /** The model's features by their parts, made on the first use (a benign race). */
  private volatile FeatureTable table;

  /**
   * The weights of the vectors' dimensions by coarse part of speech, [label][dimension], made on
   * the first use (a benign race); empty when the model has none.
   */
  private volatile Map<String, double[][]> vectorWeights;

  public TriggerModel(LinearClassifier<String, String> model) {
    this.model = model;
    this.lexicons = Lexicons.standard();
    this.wordNet = WordNetSenses.standard();
  }

  public static TriggerModel standard() {
    return STANDARD;
  }

  /** No model: the rules decide every trigger. */
  public static TriggerModel absent() {
    return new TriggerModel(null);
  }

  public boolean present() {
    return model != null;
  }

  /**
   * Whether the model takes {@code word} (a node of the basic {@code tree}, or a word with the same
   * index) for an event; false without a model or for a word that is no verb, noun or adjective.
   */
  public boolean isEvent(SemanticGraph tree, IndexedWord word) {
    if (model == null) {
      return false;
    }
    IndexedWord node = tree.getNodeByIndexSafe(word.index());
    if (node == null || TriggerFeatures.coarse(node.tag()) == null) {
      return false;
    }
    long start = System.nanoTime();
    // The features' indices without their strings: the same scores as classOf(BasicDatum).
    FeatureTable.Indices features = table().sink();
    TriggerFeatures.of(tree, node, lexicons, wordNet, features);
    Counter<String> scores = model.scoresOf(features.indices());
    double[][] weights = vectorWeights().get(TriggerFeatures.coarse(node.tag()));
    if (weights != null) {
      float[] vector = TriggerFeatures.embedding(node, WordEmbeddings.standard());
      if (vector != null) {
        for (int label = 0; label < weights.length; label++) {
          double score = 0;
          for (int i = 0; i < vector.length; i++) {
            score += weights[label][i] * vector[i];
          }
          scores.incrementCount(model.labelIndex().get(label), score);
        }
      }
    }
    boolean event = EVENT.equals(Counters.argmax(scores));
    ModelTimes.trigger(start);
    return event;
  }

  private FeatureTable table() {
    FeatureTable table = this.table;
    if (table == null) {
      table = new FeatureTable(model.featureIndex());
      this.table = table;
    }
    return table;
  }

  private Map<String, double[][]> vectorWeights() {
    Map<String, double[][]> weights = this.vectorWeights;
    if (weights == null) {
      weights = new HashMap<>();
      Index<String> features = model.featureIndex();
      Index<String> labels = model.labelIndex();
      for (String pos : List.of("V", "N", "J")) {
        double[][] byLabel = new double[labels.size()][WordEmbeddings.DIMENSIONS];
        boolean any = false;
        for (int i = 0; i < WordEmbeddings.DIMENSIONS; i++) {
          if (features.indexOf(TriggerFeatures.dimension(i, pos)) < 0) {
            continue;
          }
          any = true;
          for (int label = 0; label < labels.size(); label++) {
            byLabel[label][i] = model.weight(TriggerFeatures.dimension(i, pos), labels.get(label));
          }
        }
        if (any) {
          weights.put(pos, byLabel);
        }
      }
      this.vectorWeights = weights;
    }
    return weights;
  }

  /** Reads the weights table: feature, label, weight per row. */
  static TriggerModel load(String resource) {
    return new TriggerModel(ModelTables.linearClassifier(resource));
  }
}
