package org.newsevents.tools.train;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.Datum;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.stats.Counter;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsevents.nlp.events.EventClassFeatures;
import org.newsevents.tools.eval.TimeMlDocument;

/**
 * Training of the TimeML class classifier: gold events in parsed TimeML documents go in; a CoreNLP
 * linear classifier over {@link EventClassFeatures}, written as a table of weights, comes out.
 */
final class EventClassTraining {

  /** Weights smaller than this are left out of the table (they change no decision). */
  private static final double MIN_WEIGHT = 1e-3;

  private EventClassTraining() {}

  /** One example per gold event of the sentence: the features of its head token, its class. */
  static List<Datum<String, String>> examples(
      TimeMlDocument document, CoreMap sentence, SemanticGraph tree) {
    List<Datum<String, String>> examples = new ArrayList<>();
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    for (TimeMlDocument.Event event : document.events()) {
      IndexedWord head = head(tree, tokens, event);
      if (head != null && event.timemlClass() != null) {
        examples.add(new BasicDatum<>(EventClassFeatures.of(tree, head), event.timemlClass()));
      }
    }
    return examples;
  }

  /** The token of the event's span whose head lies outside the span, or null. */
  private static IndexedWord head(
      SemanticGraph tree, List<CoreLabel> tokens, TimeMlDocument.Event e) {
    IndexedWord first = null;
    for (CoreLabel token : tokens) {
      if (token.endPosition() <= e.begin() || token.beginPosition() >= e.end()) {
        continue;
      }
      IndexedWord node = tree.getNodeByIndexSafe(token.index());
      if (node == null) {
        continue;
      }
      if (first == null) {
        first = node;
      }
      IndexedWord parent = tree.getParent(node);
      if (parent == null
          || parent.endPosition() <= e.begin()
          || parent.beginPosition() >= e.end()) {
        return node;
      }
    }
    return first;
  }

  static LinearClassifier<String, String> train(
      List<Datum<String, String>> examples, double sigma) {
    Dataset<String, String> dataset = new Dataset<>();
    examples.forEach(dataset::add);
    // A feature seen once says more about its sentence than about the class.
    dataset.applyFeatureCountThreshold(2);
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(sigma);
    factory.setVerbose(false);
    return factory.trainClassifier(dataset);
  }

  /**
   * Prints and returns the accuracy of document-level {@code folds}-fold cross-validation on the
   * examples.
   */
  static double crossValidate(
      List<List<Datum<String, String>>> documents, double sigma, int folds) {
    int correct = 0;
    int all = 0;
    for (int fold = 0; fold < folds; fold++) {
      List<Datum<String, String>> train = new ArrayList<>();
      List<Datum<String, String>> test = new ArrayList<>();
      for (int d = 0; d < documents.size(); d++) {
        (d % folds == fold ? test : train).addAll(documents.get(d));
      }
      LinearClassifier<String, String> model = train(train, sigma);
      for (Datum<String, String> datum : test) {
        all++;
        if (model.classOf(datum).equals(datum.label())) {
          correct++;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "class classifier, sigma %s, %d-fold document cross-validation on gold events: accuracy"
            + " %.3f (%d/%d)%n",
        sigma,
        folds,
        all == 0 ? 0.0 : (double) correct / all,
        correct,
        all);
    return all == 0 ? 0.0 : (double) correct / all;
  }

  /**
   * Prints the accuracy and the confusions (gold -> predicted, most frequent first) on held-out
   * gold events of the model trained on all training documents.
   */
  static void test(
      List<List<Datum<String, String>>> documents,
      double sigma,
      List<Datum<String, String>> test,
      String name) {
    List<Datum<String, String>> all = new ArrayList<>();
    documents.forEach(all::addAll);
    LinearClassifier<String, String> model = train(all, sigma);
    int correct = 0;
    Map<String, Integer> confusions = new TreeMap<>();
    Map<String, Integer> byLemma = new TreeMap<>();
    for (Datum<String, String> datum : test) {
      String predicted = model.classOf(datum);
      if (predicted.equals(datum.label())) {
        correct++;
      } else {
        confusions.merge(datum.label() + " -> " + predicted, 1, Integer::sum);
        String lemma =
            datum.asFeatures().stream().filter(f -> f.startsWith("lemma=")).findFirst().orElse("");
        byLemma.merge(datum.label() + " -> " + predicted + " " + lemma, 1, Integer::sum);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "class classifier on held-out %s gold events: accuracy %.3f (%d/%d)%n",
        name,
        test.isEmpty() ? 0.0 : (double) correct / test.size(),
        correct,
        test.size());
    confusions.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(15)
        .forEach(e -> System.out.println("  " + e.getKey() + "\t" + e.getValue()));
    byLemma.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(40)
        .forEach(e -> System.out.println("  " + e.getKey() + "\t" + e.getValue()));
  }

  /** Trains on all documents and writes the weights table. */
  static void write(
      Path out,
      String gold,
      int documentCount,
      double sigma,
      List<List<Datum<String, String>>> documents)
      throws IOException {
    List<Datum<String, String>> all = new ArrayList<>();
    documents.forEach(all::addAll);
    LinearClassifier<String, String> model = train(all, sigma);
    Map<String, Map<String, Double>> rows = new TreeMap<>();
    for (Map.Entry<String, Counter<String>> byClass : model.weightsAsMapOfCounters().entrySet()) {
      for (Map.Entry<String, Double> weight : byClass.getValue().entrySet()) {
        if (Math.abs(weight.getValue()) >= MIN_WEIGHT) {
          rows.computeIfAbsent(weight.getKey(), k -> new TreeMap<>())
              .put(byClass.getKey(), weight.getValue());
        }
      }
    }
    int written = 0;
    try (PrintWriter writer =
        new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      writer.println("# Trained TimeML class model: a CoreNLP LinearClassifier (maximum entropy,");
      writer.println(
          "# Gaussian prior sigma " + sigma + ") over the features of EventClassFeatures.");
      writer.println("# Trained by: ./newsevents train-timeml-lexicon");
      writer.println("#   --gold=" + gold + " (also writes timeml-triggers.tsv)");
      writer.println(
          "# Data: the "
              + all.size()
              + " gold EVENTs of "
              + documentCount
              + " TimeML documents (TempEval-3 TBAQ-cleaned,");
      writer.println(
          "# TimeBank part; AQUAINT held out). Features name single words, lemmas, tags and");
      writer.println(
          "# relations; no running text of the corpus is stored. Weights below "
              + MIN_WEIGHT
              + " are left out.");
      writer.println("# feature\tclass\tweight");
      for (Map.Entry<String, Map<String, Double>> row : rows.entrySet()) {
        for (Map.Entry<String, Double> weight : row.getValue().entrySet()) {
          writer.printf(
              Locale.ROOT, "%s\t%s\t%.4f%n", row.getKey(), weight.getKey(), weight.getValue());
          written++;
        }
      }
    }
    System.out.println("wrote " + out + ": " + written + " weights, " + all.size() + " examples");
  }
}
