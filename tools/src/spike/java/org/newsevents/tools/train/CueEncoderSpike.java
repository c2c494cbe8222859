package org.newsevents.tools.train;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.RVFDataset;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.attribution.CueModel;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.tools.cli.SharedOptions;
import org.newsevents.tools.eval.AnnotationCache;
import org.newsevents.tools.eval.BratAttributions;
import org.newsevents.tools.eval.PolnearCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A measurement, not a model: does a small frozen encoder lift the cue model? PolNeAR texts (from
 * the annotation cache) go in; the cue model's token examples ({@link CueTraining}) are given, as
 * dense features beside the sparse ones, the MiniLM vector of the candidate token ({@link
 * MiniLmTokenVectors}, standardised per dimension on the training texts, times a scale); cue P/R/F1
 * come out, by document cross-validation on the training texts for each scale and threshold, and
 * on the first {@code --held-out} texts with the model trained on the rest. Scale 0 is the cue
 * model as shipped (sparse features only). Token-level overlap scoring as in {@link
 * CueCrossValidation}. Also prints the encoder's CPU time per sentence and per token.
 */
@Command(
    name = "cue-encoder-spike",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = "measures whether MiniLM token vectors lift the cue model (held-out cue F1)")
public final class CueEncoderSpike implements Callable<Integer> {

  @Option(names = "--gold", paramLabel = "DIR", defaultValue = "../shared/data/polnear/train")
  Path gold;

  @Mixin SharedOptions.FirstDocuments first;

  @Option(names = "--profile", defaultValue = "fast")
  String profile;

  @Option(names = "--cache", paramLabel = "DIR", required = true)
  Path cache;

  @Option(names = "--vectors", paramLabel = "DIR", required = true, description = "vector cache")
  Path vectors;

  @Option(names = "--held-out", defaultValue = "150")
  int heldOut;

  @Option(names = "--folds", defaultValue = "3")
  int folds;

  @Option(names = "--seed", defaultValue = "14")
  long seed;

  @Option(names = "--sigma", defaultValue = "0.5")
  double sigma;

  @Option(names = "--scales", split = ",", defaultValue = "0,0.25,1")
  double[] scales;

  @Option(names = "--thresholds", split = ",", defaultValue = "0.25,0.3,0.35,0.4,0.45,0.5")
  double[] thresholds;

  @Option(
      names = "--encoder",
      defaultValue = "all-minilm-l6-v2",
      description = "all-minilm-l6-v2 or all-minilm-l6-v2-q (int8)")
  String encoderName;

  @Option(names = "--encode-only", description = "only fill the vector cache and time it")
  boolean encodeOnly;

  /** Run with the classes of the {@code encoder-spike} Maven profile (see tools/pom.xml). */
  public static void main(String[] args) {
    System.exit(new picocli.CommandLine(new CueEncoderSpike()).execute(args));
  }

  /** A document's examples and one vector per example. */
  record Doc(CueTraining.Document examples, float[][] vectors) {}

  @Override
  public Integer call() throws IOException {
    List<PolnearCorpus.Document> corpus = PolnearCorpus.load(gold, first.limit);
    AnnotationCache annotations =
        new AnnotationCache(cache, profile, () -> ArticleAnalyzer.forProfile(profile));
    Files.createDirectories(vectors);
    Lexicons lexicons = Lexicons.standard();
    CueTraining.Interner interner = new CueTraining.Interner();
    List<Doc> docs = new ArrayList<>();
    MiniLmTokenVectors encoder = null;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long encodeNanos = 0;
    long sentences = 0;
    long tokens = 0;
    for (int i = 0; i < corpus.size(); i++) {
      PolnearCorpus.Document d = corpus.get(i);
      if (i % 50 == 0) {
        System.err.printf("[%d/%d] %s%n", i + 1, corpus.size(), d.name());
      }
      AnnotatedText text = annotations.get(d.text(), d.published());
      List<int[]> cues = new ArrayList<>();
      for (BratAttributions.Attribution a : d.gold()) {
        cues.addAll(a.cue());
      }
      CueTraining.Document examples =
          encodeOnly ? null : CueTraining.examples(d.name(), text, cues, lexicons, interner);
      Path file = vectors.resolve(d.name() + ".bin");
      Map<Integer, float[]> byBegin;
      if (Files.exists(file)) {
        byBegin = read(file);
      } else {
        if (encoder == null) {
          encoder = new MiniLmTokenVectors(encoderName);
        }
        byBegin = new HashMap<>();
        for (int s = 0; s < text.sentenceCount(); s++) {
          List<CoreLabel> toks = text.tokens(s);
          List<String> words = new ArrayList<>();
          for (CoreLabel t : toks) {
            words.add(t.originalText() != null ? t.originalText() : t.word());
          }
          long t0 = cpu.getCurrentThreadCpuTime();
          float[][] v = encoder.encode(words);
          encodeNanos += cpu.getCurrentThreadCpuTime() - t0;
          sentences++;
          tokens += toks.size();
          for (int t = 0; t < toks.size(); t++) {
            byBegin.put(toks.get(t).beginPosition(), v[t]);
          }
        }
        write(file, byBegin);
      }
      if (examples != null) {
        float[][] v = new float[examples.examples().size()][];
        for (int e = 0; e < v.length; e++) {
          v[e] = byBegin.get(examples.examples().get(e).begin());
          if (v[e] == null) {
            v[e] = new float[MiniLmTokenVectors.DIMS];
          }
        }
        docs.add(new Doc(examples, v));
      }
    }
    if (sentences > 0) {
      System.out.printf(
          Locale.ROOT,
          "encoder: %d sentences, %d tokens, %.1f CPU s: %.2f ms per sentence, %.3f ms per token%n",
          sentences,
          tokens,
          encodeNanos / 1e9,
          encodeNanos / 1e6 / sentences,
          encodeNanos / 1e6 / tokens);
    }
    if (encodeOnly) {
      return 0;
    }
    List<Doc> test = docs.subList(0, Math.min(heldOut, docs.size()));
    List<Doc> train = new ArrayList<>(docs.subList(test.size(), docs.size()));
    System.out.printf(
        Locale.ROOT, "train %d texts, held out %d texts%n", train.size(), test.size());
    Collections.shuffle(train, new Random(seed));
    Map<Double, double[]> cvF1 = new HashMap<>();
    if (folds > 1) {
      for (double scale : scales) {
        long[][][] counts = new long[thresholds.length][folds][4];
        for (int fold = 0; fold < folds; fold++) {
          List<Doc> tr = new ArrayList<>();
          List<Doc> te = new ArrayList<>();
          for (int d = 0; d < train.size(); d++) {
            (d % folds == fold ? te : tr).add(train.get(d));
          }
          Model m = Model.train(tr, sigma, scale);
          for (Doc d : te) {
            score(m, d, counts, fold);
          }
        }
        double[] f1s = new double[thresholds.length];
        for (int k = 0; k < thresholds.length; k++) {
          double[] mean = new double[3];
          for (int fold = 0; fold < folds; fold++) {
            double[] prf = prf(counts[k][fold]);
            for (int j = 0; j < 3; j++) {
              mean[j] += prf[j] / folds;
            }
          }
          f1s[k] = mean[2];
          System.out.printf(
              Locale.ROOT,
              "CV scale %-5s threshold %.2f: cue P %.3f R %.3f F1 %.3f%n",
              scale,
              thresholds[k],
              mean[0],
              mean[1],
              mean[2]);
        }
        cvF1.put(scale, f1s);
      }
    }
    for (double scale : scales) {
      Model m = Model.train(train, sigma, scale);
      long[][][] counts = new long[thresholds.length][1][4];
      for (Doc d : test) {
        score(m, d, counts, 0);
      }
      int chosen = 0;
      double[] f1s = cvF1.get(scale);
      for (int k = 0; f1s != null && k < thresholds.length; k++) {
        if (f1s[k] > f1s[chosen]) {
          chosen = k;
        }
      }
      for (int k = 0; k < thresholds.length; k++) {
        double[] prf = prf(counts[k][0]);
        System.out.printf(
            Locale.ROOT,
            "held-out scale %-5s threshold %.2f: cue P %.3f R %.3f F1 %.3f%s%n",
            scale,
            thresholds[k],
            prf[0],
            prf[1],
            prf[2],
            f1s != null && k == chosen ? "  <- CV choice" : "");
      }
    }
    return 0;
  }

  private void score(Model m, Doc d, long[][][] counts, int fold) {
    List<CueTraining.Example> ex = d.examples().examples();
    double[] p = new double[ex.size()];
    for (int e = 0; e < ex.size(); e++) {
      p[e] = m.probability(ex.get(e).features(), d.vectors()[e]);
    }
    List<int[]> goldCues = d.examples().goldCues();
    for (int k = 0; k < thresholds.length; k++) {
      long[] c = counts[k][fold];
      List<int[]> predicted = new ArrayList<>();
      for (int e = 0; e < ex.size(); e++) {
        if (p[e] >= thresholds[k]) {
          predicted.add(new int[] {ex.get(e).begin(), ex.get(e).end()});
        }
      }
      for (int[] q : predicted) {
        c[1]++;
        if (CueTraining.inside(goldCues, q[0], q[1])) {
          c[0]++;
        }
      }
      for (int[] g : goldCues) {
        c[3]++;
        if (CueTraining.inside(predicted, g[0], g[1])) {
          c[2]++;
        }
      }
    }
  }

  private static double[] prf(long[] c) {
    double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double r = c[3] == 0 ? 0 : (double) c[2] / c[3];
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  /** Sparse weights plus dense weights over standardised vectors. */
  static final class Model {
    final Map<String, Double> sparse = new HashMap<>();
    final double[] dense = new double[MiniLmTokenVectors.DIMS];
    final double[] mean = new double[MiniLmTokenVectors.DIMS];
    final double[] sd = new double[MiniLmTokenVectors.DIMS];
    double scale;

    static Model train(List<Doc> docs, double sigma, double scale) {
      Model m = new Model();
      m.scale = scale;
      Map<String, Integer> counts = new HashMap<>();
      int n = 0;
      for (Doc d : docs) {
        for (int e = 0; e < d.examples().examples().size(); e++) {
          for (String f : d.examples().examples().get(e).features()) {
            counts.merge(f, 1, Integer::sum);
          }
          float[] v = d.vectors()[e];
          for (int j = 0; j < v.length; j++) {
            m.mean[j] += v[j];
            m.sd[j] += (double) v[j] * v[j];
          }
          n++;
        }
      }
      for (int j = 0; j < m.mean.length; j++) {
        m.mean[j] /= n;
        m.sd[j] = Math.sqrt(Math.max(1e-12, m.sd[j] / n - m.mean[j] * m.mean[j]));
      }
      Index<String> features = new HashIndex<>();
      int dims = scale > 0 ? MiniLmTokenVectors.DIMS : 0;
      for (int j = 0; j < dims; j++) {
        features.add("emb" + j);
      }
      List<String> names = new ArrayList<>(counts.keySet());
      Collections.sort(names);
      for (String f : names) {
        if (counts.get(f) >= 2) {
          features.add(f);
        }
      }
      Index<String> labels = new HashIndex<>();
      labels.add(CueModel.OTHER);
      labels.add(CueModel.CUE);
      int[] y = new int[n];
      int[][] x = new int[n][];
      double[][] values = new double[n][];
      int i = 0;
      for (Doc d : docs) {
        for (int e = 0; e < d.examples().examples().size(); e++) {
          CueTraining.Example ex = d.examples().examples().get(e);
          List<Integer> idx = new ArrayList<>();
          for (String f : ex.features()) {
            int k = features.indexOf(f);
            if (k >= 0) {
              idx.add(k);
            }
          }
          x[i] = new int[dims + idx.size()];
          values[i] = new double[dims + idx.size()];
          float[] v = d.vectors()[e];
          for (int j = 0; j < dims; j++) {
            x[i][j] = j;
            values[i][j] = scale * (v[j] - m.mean[j]) / m.sd[j];
          }
          for (int j = 0; j < idx.size(); j++) {
            x[i][dims + j] = idx.get(j);
            values[i][dims + j] = 1.0;
          }
          y[i] = labels.indexOf(ex.label());
          i++;
        }
      }
      RVFDataset<String, String> data = new RVFDataset<>(labels, y, features, x, values);
      LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
      factory.setSigma(sigma);
      factory.setVerbose(false);
      long t0 = System.nanoTime();
      LinearClassifier<String, String> c = factory.trainClassifier(data);
      System.err.printf(
          Locale.ROOT,
          "trained scale %s on %d examples, %d features in %.0f s%n",
          scale,
          n,
          features.size(),
          (System.nanoTime() - t0) / 1e9);
      for (String f : features) {
        double w = c.weight(f, CueModel.CUE) - c.weight(f, CueModel.OTHER);
        if (f.startsWith("emb") && features.indexOf(f) < dims) {
          m.dense[Integer.parseInt(f.substring(3))] = w;
        } else {
          m.sparse.put(f, w);
        }
      }
      return m;
    }

    double probability(List<String> features, float[] v) {
      double z = 0;
      for (String f : features) {
        z += sparse.getOrDefault(f, 0.0);
      }
      if (scale > 0) {
        for (int j = 0; j < dense.length; j++) {
          z += dense[j] * scale * (v[j] - mean[j]) / sd[j];
        }
      }
      return 1 / (1 + Math.exp(-z));
    }
  }

  private static void write(Path file, Map<Integer, float[]> byBegin) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (DataOutputStream out =
        new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp)))) {
      out.writeInt(byBegin.size());
      for (Map.Entry<Integer, float[]> e : byBegin.entrySet()) {
        out.writeInt(e.getKey());
        for (float f : e.getValue()) {
          out.writeFloat(f);
        }
      }
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static Map<Integer, float[]> read(Path file) {
    try (DataInputStream in =
        new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
      int n = in.readInt();
      Map<Integer, float[]> out = new HashMap<>();
      for (int i = 0; i < n; i++) {
        int begin = in.readInt();
        float[] v = new float[MiniLmTokenVectors.DIMS];
        for (int j = 0; j < v.length; j++) {
          v[j] = in.readFloat();
        }
        out.put(begin, v);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
