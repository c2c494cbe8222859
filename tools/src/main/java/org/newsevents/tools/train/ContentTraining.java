package org.newsevents.tools.train;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.stats.Counter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.newsevents.nlp.attribution.CueModel;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.statements.ContentChooser;
import org.newsevents.nlp.statements.ContentSpans;
import org.newsevents.nlp.statements.CueLemmaRates;
import org.newsevents.nlp.statements.StatementExtractor;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.text.Coreference;
import org.newsevents.tools.eval.AnnotationCache;
import org.newsevents.tools.eval.BratAttributions;
import org.newsevents.tools.eval.PolnearCorpus;

/**
 * Training of the content-span model: PolNeAR texts go in; each cue the shipped cue model finds and
 * the rules leave without content is a group of candidate spans ({@link ContentSpans}), a span
 * right when the cue lies in a gold cue and the span's word tokens match that attribution's content
 * with token F1 at least {@link #MIN_F1}; a CoreNLP linear classifier (span right or not) comes
 * out, with its prior and threshold chosen by document-level cross-validation (the model's best
 * span of a group is chosen when its probability reaches the threshold).
 */
final class ContentTraining {

  static final double MIN_F1 = 0.5;

  /** The candidates of one cue, which of them are right, and whether the cue is a gold cue. */
  record Group(List<ContentSpans.Candidate> candidates, boolean[] right, boolean goldCue) {
    boolean anyRight() {
      for (boolean r : right) {
        if (r) {
          return true;
        }
      }
      return false;
    }
  }

  record Document(String name, List<Group> groups) {}

  /** One cross-validated choice: pooled held-out precision, recall and F1 of the chosen spans. */
  record Choice(double sigma, double threshold, double p, double r, double f1) {}

  private ContentTraining() {}

  /** The groups of each text; {@code lemmas} gets each lemma's tokens in a gold cue and in all. */
  static List<Document> documents(
      List<PolnearCorpus.Document> corpus,
      AnnotationCache annotations,
      PrintStream progress,
      Map<String, int[]> lemmas) {
    Lexicons lexicons = Lexicons.standard();
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      PolnearCorpus.Document d = corpus.get(i);
      if (i % 50 == 0) {
        progress.printf("[%d/%d] %s%n", i + 1, corpus.size(), d.name());
      }
      AnnotatedText text = annotations.get(d.text(), d.published());
      countLemmas(text, d.gold(), lemmas);
      out.add(document(d.name(), text, d.gold(), lexicons));
    }
    return out;
  }

  /** Adds each word token's key (lemma/word class) to {@code lemmas}: {in a gold cue, all}. */
  static void countLemmas(
      AnnotatedText text, List<BratAttributions.Attribution> gold, Map<String, int[]> lemmas) {
    for (int s = 0; s < text.sentenceCount(); s++) {
      for (edu.stanford.nlp.ling.CoreLabel token : text.tokens(s)) {
        if (token.word().isEmpty() || !Character.isLetter(token.word().charAt(0))) {
          continue;
        }
        String lemma = CueLemmaRates.key(token.lemma(), token.word(), token.tag());
        boolean inCue = false;
        for (BratAttributions.Attribution a : gold) {
          for (int[] span : a.cue()) {
            inCue |= token.beginPosition() < span[1] && token.endPosition() > span[0];
          }
        }
        int[] c = lemmas.computeIfAbsent(lemma, k -> new int[2]);
        c[0] += inCue ? 1 : 0;
        c[1]++;
      }
    }
  }

  /** The cue lemma rate table ({@code CueLemmaRates}): lemmas with a token in a gold cue. */
  static String rates(Map<String, int[]> lemmas, double minRate, int minCount, String data) {
    StringWriter buffer = new StringWriter();
    PrintWriter writer = new PrintWriter(buffer);
    writer.println(
        "# Cue lemma rates: for each lemma/word class (V, J, N, O) with a token inside a");
    writer.println("# gold attribution cue, its tokens inside a gold cue and all its tokens.");
    writer.println("# The broad content candidate (rest of the sentence after a verb or adjective");
    writer.println("# cue) is offered when in-cue / tokens >= min-rate and tokens >= min-count.");
    writer.println(
        "# Trained by: ./newsevents train-attribution --part=content (models/README.md)");
    writer.println("# Data: PolNeAR " + data);
    writer.println("# lemma\tin-cue\ttokens");
    writer.printf(Locale.ROOT, "min-rate\t%s%n", minRate);
    writer.printf(Locale.ROOT, "min-count\t%d%n", minCount);
    for (Map.Entry<String, int[]> row : new TreeMap<>(lemmas).entrySet()) {
      if (row.getValue()[0] > 0 && !row.getKey().contains("\t")) {
        writer.printf(
            Locale.ROOT, "%s\t%d\t%d%n", row.getKey(), row.getValue()[0], row.getValue()[1]);
      }
    }
    writer.flush();
    return buffer.toString();
  }

  /** The groups of one annotated text against its gold attributions. */
  static Document document(
      String name, AnnotatedText text, List<BratAttributions.Attribution> gold, Lexicons lexicons) {
    ContentChooser collector = new ContentChooser(null);
    new StatementExtractor(lexicons, CueModel.standard(), collector)
        .extract(text, new Coreference(text));
    List<Group> groups = new ArrayList<>();
    for (int g = 0; g < collector.collected().size(); g++) {
      IndexedWord cue = collector.collectedCues().get(g);
      BratAttributions.Attribution match = null;
      for (BratAttributions.Attribution a : gold) {
        for (int[] span : a.cue()) {
          if (cue.beginPosition() < span[1] && cue.endPosition() > span[0]) {
            match = a;
          }
        }
      }
      List<ContentSpans.Candidate> candidates = collector.collected().get(g);
      boolean[] right = new boolean[candidates.size()];
      for (int c = 0; c < candidates.size() && match != null; c++) {
        ContentSpans.Candidate candidate = candidates.get(c);
        right[c] =
            f1(
                    text.body(),
                    List.of(new int[] {candidate.begin(), candidate.end()}),
                    match.content())
                >= MIN_F1;
      }
      groups.add(new Group(candidates, right, match != null));
    }
    return new Document(name, groups);
  }

  /** Token F1 of two sets of character spans (tokens: maximal runs of letters and digits). */
  static double f1(String body, List<int[]> predicted, List<int[]> gold) {
    Set<Integer> p = tokens(body, predicted);
    Set<Integer> g = tokens(body, gold);
    if (p.isEmpty() || g.isEmpty()) {
      return 0;
    }
    Set<Integer> shared = new HashSet<>(p);
    shared.retainAll(g);
    double precision = (double) shared.size() / p.size();
    double recall = (double) shared.size() / g.size();
    return shared.isEmpty() ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static Set<Integer> tokens(String body, List<int[]> spans) {
    Set<Integer> out = new HashSet<>();
    for (int[] span : spans) {
      for (int i = Math.max(0, span[0]); i < Math.min(body.length(), span[1]); i++) {
        if (Character.isLetterOrDigit(body.charAt(i))
            && (i == 0 || !Character.isLetterOrDigit(body.charAt(i - 1)) || i == span[0])) {
          int start = i;
          while (start > 0 && Character.isLetterOrDigit(body.charAt(start - 1))) {
            start--;
          }
          out.add(start);
        }
      }
    }
    return out;
  }

  static LinearClassifier<String, String> train(List<Document> documents, double sigma) {
    Dataset<String, String> dataset = new Dataset<>();
    for (Document d : documents) {
      for (Group g : d.groups()) {
        for (int c = 0; c < g.candidates().size(); c++) {
          dataset.add(
              new BasicDatum<>(
                  g.candidates().get(c).features(), g.right()[c] ? CueModel.CUE : CueModel.OTHER));
        }
      }
    }
    dataset.applyFeatureCountThreshold(2);
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(sigma);
    factory.setVerbose(false);
    return factory.trainClassifier(dataset);
  }

  /** Prior and threshold by pooled held-out F1 of the chosen spans; prints one row per pair. */
  static Choice crossValidate(
      List<Document> documents,
      int folds,
      long seed,
      double[] sigmas,
      double[] thresholds,
      PrintStream out) {
    List<Document> shuffled = new ArrayList<>(documents);
    Collections.shuffle(shuffled, new Random(seed));
    int groups = 0;
    int gold = 0;
    int reachable = 0;
    for (Document d : shuffled) {
      for (Group g : d.groups()) {
        groups++;
        gold += g.goldCue() ? 1 : 0;
        reachable += g.anyRight() ? 1 : 0;
      }
    }
    out.printf(
        Locale.ROOT,
        "model cues without the rules' content: %d, in a gold cue: %d, with a right candidate: %d%n",
        groups,
        gold,
        reachable);
    out.println("| sigma | threshold | chosen | right | P | R | F1 |");
    out.println("|---|---|---|---|---|---|---|");
    Choice best = null;
    for (double sigma : sigmas) {
      int[] chosen = new int[thresholds.length];
      int[] right = new int[thresholds.length];
      for (int f = 0; f < folds; f++) {
        List<Document> train = new ArrayList<>();
        List<Document> test = new ArrayList<>();
        for (int i = 0; i < shuffled.size(); i++) {
          (i % folds == f ? test : train).add(shuffled.get(i));
        }
        CueModel model = new CueModel(table(train(train, sigma)), 0);
        for (Document d : test) {
          for (Group g : d.groups()) {
            int bestC = -1;
            double bestP = -1;
            for (int c = 0; c < g.candidates().size(); c++) {
              double p = model.probability(g.candidates().get(c).features());
              if (p > bestP) {
                bestP = p;
                bestC = c;
              }
            }
            for (int k = 0; k < thresholds.length; k++) {
              if (bestC >= 0 && bestP >= thresholds[k]) {
                chosen[k]++;
                right[k] += g.right()[bestC] ? 1 : 0;
              }
            }
          }
        }
      }
      for (int k = 0; k < thresholds.length; k++) {
        double p = (double) right[k] / Math.max(1, chosen[k]);
        double r = (double) right[k] / Math.max(1, reachable);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        out.printf(
            Locale.ROOT,
            "| %s | %s | %d | %d | %.3f | %.3f | %.3f |%n",
            sigma,
            thresholds[k],
            chosen[k],
            right[k],
            p,
            r,
            f1);
        if (best == null || f1 > best.f1()) {
          best = new Choice(sigma, thresholds[k], p, r, f1);
        }
      }
    }
    return best;
  }

  /** The written weights (CUE minus O, rounded as in the table) as a classifier. */
  static LinearClassifier<String, String> table(LinearClassifier<String, String> model) {
    Counter<edu.stanford.nlp.util.Pair<String, String>> weights =
        new edu.stanford.nlp.stats.ClassicCounter<>();
    weights.setCount(new edu.stanford.nlp.util.Pair<>("bias", CueModel.OTHER), 0.0);
    for (Map.Entry<String, Double> row : weights(model).entrySet()) {
      weights.setCount(
          new edu.stanford.nlp.util.Pair<>(row.getKey(), CueModel.CUE), row.getValue());
    }
    return new LinearClassifier<>(weights);
  }

  static Map<String, Double> weights(LinearClassifier<String, String> model) {
    return TwoClassWeights.rounded(
        TwoClassWeights.of(model, CueModel.CUE, CueModel.OTHER, Set.of()));
  }

  /** The model table, in the cue model's format. */
  static String model(
      List<Document> documents,
      double sigma,
      double threshold,
      double cueThreshold,
      String data,
      String cv) {
    StringWriter buffer = new StringWriter();
    PrintWriter writer = new PrintWriter(buffer);
    writer.println("# Trained content-span model: a CoreNLP LinearClassifier (maximum entropy,");
    writer.println("# Gaussian prior sigma " + sigma + ") over the features of ContentSpans;");
    writer.println(
        "# class CUE = the candidate span is the cue's content; the best candidate of a");
    writer.println("# cue is chosen when P(CUE) >= the threshold, for a cue whose cue-model");
    writer.println("# probability is at least the cue-threshold.");
    writer.println(
        "# Trained by: ./newsevents train-attribution --part=content (models/README.md)");
    writer.println("# Data: PolNeAR " + data);
    writer.println("# Threshold and prior chosen by: " + cv);
    writer.println("# feature\tclass\tweight");
    writer.printf(Locale.ROOT, "threshold\t%s%n", threshold);
    writer.printf(Locale.ROOT, "cue-threshold\t%s%n", cueThreshold);
    writer.printf(Locale.ROOT, "bias\t%s\t%.6f%n", CueModel.OTHER, 0.0);
    for (Map.Entry<String, Double> row : weights(train(documents, sigma)).entrySet()) {
      writer.printf(Locale.ROOT, "%s\t%s\t%.4f%n", row.getKey(), CueModel.CUE, row.getValue());
    }
    writer.flush();
    return buffer.toString();
  }
}
