package org.newsevents.tools.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.time.TimeNormalizer;
import org.newsevents.nlp.time.Timexes;
import org.newsevents.tools.eval.TimeMlScorer.Mention;
import org.newsevents.tools.eval.TimeMlScorer.Result;

/**
 * K-fold document cross-validation of time normalizers: each TimeML document is annotated once, its
 * time expressions are found by every normalizer, and each normalizer's TIMEX scores (strict and
 * relaxed span F1, type and value F1) come out per fold, with their mean and spread.
 *
 * <p>The documents are dealt to the folds after a shuffle with a fixed seed, so the folds are the
 * same on every run. No normalizer has a parameter fit on data: the choice among them is the
 * parameter, made on the mean over the folds, and each fold's score is that of a fixed system on a
 * fifth of the documents.
 */
public final class TimeMlFolds {

  /** The seed of the shuffle that deals the documents to the folds. */
  static final long SEED = 15L;

  /**
   * The scores of every normalizer on one document, with the costs: CoreNLP's annotation and each
   * normalizer's own work after it, in thread CPU nanoseconds and wall nanoseconds (the wall time
   * includes waiting for HeidelTime's lock while another thread runs it).
   */
  record DocumentScores(
      Path file,
      Map<TimeNormalizer, Result> byNormalizer,
      long annotateCpu,
      Map<TimeNormalizer, long[]> costs) {

    DocumentScores(Path file, Map<TimeNormalizer, Result> byNormalizer) {
      this(file, byNormalizer, 0, Map.of());
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private TimeMlFolds() {}

  /** A document annotated once, with the thread CPU nanoseconds the annotation took. */
  record Annotation(Path file, TimeMlDocument doc, AnnotatedText text, long cpu) {}

  /** Reads one document and annotates it (or reads its annotation from the cache). */
  static Annotation annotate(AnnotationCache cache, Path file) throws java.io.IOException {
    TimeMlDocument doc = TimeMlDocument.read(file);
    long cpu = THREADS.getCurrentThreadCpuTime();
    AnnotatedText text = cache.get(doc.text(), EvalTimeMl.published(doc));
    return new Annotation(file, doc, text, THREADS.getCurrentThreadCpuTime() - cpu);
  }

  /** Scores one annotated document under every normalizer. */
  static DocumentScores score(
      ArticleAnalyzer analyzer, Annotation annotated, List<TimeNormalizer> normalizers) {
    return score(analyzer, annotated, normalizers, null);
  }

  /**
   * Scores one annotated document under every normalizer; with {@code errors} not null, each
   * normalizer's value errors are added to it as {@link TimexErrors} rows.
   */
  static DocumentScores score(
      ArticleAnalyzer analyzer,
      Annotation annotated,
      List<TimeNormalizer> normalizers,
      List<String> errors) {
    TimeMlDocument doc = annotated.doc();
    Path file = annotated.file();
    LocalDate published = EvalTimeMl.published(doc);
    AnnotatedText text = annotated.text();
    long annotateCpu = annotated.cpu();
    Map<TimeNormalizer, long[]> costs = new LinkedHashMap<>();
    List<Mention> gold = new ArrayList<>();
    doc.timexes()
        .forEach(
            t ->
                gold.add(
                    Mention.of(
                        t.begin(), t.end(), t.text(), "type", t.type(), "value", t.value())));
    Map<TimeNormalizer, Result> scores = new LinkedHashMap<>();
    for (TimeNormalizer normalizer : normalizers) {
      List<Mention> ours = new ArrayList<>();
      long startCpu = THREADS.getCurrentThreadCpuTime();
      long startWall = System.nanoTime();
      List<Timexes.Mention> found = analyzer.timexes(text, published, normalizer);
      costs.put(
          normalizer,
          new long[] {THREADS.getCurrentThreadCpuTime() - startCpu, System.nanoTime() - startWall});
      for (Timexes.Mention m : found) {
        if (m.value() != null && !m.value().isBlank()) {
          ours.add(
              Mention.of(m.begin(), m.finish(), m.text(), "type", m.type(), "value", m.value()));
        }
      }
      scores.put(normalizer, TimeMlScorer.score(gold, ours, TimeMlTally.TIMEX_ATTRIBUTES));
      if (errors != null) {
        errors.addAll(TimexErrors.rows(normalizer.spec(), file, published, text, gold, ours));
      }
    }
    return new DocumentScores(file, scores, annotateCpu, costs);
  }

  /** The fold of each document (by its index in {@code count} documents), seeded and balanced. */
  static int[] folds(int count, int k) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(SEED));
    int[] fold = new int[count];
    for (int position = 0; position < count; position++) {
      fold[order.get(position)] = position % k;
    }
    return fold;
  }

  /** The table: per normalizer, each measure per fold, its mean and standard deviation. */
  static String table(List<DocumentScores> docs, List<TimeNormalizer> normalizers, int k) {
    int[] fold = folds(docs.size(), k);
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "TIMEX %d-fold document cross-validation (%d documents, seed %d; folds of %s)%n",
            k,
            docs.size(),
            SEED,
            foldSizes(fold, k)));
    out.append(
        String.format(
            Locale.ROOT,
            "%-28s %-8s %s  %6s %6s  %6s%n",
            "normalizer",
            "measure",
            foldHeader(k),
            "mean",
            "sd",
            "all"));
    for (TimeNormalizer normalizer : normalizers) {
      Result[] perFold = new Result[k];
      Result all = Result.empty(TimeMlTally.TIMEX_ATTRIBUTES);
      for (int f = 0; f < k; f++) {
        perFold[f] = Result.empty(TimeMlTally.TIMEX_ATTRIBUTES);
      }
      for (int d = 0; d < docs.size(); d++) {
        Result r = docs.get(d).byNormalizer().get(normalizer);
        perFold[fold[d]] = perFold[fold[d]].plus(r);
        all = all.plus(r);
      }
      for (String measure : List.of("strict", "relaxed", "type", "value")) {
        double[] f1 = new double[k];
        StringBuilder cells = new StringBuilder();
        for (int f = 0; f < k; f++) {
          f1[f] = measure(perFold[f], measure).f1();
          cells.append(String.format(Locale.ROOT, "%6.3f ", f1[f]));
        }
        out.append(
            String.format(
                Locale.ROOT,
                "%-28s %-8s %s %6.3f %6.3f  %6.3f%n",
                normalizer.spec(),
                measure,
                cells,
                mean(f1),
                sd(f1),
                measure(all, measure).f1()));
      }
    }
    out.append(selection(docs, normalizers, fold, k));
    out.append(costs(docs, normalizers));
    return out.toString();
  }

  /**
   * The choice itself cross-validated: in each fold, the normalizer with the best value F1 on the
   * other folds (the first listed on a tie), and its value F1 on the held-out fold.
   */
  static String selection(
      List<DocumentScores> docs, List<TimeNormalizer> normalizers, int[] fold, int k) {
    StringBuilder out = new StringBuilder();
    if (normalizers.isEmpty() || docs.isEmpty()) {
      return "";
    }
    double[] heldOut = new double[k];
    for (int f = 0; f < k; f++) {
      TimeNormalizer best = null;
      double bestF1 = -1;
      Result bestHeldOut = null;
      for (TimeNormalizer normalizer : normalizers) {
        Result training = Result.empty(TimeMlTally.TIMEX_ATTRIBUTES);
        Result test = Result.empty(TimeMlTally.TIMEX_ATTRIBUTES);
        for (int d = 0; d < docs.size(); d++) {
          Result r = docs.get(d).byNormalizer().get(normalizer);
          if (fold[d] == f) {
            test = test.plus(r);
          } else {
            training = training.plus(r);
          }
        }
        double f1 = training.attribute("value").f1();
        if (f1 > bestF1) {
          best = normalizer;
          bestF1 = f1;
          bestHeldOut = test;
        }
      }
      heldOut[f] = bestHeldOut.attribute("value").f1();
      out.append(
          String.format(
              Locale.ROOT,
              "fold %d: chosen on the other folds %s (value F1 %.3f there), held-out value F1 %.3f%n",
              f + 1,
              best.spec(),
              bestF1,
              heldOut[f]));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "chosen normalizer, held-out value F1: mean %.3f, sd %.3f%n",
            mean(heldOut),
            sd(heldOut)));
    return out.toString();
  }

  /** The mean cost per document of the annotation and of each normalizer after it. */
  static String costs(List<DocumentScores> docs, List<TimeNormalizer> normalizers) {
    if (docs.isEmpty()) {
      return "";
    }
    double annotate =
        docs.stream().mapToLong(DocumentScores::annotateCpu).sum() / 1e6 / docs.size();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "cost per document: CoreNLP annotation %.1f ms thread CPU; after it, per normalizer"
                + " (thread CPU ms, wall ms, CPU as a share of the annotation):%n",
            annotate));
    for (TimeNormalizer normalizer : normalizers) {
      double cpu = 0;
      double wall = 0;
      for (DocumentScores doc : docs) {
        long[] cost = doc.costs().getOrDefault(normalizer, new long[2]);
        cpu += cost[0] / 1e6;
        wall += cost[1] / 1e6;
      }
      out.append(
          String.format(
              Locale.ROOT,
              "  %-28s %8.1f %8.1f %7.1f%%%n",
              normalizer.spec(),
              cpu / docs.size(),
              wall / docs.size(),
              annotate == 0 ? 0 : 100 * cpu / docs.size() / annotate));
    }
    return out.toString();
  }

  static Prf measure(Result result, String measure) {
    return switch (measure) {
      case "strict" -> result.strict();
      case "relaxed" -> result.relaxed();
      default -> result.attribute(measure);
    };
  }

  static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return values.length == 0 ? 0 : sum / values.length;
  }

  /** The sample standard deviation (n - 1). */
  static double sd(double[] values) {
    if (values.length < 2) {
      return 0;
    }
    double mean = mean(values);
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return Math.sqrt(squares / (values.length - 1));
  }

  private static String foldHeader(int k) {
    StringBuilder header = new StringBuilder();
    for (int f = 1; f <= k; f++) {
      header.append(String.format(Locale.ROOT, "%6s ", "f" + f));
    }
    return header.toString().stripTrailing();
  }

  private static String foldSizes(int[] fold, int k) {
    int[] sizes = new int[k];
    for (int f : fold) {
      sizes[f]++;
    }
    StringBuilder s = new StringBuilder();
    for (int f = 0; f < k; f++) {
      s.append(f == 0 ? "" : "/").append(sizes[f]);
    }
    return s.toString();
  }
}
