package org.newsevents.tools.train;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.Datum;
import edu.stanford.nlp.stats.Counter;
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
import org.newsevents.nlp.events.TriggerModel;
import org.newsevents.nlp.time.DateModel;
import org.newsevents.tools.eval.TimeMlEventModels;
import org.newsevents.tools.eval.TriggerTuning;

/**
 * The TimeML class classifier's reports and table: gold-event examples ({@link TimeMlEventModels})
 * go in; its cross-validated and held-out accuracy, and its weights as a table, come out.
 */
final class EventClassTraining {

  /** Weights smaller than this are left out of the table (they change no decision). */
  private static final double MIN_WEIGHT = 1e-3;

  private EventClassTraining() {}

  /**
   * Prints and returns the accuracy of document-level {@code folds}-fold cross-validation on the
   * examples.
   */
  static double crossValidate(
      List<List<Datum<String, String>>> documents, double sigma, int folds) {
    int[] counts = TimeMlEventModels.crossValidateClasses(documents, sigma, folds);
    int correct = counts[0];
    int all = counts[1];
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
    LinearClassifier<String, String> model = TimeMlEventModels.trainClassModel(all, sigma);
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
    List<String> header =
        List.of(
            "Trained TimeML class model: a CoreNLP LinearClassifier (maximum entropy,",
            "Gaussian prior sigma " + sigma + ") over the features of EventClassFeatures.",
            "Trained by: ./newsevents train-timeml-lexicon",
            "  --gold=" + gold + " (also writes timeml-triggers.tsv, timeml-trigger-model.tsv)",
            "Data: the " + all.size() + " gold EVENTs of " + documentCount + " TimeML documents",
            "(TempEval-3 TBAQ-cleaned) in the --gold directories above. Features name single",
            "words, lemmas, tags and relations; no running text of the corpus is stored.",
            "Weights below " + MIN_WEIGHT + " are left out.",
            "feature\tclass\tweight");
    writeWeights(out, header, TimeMlEventModels.trainClassModel(all, sigma), all.size());
  }

  /** Trains the trigger model on its examples and writes its weights table. */
  static void writeTriggerModel(
      Path out,
      String gold,
      int documentCount,
      List<List<Datum<String, String>>> documents,
      TriggerTuning.Tuned trigger)
      throws IOException {
    List<Datum<String, String>> examples = new ArrayList<>();
    documents.forEach(examples::addAll);
    long events = examples.stream().filter(d -> TriggerModel.EVENT.equals(d.label())).count();
    List<String> header =
        List.of(
            "Trained TimeML trigger model: a CoreNLP LinearClassifier (maximum entropy, Gaussian",
            String.format(
                Locale.ROOT,
                "prior sigma %s, P(EVENT) threshold %.2f folded into the EVENT bias weight, both",
                trigger.sigma(),
                trigger.threshold()),
            "chosen by "
                + TriggerTuning.INNER_FOLDS
                + "-fold document cross-validation) over the features of TriggerFeatures;",
            "labels EVENT (the word lies inside a gold EVENT) and O.",
            "Trained by: ./newsevents train-timeml-lexicon --gold=" + gold,
            "Data: the "
                + examples.size()
                + " verbs, common nouns and adjectives ("
                + events
                + " EVENT) of "
                + documentCount
                + " TimeML documents",
            "(TempEval-3 TBAQ-cleaned) in the --gold directories above. Features name single",
            "words, lemmas, tags, relations and WordNet lexicographer files, and embI|POS the",
            "dimension I of the word's CoreNLP vector (WordEmbeddings) by part of speech; no",
            "running text of the corpus is stored. Weights below " + MIN_WEIGHT + " are left out.",
            "feature\tlabel\tweight");
    writeWeights(out, header, trigger.classifier(), examples.size());
  }

  /** Writes the event date model's weights table (trained on {@code examples}). */
  static void writeDateModel(
      Path out,
      String gold,
      int documentCount,
      String timeProfile,
      List<Datum<String, String>> examples)
      throws IOException {
    long in = examples.stream().filter(d -> DateModel.IN.equals(d.label())).count();
    List<String> header =
        List.of(
            "Trained event date model: a CoreNLP LinearClassifier (maximum entropy, Gaussian",
            "prior sigma "
                + TimeMlEventModels.DATE_SIGMA
                + ") over the features of DateFeatures; labels IN (the",
            "event happened within the time expression of its sentence: a TLINK IS_INCLUDED,",
            "DURING, SIMULTANEOUS or IDENTITY, or the expression's value is one of the event's",
            "gold dates) and O.",
            "Trained by: ./newsevents train-timeml-lexicon --gold=" + gold,
            "  (time expressions by the time normalizer of the profile " + timeProfile + ")",
            "Data: "
                + examples.size()
                + " pairs ("
                + in
                + " IN) of a gold event and a calendar time expression of its",
            "sentence (an event no TLINK dates is O with each), in " + documentCount + " TimeML",
            "documents (TempEval-3 TBAQ-cleaned), each read with its creation date and again as",
            "an article with no date. Features name single words, lemmas, tags and relations; no",
            "running text of the corpus is stored. Weights below " + MIN_WEIGHT + " are left out.",
            "feature\tlabel\tweight");
    writeWeights(out, header, TimeMlEventModels.trainDateClassifier(examples), examples.size());
  }

  private static void writeWeights(
      Path out, List<String> header, LinearClassifier<String, String> model, int examples)
      throws IOException {
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
      header.forEach(line -> writer.println("# " + line));
      for (Map.Entry<String, Map<String, Double>> row : rows.entrySet()) {
        for (Map.Entry<String, Double> weight : row.getValue().entrySet()) {
          writer.printf(
              Locale.ROOT, "%s\t%s\t%.4f%n", row.getKey(), weight.getKey(), weight.getValue());
          written++;
        }
      }
    }
    System.out.println("wrote " + out + ": " + written + " weights, " + examples + " examples");
  }
}
