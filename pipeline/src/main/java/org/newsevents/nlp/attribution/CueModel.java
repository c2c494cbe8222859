package org.newsevents.nlp.attribution;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import edu.stanford.nlp.util.Pair;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import org.newsevents.nlp.features.FeatureTable;

/**
 * The trained cue model (models/attribution/cue-model.tsv, a CoreNLP linear classifier over {@link
 * CueFeatures}, trained on PolNeAR train by {@code train-attribution}): a token's features go in;
 * the probability that it heads an attribution cue comes out, with the threshold chosen on the
 * training folds.
 */
public final class CueModel {

  /** The class of a cue head; every other candidate token is {@link #OTHER}. */
  public static final String CUE = "CUE";

  public static final String OTHER = "O";

  public static final String RESOURCE = "newsevents/attribution/cue-model.tsv";

  private static final CueModel STANDARD = ModelTables.load(RESOURCE, CueModel::read);

  private final LinearClassifier<String, String> classifier;
  private final double threshold;
  private final double cueThreshold;

  /** The classifier's features by their parts, made on the first use (a benign race). */
  private volatile FeatureTable table;

  /** A second model asked about some candidates (null: none; the shipped model has none). */
  private final SecondOpinion secondOpinion;

  /**
   * A second model that may re-decide a candidate the cue model scored (e.g. one reading a sentence
   * encoder's vectors, only where the cue model is unsure): token {@code t} of sentence {@code s}
   * and the cue model's probability {@code p} go in; the probability to use instead (or {@code p})
   * comes out, on the cue model's scale (compared with the same threshold).
   */
  public interface SecondOpinion {
    double probability(CueFeatures features, int s, int t, double p);
  }

  public CueModel(LinearClassifier<String, String> classifier, double threshold) {
    this(classifier, threshold, 0);
  }

  /**
   * {@code cueThreshold}: for the content-span model, the cue model probability a cue needs before
   * a span is chosen for it (0: any model cue).
   */
  public CueModel(
      LinearClassifier<String, String> classifier, double threshold, double cueThreshold) {
    this(classifier, threshold, cueThreshold, null);
  }

  private CueModel(
      LinearClassifier<String, String> classifier,
      double threshold,
      double cueThreshold,
      SecondOpinion secondOpinion) {
    this.classifier = classifier;
    this.threshold = threshold;
    this.cueThreshold = cueThreshold;
    this.secondOpinion = secondOpinion;
  }

  /** This model with a second opinion on the candidates it scores by token. */
  public CueModel withSecondOpinion(SecondOpinion opinion) {
    return new CueModel(classifier, threshold, cueThreshold, opinion);
  }

  /** The content-span model's gate on the cue model's probability (0 for the cue model). */
  public double cueThreshold() {
    return cueThreshold;
  }

  /** The shipped model, or null when models/attribution has none. */
  public static CueModel standard() {
    return STANDARD;
  }

  public double threshold() {
    return threshold;
  }

  public LinearClassifier<String, String> classifier() {
    return classifier;
  }

  /** The probability that the token with these features heads a cue. */
  public double probability(List<String> features) {
    return classifier.probabilityOf(new BasicDatum<String, String>(features)).getCount(CUE);
  }

  /**
   * The probability that token {@code t} of sentence {@code s} heads a cue: the same number as
   * {@code probability(features.of(s, t))}, without building the feature strings (unless a second
   * opinion changes it).
   */
  public double probability(CueFeatures features, int s, int t) {
    FeatureTable.Indices indices = table().sink();
    features.of(s, t, indices);
    double p = classifier.probabilityOf(indices.indices()).getCount(CUE);
    return secondOpinion == null ? p : secondOpinion.probability(features, s, t, p);
  }

  private FeatureTable table() {
    FeatureTable table = this.table;
    if (table == null) {
      table = new FeatureTable(classifier.featureIndex());
      this.table = table;
    }
    return table;
  }

  public boolean isCue(List<String> features) {
    return probability(features) >= threshold;
  }

  /**
   * Reads a model table: comment lines ({@code #}), one {@code threshold<TAB>p} line (the content
   * model may add a {@code cue-threshold<TAB>p} line), then one {@code
   * feature<TAB>class<TAB>weight} line per weight.
   */
  public static CueModel read(Reader source) throws IOException {
    Counter<Pair<String, String>> weights = new ClassicCounter<>();
    double threshold = Double.NaN;
    double cueThreshold = 0;
    for (ModelTables.Row row : ModelTables.rows(source)) {
      String[] fields = row.fields();
      if (fields.length == 2 && fields[0].equals("threshold")) {
        threshold = Double.parseDouble(fields[1]);
      } else if (fields.length == 2 && fields[0].equals("cue-threshold")) {
        cueThreshold = Double.parseDouble(fields[1]);
      } else if (fields.length == 3) {
        weights.setCount(new Pair<>(fields[0], fields[1]), Double.parseDouble(fields[2]));
      } else {
        throw new IOException(
            String.format(
                Locale.ROOT,
                "cue model line %d: expected 3 columns: %s",
                row.number(),
                row.line()));
      }
    }
    if (Double.isNaN(threshold) || weights.size() == 0) {
      throw new IOException("cue model without a threshold line or weights");
    }
    return new CueModel(new LinearClassifier<>(weights), threshold, cueThreshold);
  }
}
