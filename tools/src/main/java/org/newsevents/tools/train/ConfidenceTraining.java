package org.newsevents.tools.train;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.attribution.StatementConfidence;
import org.newsevents.schema.Event;
import org.newsevents.tools.eval.AnnotationCache;
import org.newsevents.tools.eval.AttributionScorer.Prediction;
import org.newsevents.tools.eval.EvalAttribution;
import org.newsevents.tools.eval.PolnearCorpus;
import org.newsevents.tools.eval.Reliability;
import org.newsevents.tools.eval.StatementCorrectness;

/**
 * Training of the statement confidence model: PolNeAR texts go in, each statement our extraction
 * makes of them becomes an example (its {@link StatementConfidence#features} and whether it is
 * right by {@link StatementCorrectness}); a logistic model (a two-class CoreNLP linear classifier)
 * comes out, its prior chosen by document-level cross-validated log loss.
 */
final class ConfidenceTraining {

  static final String RIGHT = "RIGHT";
  static final String WRONG = "WRONG";

  /** One statement: its features and whether it is right. */
  record Example(List<String> features, boolean right) {}

  /** The statements of one text. */
  record Document(String name, List<Example> examples) {}

  /** One cross-validated prior: pooled out-of-fold log loss and reliability. */
  record Fold(double sigma, double logLoss, Reliability reliability) {}

  private ConfidenceTraining() {}

  /** The examples of the corpus's texts, in file-name order. */
  static List<Document> documents(
      List<PolnearCorpus.Document> corpus,
      AnnotationCache annotations,
      ArticleAnalyzer analyzer,
      PrintStream progress) {
    StatementCorrectness correctness = new StatementCorrectness();
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      PolnearCorpus.Document d = corpus.get(i);
      if (i % 50 == 0) {
        progress.printf("[%d/%d] %s%n", i + 1, corpus.size(), d.name());
      }
      List<Event> statements = new ArrayList<>();
      for (Event e :
          analyzer
              .extract(
                  EvalAttribution.article(d),
                  annotations.get(d.text(), d.published()),
                  d.published())
              .events()) {
        if (e.getStatement() != null) {
          statements.add(e);
        }
      }
      List<Prediction> predicted = EvalAttribution.predictions(statements);
      boolean[] right = correctness.labels(d.text(), d.gold(), predicted);
      List<Example> examples = new ArrayList<>();
      for (int s = 0; s < statements.size(); s++) {
        examples.add(
            new Example(StatementConfidence.features(statements.get(s), d.text()), right[s]));
      }
      out.add(new Document(d.name(), examples));
    }
    return out;
  }

  static LinearClassifier<String, String> train(List<Document> documents, double sigma) {
    Dataset<String, String> dataset = new Dataset<>();
    for (Document document : documents) {
      for (Example example : document.examples()) {
        dataset.add(new BasicDatum<>(example.features(), example.right() ? RIGHT : WRONG));
      }
    }
    // A feature seen once says more about its statement than about statements like it.
    dataset.applyFeatureCountThreshold(2);
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(sigma);
    factory.setVerbose(false);
    return factory.trainClassifier(dataset);
  }

  /** The weight of each feature for RIGHT against WRONG (the logistic model's weights). */
  static Map<String, Double> weights(LinearClassifier<String, String> model) {
    return TwoClassWeights.rounded(TwoClassWeights.of(model, RIGHT, WRONG, Set.of("bias")));
  }

  /**
   * Document-level cross-validation of each prior: the documents shuffled with the seed, split into
   * folds; the written weights of each fold's model score the held-out fold.
   */
  static List<Fold> crossValidate(
      List<Document> documents, int folds, long seed, double[] sigmas, PrintStream out) {
    List<Document> shuffled = new ArrayList<>(documents);
    Collections.shuffle(shuffled, new Random(seed));
    List<Fold> results = new ArrayList<>();
    out.println("| sigma | statements | share right | log loss | Brier | calibrated |");
    out.println("|---|---|---|---|---|---|");
    for (double sigma : sigmas) {
      Reliability reliability = new Reliability();
      double loss = 0;
      long n = 0;
      long right = 0;
      for (int f = 0; f < folds; f++) {
        List<Document> train = new ArrayList<>();
        List<Document> test = new ArrayList<>();
        for (int i = 0; i < shuffled.size(); i++) {
          (i % folds == f ? test : train).add(shuffled.get(i));
        }
        StatementConfidence model = new StatementConfidence(weights(train(train, sigma)));
        for (Document d : test) {
          for (Example e : d.examples()) {
            double p = model.probability(e.features());
            reliability.add(p, e.right());
            loss -= Math.log(Math.max(1e-9, e.right() ? p : 1 - p));
            n++;
            right += e.right() ? 1 : 0;
          }
        }
      }
      results.add(new Fold(sigma, loss / Math.max(1, n), reliability));
      out.printf(
          Locale.ROOT,
          "| %s | %d | %.3f | %.4f | %.4f | %s |%n",
          sigma,
          n,
          (double) right / Math.max(1, n),
          loss / Math.max(1, n),
          reliability.brier(),
          reliability.calibrated() ? "yes" : "no");
    }
    return results;
  }

  /** The model table: header, then one sorted {@code feature<TAB>weight} line per weight. */
  static String model(List<Document> documents, double sigma, String data, String cv) {
    Map<String, Double> weights = weights(train(documents, sigma));
    StringWriter buffer = new StringWriter();
    PrintWriter writer = new PrintWriter(buffer);
    writer.println("# Statement confidence model: logistic regression (a two-class CoreNLP");
    writer.println("# LinearClassifier, Gaussian prior sigma " + sigma + ") over the features of");
    writer.println("# StatementConfidence; P(right) = 1 / (1 + exp(-sum of the weights)).");
    writer.println(
        "# Trained by: ./newsevents train-attribution --part=confidence (models/README.md)");
    writer.println("# Data: PolNeAR " + data);
    writer.println("# Prior chosen by: " + cv);
    writer.println("# feature\tweight");
    for (Map.Entry<String, Double> row : weights.entrySet()) {
      writer.printf(Locale.ROOT, "%s\t%.4f%n", row.getKey(), row.getValue());
    }
    writer.flush();
    return buffer.toString();
  }
}
