package org.newsevents.tools.train;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.BasicDatum;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.newsevents.nlp.attribution.CueModel;

/**
 * Document-level k-fold cross-validation of the cue model on training documents: documents, sigmas
 * and thresholds go in; cue precision, recall and F1 per setting come out (mean and spread over the
 * folds), and the best setting. A predicted cue token is right when it lies inside a gold cue span;
 * a gold cue is found when a predicted token lies inside it (the overlap rule of eval-attribution).
 * The rules' own cue tokens are scored the same way beside it.
 */
final class CueCrossValidation {

  /** The best setting and its mean F1. */
  record Choice(double sigma, double threshold, double f1) {}

  private CueCrossValidation() {}

  /** The documents in a fixed pseudo-random order (seeded), the fold of document i being i % k. */
  static List<CueTraining.Document> shuffled(List<CueTraining.Document> documents, long seed) {
    List<CueTraining.Document> out = new ArrayList<>(documents);
    Collections.shuffle(out, new Random(seed));
    return out;
  }

  static Choice run(
      List<CueTraining.Document> documents,
      int folds,
      double[] sigmas,
      double[] thresholds,
      PrintStream out) {
    // counts[setting][fold] = {tp predicted, predicted, found gold, gold}
    double[][] ruleFolds = new double[folds][];
    Choice best = null;
    for (double sigma : sigmas) {
      long[][][] counts = new long[thresholds.length][folds][4];
      for (int fold = 0; fold < folds; fold++) {
        List<CueTraining.Document> train = new ArrayList<>();
        List<CueTraining.Document> test = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
          (d % folds == fold ? test : train).add(documents.get(d));
        }
        LinearClassifier<String, String> model = CueTraining.train(train, sigma);
        long[] rule = new long[4];
        for (CueTraining.Document document : test) {
          List<double[]> scored = new ArrayList<>();
          for (CueTraining.Example e : document.examples()) {
            double p =
                model
                    .probabilityOf(new BasicDatum<String, String>(e.features()))
                    .getCount(CueModel.CUE);
            scored.add(new double[] {p, e.begin(), e.end()});
          }
          for (int k = 0; k < thresholds.length; k++) {
            add(counts[k][fold], document, scored, thresholds[k], null);
          }
          add(rule, document, scored, 0, document.examples());
        }
        ruleFolds[fold] = f1(rule);
      }
      for (int k = 0; k < thresholds.length; k++) {
        double[] f1s = new double[folds];
        double[] ps = new double[folds];
        double[] rs = new double[folds];
        for (int fold = 0; fold < folds; fold++) {
          double[] prf = f1(counts[k][fold]);
          ps[fold] = prf[0];
          rs[fold] = prf[1];
          f1s[fold] = prf[2];
        }
        out.printf(
            Locale.ROOT,
            "sigma %-4s threshold %.2f: cue P %.3f R %.3f F1 %.3f (sd %.3f, min %.3f, max %.3f)%n",
            sigma,
            thresholds[k],
            mean(ps),
            mean(rs),
            mean(f1s),
            sd(f1s),
            min(f1s),
            max(f1s));
        if (best == null || mean(f1s) > best.f1()) {
          best = new Choice(sigma, thresholds[k], mean(f1s));
        }
      }
    }
    double[] rf = new double[folds];
    double[] rp = new double[folds];
    double[] rr = new double[folds];
    for (int fold = 0; fold < folds; fold++) {
      rp[fold] = ruleFolds[fold][0];
      rr[fold] = ruleFolds[fold][1];
      rf[fold] = ruleFolds[fold][2];
    }
    out.printf(
        Locale.ROOT,
        "rules' cue tokens alone (same folds): cue P %.3f R %.3f F1 %.3f (sd %.3f)%n",
        mean(rp),
        mean(rr),
        mean(rf),
        sd(rf));
    return best;
  }

  /** Adds a document's counts: predictions above the threshold, or the rules' cues if given. */
  private static void add(
      long[] counts,
      CueTraining.Document document,
      List<double[]> scored,
      double threshold,
      List<CueTraining.Example> ruleExamples) {
    List<int[]> predicted = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      boolean cue =
          ruleExamples == null ? scored.get(i)[0] >= threshold : ruleExamples.get(i).rule();
      if (cue) {
        predicted.add(new int[] {(int) scored.get(i)[1], (int) scored.get(i)[2]});
      }
    }
    for (int[] p : predicted) {
      counts[1]++;
      if (CueTraining.inside(document.goldCues(), p[0], p[1])) {
        counts[0]++;
      }
    }
    for (int[] gold : document.goldCues()) {
      counts[3]++;
      if (CueTraining.inside(predicted, gold[0], gold[1])) {
        counts[2]++;
      }
    }
  }

  private static double[] f1(long[] c) {
    double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double r = c[3] == 0 ? 0 : (double) c[2] / c[3];
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  private static double mean(double[] xs) {
    double sum = 0;
    for (double x : xs) {
      sum += x;
    }
    return sum / xs.length;
  }

  private static double sd(double[] xs) {
    double m = mean(xs);
    double sum = 0;
    for (double x : xs) {
      sum += (x - m) * (x - m);
    }
    return Math.sqrt(sum / xs.length);
  }

  private static double min(double[] xs) {
    double m = xs[0];
    for (double x : xs) {
      m = Math.min(m, x);
    }
    return m;
  }

  private static double max(double[] xs) {
    double m = xs[0];
    for (double x : xs) {
      m = Math.max(m, x);
    }
    return m;
  }
}
