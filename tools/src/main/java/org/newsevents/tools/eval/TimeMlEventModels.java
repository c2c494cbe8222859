package org.newsevents.tools.eval;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.GeneralDataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.RVFDataset;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.Datum;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.events.EventClassFeatures;
import org.newsevents.nlp.events.EventClassifier;
import org.newsevents.nlp.events.TriggerFeatures;
import org.newsevents.nlp.events.TriggerModel;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.knowledge.TrainedTriggers;
import org.newsevents.nlp.knowledge.WordEmbeddings;
import org.newsevents.nlp.knowledge.WordNetSenses;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.time.DateFeatures;
import org.newsevents.nlp.time.DateModel;
import org.newsevents.nlp.time.EventTimes;
import org.newsevents.nlp.time.Timexes;

/**
 * Training of the event models from TimeML gold: annotated TimeML documents go in; the trigger
 * model (per lemma, how often it is a gold EVENT and with which class) and the class model (a
 * CoreNLP linear classifier over {@link EventClassFeatures} of each gold EVENT's head) come out.
 * {@code train-timeml-lexicon} writes both to models/; {@code eval-timeml --folds} fits them on
 * each fold's training documents.
 */
public final class TimeMlEventModels {

  /** Trigger rows seen fewer times than this are left out (the written table's threshold). */
  public static final int MIN_OCCURRENCES = 3;

  /** A TimeML document with its CoreNLP annotation. */
  public record Annotated(TimeMlDocument doc, AnnotatedText text) {}

  /**
   * Models fitted on some documents, with the class model's prior and the trigger model's prior and
   * threshold chosen on them.
   */
  public record Fitted(
      TrainedTriggers triggers,
      TriggerModel triggerModel,
      EventClassifier classifier,
      double sigma,
      TriggerTuning.Tuned trigger) {}

  private TimeMlEventModels() {}

  /**
   * The date of a document's creation time (the publication date it is annotated with), or null.
   */
  public static LocalDate published(TimeMlDocument doc) {
    return EvalTimeMl.published(doc);
  }

  /** How often a trigger key occurs, how often as a gold EVENT, and the gold classes. */
  public static final class Counts {
    public int occurrences;
    public int events;
    public final Map<String, Integer> classes = new TreeMap<>();

    /** The most frequent class (the first in name order on a tie), or null. */
    public String best() {
      return classes.entrySet().stream()
          .max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey)
          .orElse(null);
    }
  }

  /** Adds the trigger counts of one sentence (its tokens and basic dependencies) to the table. */
  public static void count(
      TimeMlDocument document,
      List<CoreLabel> tokens,
      SemanticGraph graph,
      Map<String, Counts> table) {
    for (CoreLabel token : tokens) {
      String key = TrainedTriggers.key(token.lemma(), token.tag());
      if (key == null) {
        continue;
      }
      List<String> keys = new ArrayList<>(List.of(key));
      if (key.endsWith("/V")) {
        IndexedWord node = graph.getNodeByIndexSafe(token.index());
        keys.add(key + TrainedTriggers.contextSuffix(graph, node));
      }
      String goldClass = goldClass(document, token);
      for (String k : keys) {
        Counts counts = table.computeIfAbsent(k, x -> new Counts());
        counts.occurrences++;
        if (goldClass != null) {
          counts.events++;
          counts.classes.merge(goldClass, 1, Integer::sum);
        }
      }
    }
  }

  /** The trigger model of a count table, rows seen fewer than {@link #MIN_OCCURRENCES} left out. */
  public static TrainedTriggers triggers(Map<String, Counts> table) {
    Map<String, TrainedTriggers.Entry> entries = new TreeMap<>();
    table.forEach(
        (key, counts) -> {
          if (counts.occurrences >= MIN_OCCURRENCES) {
            entries.put(
                key, new TrainedTriggers.Entry(counts.occurrences, counts.events, counts.best()));
          }
        });
    return TrainedTriggers.of(entries);
  }

  /** One example per gold event of the sentence: the features of its head token, its class. */
  public static List<Datum<String, String>> classExamples(
      TimeMlDocument document, List<CoreLabel> tokens, SemanticGraph tree) {
    List<Datum<String, String>> examples = new ArrayList<>();
    for (TimeMlDocument.Event event : document.events()) {
      IndexedWord head = head(tree, tokens, event);
      if (head != null && event.timemlClass() != null) {
        examples.add(new BasicDatum<>(EventClassFeatures.of(tree, head), event.timemlClass()));
      }
    }
    return examples;
  }

  /**
   * One trigger example per verb, common noun and adjective of the sentence: its {@link
   * TriggerFeatures} (each string feature with value 1, and the dimensions of the word's vector,
   * {@link TriggerFeatures#embedding}, with theirs), labelled EVENT when it lies inside a gold
   * EVENT, else O.
   */
  public static List<Datum<String, String>> triggerExamples(
      TimeMlDocument document, List<CoreLabel> tokens, SemanticGraph tree) {
    List<Datum<String, String>> examples = new ArrayList<>();
    for (CoreLabel token : tokens) {
      IndexedWord node = tree.getNodeByIndexSafe(token.index());
      if (node == null
          || TriggerFeatures.coarse(node.tag()) == null
          || node.tag().startsWith("NNP")) {
        continue;
      }
      String label =
          goldClass(document, token) == null ? TriggerModel.NOT_EVENT : TriggerModel.EVENT;
      Counter<String> features = new ClassicCounter<>();
      for (String feature :
          TriggerFeatures.of(tree, node, Lexicons.standard(), WordNetSenses.standard())) {
        features.incrementCount(feature);
      }
      float[] vector = TriggerFeatures.embedding(node, WordEmbeddings.standard());
      if (vector != null) {
        String pos = TriggerFeatures.coarse(node.tag());
        for (int i = 0; i < vector.length; i++) {
          features.setCount(TriggerFeatures.dimension(i, pos), vector[i]);
        }
      }
      examples.add(new RVFDatum<>(features, label));
    }
    return examples;
  }

  /**
   * The fewest examples a feature of the class model is seen in to be kept: 1, every feature
   * (5-fold CV over TimeBank + AQUAINT, 2026-12-05: class F1 higher in every fold than with 2).
   */
  public static final int CLASS_MIN_FEATURE_COUNT = 1;

  /**
   * The fewest examples a feature of the trigger model is seen in to be kept: 2 (a feature seen
   * once says more about its sentence than about the label).
   */
  public static final int TRIGGER_MIN_FEATURE_COUNT = 2;

  /** The trigger model: a linear classifier with Gaussian prior {@code sigma}. */
  public static LinearClassifier<String, String> trainTriggerModel(
      List<Datum<String, String>> examples, double sigma) {
    return train(examples, sigma, TRIGGER_MIN_FEATURE_COUNT);
  }

  /** The class model: a linear classifier with Gaussian prior {@code sigma}. */
  public static LinearClassifier<String, String> trainClassModel(
      List<Datum<String, String>> examples, double sigma) {
    return train(examples, sigma, CLASS_MIN_FEATURE_COUNT);
  }

  /**
   * A linear classifier with Gaussian prior {@code sigma}, features seen in fewer than {@code
   * minCount} examples left out.
   */
  private static LinearClassifier<String, String> train(
      List<Datum<String, String>> examples, double sigma, int minCount) {
    GeneralDataset<String, String> dataset =
        !examples.isEmpty() && examples.get(0) instanceof RVFDatum
            ? new RVFDataset<>()
            : new Dataset<>();
    examples.forEach(dataset::add);
    if (minCount > 1) {
      dataset.applyFeatureCountThreshold(minCount);
    }
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(sigma);
    factory.setVerbose(false);
    return factory.trainClassifier(dataset);
  }

  /**
   * The probabilities of the labels of {@code datum}, its real values used when it has them (an
   * {@link RVFDatum}).
   */
  public static Counter<String> probabilities(
      LinearClassifier<String, String> model, Datum<String, String> datum) {
    return datum instanceof RVFDatum<String, String> real
        ? model.probabilityOf(real)
        : model.probabilityOf(datum);
  }

  /**
   * Correct and all predictions of document-level {@code folds}-fold cross-validation of the class
   * model on gold events (document d in fold d mod folds).
   */
  public static int[] crossValidateClasses(
      List<List<Datum<String, String>>> documents, double sigma, int folds) {
    int correct = 0;
    int all = 0;
    for (int fold = 0; fold < folds; fold++) {
      List<Datum<String, String>> train = new ArrayList<>();
      List<Datum<String, String>> test = new ArrayList<>();
      for (int d = 0; d < documents.size(); d++) {
        (d % folds == fold ? test : train).addAll(documents.get(d));
      }
      LinearClassifier<String, String> model = trainClassModel(train, sigma);
      for (Datum<String, String> datum : test) {
        all++;
        if (model.classOf(datum).equals(datum.label())) {
          correct++;
        }
      }
    }
    return new int[] {correct, all};
  }

  /**
   * The models fitted on the documents; the class model's prior is the one of {@code sigmas} with
   * the best 5-fold document cross-validation accuracy among these documents (the first on a tie),
   * the trigger model's prior (of {@code triggerSigmas}) and threshold are chosen by {@link
   * TriggerTuning} among them too.
   */
  public static Fitted fit(
      List<Annotated> documents, List<Double> sigmas, List<Double> triggerSigmas) {
    Map<String, Counts> table = new TreeMap<>();
    List<List<Datum<String, String>>> examples = new ArrayList<>();
    List<List<Datum<String, String>>> triggerExamples = new ArrayList<>();
    for (Annotated document : documents) {
      List<Datum<String, String>> ofDocument = new ArrayList<>();
      List<Datum<String, String>> triggersOfDocument = new ArrayList<>();
      AnnotatedText text = document.text();
      for (int s = 0; s < text.sentenceCount(); s++) {
        count(document.doc(), text.tokens(s), text.basic(s), table);
        ofDocument.addAll(classExamples(document.doc(), text.tokens(s), text.basic(s)));
        triggersOfDocument.addAll(triggerExamples(document.doc(), text.tokens(s), text.basic(s)));
      }
      examples.add(ofDocument);
      triggerExamples.add(triggersOfDocument);
    }
    double sigma = sigmas.get(0);
    if (sigmas.size() > 1) {
      double best = -1;
      for (double candidate : sigmas) {
        int[] counts = crossValidateClasses(examples, candidate, 5);
        double accuracy = counts[1] == 0 ? 0 : (double) counts[0] / counts[1];
        if (accuracy > best) {
          best = accuracy;
          sigma = candidate;
        }
      }
    }
    List<Datum<String, String>> all = new ArrayList<>();
    examples.forEach(all::addAll);
    TriggerTuning.Tuned trigger = TriggerTuning.tune(triggerExamples, triggerSigmas);
    return new Fitted(
        triggers(table),
        trigger.model(),
        new EventClassifier(trainClassModel(all, sigma)),
        sigma,
        trigger);
  }

  /** The Gaussian prior of the event date model. */
  public static final double DATE_SIGMA = 1.0;

  /**
   * One date example per gold event and calendar time expression of ours in its sentence ({@link
   * EventTimes#candidates}): the {@link DateFeatures} of the event's head with that expression,
   * labelled IN when the expression is (or overlaps) a DATE or TIME the event is linked to as
   * IS_INCLUDED, DURING, SIMULTANEOUS or IDENTITY, or its value is one of the event's gold dates;
   * else O. An event no TLINK dates gives negatives too: trained only on linked events, the model
   * dated events that did not happen at the time of their governor ("called on Monday for a meeting
   * ... to prevent"), which the annotators leave unlinked (docs/eval-timeml.md).
   */
  public static List<Datum<String, String>> dateExamples(
      TimeMlDocument doc, AnnotatedText text, List<Timexes.Mention> timexes) {
    return dateExamples(doc, text, timexes, published(doc));
  }

  /**
   * The date examples of a document read with its creation date and read again as an article with
   * no date (its expressions found and valued without a publication day, so that days and months
   * keep an unknown year and a value's place against the publication day is unknown): the BBC
   * collection's case, which the dated TimeML documents never show otherwise. An undated copy's
   * expression is IN by its span alone.
   */
  public static List<Datum<String, String>> dateExamples(
      TimeMlDocument doc, AnnotatedText text, ArticleAnalyzer analyzer) {
    List<Datum<String, String>> examples =
        new ArrayList<>(dateExamples(doc, text, analyzer.timexes(text, published(doc))));
    examples.addAll(dateExamples(doc, text, analyzer.timexes(text, null), null));
    return examples;
  }

  private static List<Datum<String, String>> dateExamples(
      TimeMlDocument doc, AnnotatedText text, List<Timexes.Mention> timexes, LocalDate published) {
    List<Datum<String, String>> examples = new ArrayList<>();
    Map<String, TimeMlEventDates.Gold> gold = TimeMlEventDates.gold(doc);
    Map<String, TimeMlDocument.Timex> byId = new HashMap<>();
    doc.timexes().forEach(t -> byId.put(t.tid(), t));
    Map<String, List<TimeMlDocument.Timex>> linked = new HashMap<>();
    for (TimeMlDocument.TimeLink link : doc.timeLinks()) {
      TimeMlDocument.Timex time = byId.get(link.tid());
      if (time != null && TimeMlEventDates.DATING.contains(link.relType())) {
        linked.computeIfAbsent(link.eid(), e -> new ArrayList<>()).add(time);
      }
    }
    EventTimes times = new EventTimes(text, timexes, published);
    for (TimeMlDocument.Event event : doc.events()) {
      TimeMlEventDates.Gold g = gold.get(event.eid());
      if (g == null) {
        // No TLINK dates it: no expression of its sentence is its time (a negative).
        g = new TimeMlEventDates.Gold(Set.of(), null);
      }
      int s = text.sentenceAt(event.begin());
      if (s < 0) {
        continue;
      }
      SemanticGraph tree = text.basic(s);
      IndexedWord head = head(tree, text.tokens(s), event);
      if (head == null) {
        continue;
      }
      List<Timexes.Mention> candidates = times.candidates(s);
      for (Timexes.Mention timex : candidates) {
        boolean in = g.dates().contains(timex.value());
        for (TimeMlDocument.Timex time : linked.getOrDefault(event.eid(), List.of())) {
          in |= time.begin() < timex.finish() && timex.begin() < time.end();
        }
        examples.add(
            new BasicDatum<>(
                DateFeatures.of(text, s, head, timex, candidates, published),
                in ? DateModel.IN : DateModel.OUT));
      }
    }
    return examples;
  }

  /** The event date model trained on the documents, their time expressions by {@code analyzer}. */
  public static DateModel trainDateModel(List<Annotated> documents, ArticleAnalyzer analyzer) {
    List<Datum<String, String>> examples = new ArrayList<>();
    for (Annotated document : documents) {
      examples.addAll(dateExamples(document.doc(), document.text(), analyzer));
    }
    return examples.isEmpty() ? DateModel.absent() : new DateModel(trainDateClassifier(examples));
  }

  /** The event date model's classifier: Gaussian prior {@link #DATE_SIGMA}, every feature kept. */
  public static LinearClassifier<String, String> trainDateClassifier(
      List<Datum<String, String>> examples) {
    return train(examples, DATE_SIGMA, 1);
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

  private static String goldClass(TimeMlDocument document, CoreLabel token) {
    for (TimeMlDocument.Event event : document.events()) {
      if (token.beginPosition() >= event.begin() && token.endPosition() <= event.end()) {
        return event.timemlClass();
      }
    }
    return null;
  }
}
