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
import org.newsevents.tools.eval.AttributionScorer;
import org.newsevents.tools.eval.EvalAttribution;
import org.newsevents.tools.eval.Prf;
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

  @Option(
      names = "--bands",
      split = ",",
      description =
          "uncertain bands LO:HI of the sparse model's probability: a candidate in the band (not a"
              + " rule cue) is re-decided by the dense model, and its sentence is encoded")
  String[] bands = new String[0];

  @Option(
      names = "--band-scale",
      defaultValue = "0.25",
      description = "the dense model's scale in band mode")
  double bandScale;

  @Option(
      names = "--sparse-threshold",
      defaultValue = "0.35",
      description = "the sparse model's threshold outside the band")
  double sparseThreshold;

  @Option(
      names = "--end-to-end",
      paramLabel = "LO:HI:T",
      description =
          "instead of the token-level runs: train the sparse and the dense model on the training"
              + " texts, then score the statements of the held-out texts (eval-attribution's"
              + " scorer) with the sparse cue model alone and with the dense model re-deciding"
              + " the candidates in band LO..HI at dense threshold T")
  String endToEnd;

  /**
   * A document's examples, one vector per example, each example's sentence and the token count of
   * each sentence.
   */
  record Doc(
      CueTraining.Document examples, float[][] vectors, int[] sentence, int[] sentenceTokens) {}

  @Override
  public Integer call() throws IOException {
    List<PolnearCorpus.Document> corpus = PolnearCorpus.load(gold, first.limit);
    AnnotationCache annotations =
        new AnnotationCache(cache, profile, () -> ArticleAnalyzer.forProfile(profile));
    Files.createDirectories(vectors);
    Lexicons lexicons = Lexicons.standard();
    CueTraining.Interner interner = new CueTraining.Interner();
    List<Doc> docs = new ArrayList<>();
    Map<String, Map<Integer, float[]>> heldOutVectors = new HashMap<>();
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
      if (endToEnd != null && i < heldOut) {
        heldOutVectors.put(d.text(), byBegin);
      }
      if (examples != null) {
        float[][] v = new float[examples.examples().size()][];
        int[] sentenceOf = new int[v.length];
        int[] sentenceTokens = new int[text.sentenceCount()];
        for (int s = 0; s < sentenceTokens.length; s++) {
          sentenceTokens[s] = text.tokens(s).size();
        }
        for (int e = 0; e < v.length; e++) {
          sentenceOf[e] = text.sentenceAt(examples.examples().get(e).begin());
          v[e] = byBegin.get(examples.examples().get(e).begin());
          if (v[e] == null) {
            v[e] = new float[MiniLmTokenVectors.DIMS];
          }
        }
        docs.add(new Doc(examples, v, sentenceOf, sentenceTokens));
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
    if (endToEnd != null) {
      endToEnd(train, heldOutVectors);
      return 0;
    }
    if (bands.length > 0) {
      bandRuns(train, test);
      return 0;
    }
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

  /**
   * End to end: the held-out texts' statements scored as {@code eval-attribution --gold=GOLD
   * --limit=HELD_OUT --baseline=none --annotation-cache=CACHE} does, with the cue model trained on
   * the training texts (sparse features only, as {@code train-attribution} writes it), then with
   * the dense model as its second opinion on the candidates in the band.
   */
  private void endToEnd(List<Doc> train, Map<String, Map<Integer, float[]>> vectorsByText)
      throws IOException {
    String[] parts = endToEnd.split(":");
    double lo = Double.parseDouble(parts[0]);
    double hi = Double.parseDouble(parts[1]);
    double denseThreshold = Double.parseDouble(parts[2]);
    Model sparse = Model.train(train, sigma, 0);
    Model dense = Model.train(train, sigma, bandScale);
    StringBuilder table = new StringBuilder();
    table.append("threshold\t").append(sparseThreshold).append('\n');
    table.append("bias\t").append(CueModel.OTHER).append("\t0.000000\n");
    List<String> names = new ArrayList<>(sparse.sparse.keySet());
    Collections.sort(names);
    for (String f : names) {
      table.append(
          String.format(
              Locale.ROOT, "%s\t%s\t%.4f%n", f, CueModel.CUE, sparse.sparse.get(f)));
    }
    CueModel cueModel = CueModel.read(new java.io.StringReader(table.toString()));
    EvalAttribution.Options options =
        new EvalAttribution.Options(
            gold, heldOut, false, profile, null, null, null, cache, true);
    System.out.println("## sparse cue model alone (trained on " + train.size() + " texts)");
    System.out.print(
        EvalAttribution.table(
            EvalAttribution.run(options, ArticleAnalyzer.forProfile(profile, cueModel), System.err)));
    long[] counts = new long[5]; // asked, in band, no vector, sparse no -> yes, sparse yes -> no
    double shift = logit(sparseThreshold) - logit(denseThreshold);
    CueModel.SecondOpinion opinion =
        (features, s, t, p) -> {
          counts[0]++;
          if (p < lo || p >= hi) {
            return p;
          }
          counts[1]++;
          Map<Integer, float[]> vectors = vectorsByText.get(features.text().body());
          float[] v =
              vectors == null
                  ? null
                  : vectors.get(features.text().tokens(s).get(t).beginPosition());
          if (v == null) {
            counts[2]++;
            return p;
          }
          double q = dense.probability(features.of(s, t), v);
          // On the cue model's scale: the dense threshold maps to the cue model's threshold.
          double mapped = 1 / (1 + Math.exp(-(logit(q) + shift)));
          if (p < sparseThreshold && mapped >= sparseThreshold) {
            counts[3]++;
          } else if (p >= sparseThreshold && mapped < sparseThreshold) {
            counts[4]++;
          }
          return mapped;
        };
    System.out.printf(
        Locale.ROOT,
        "## with the dense model (scale %s) on band %s..%s, dense threshold %s%n",
        bandScale,
        lo,
        hi,
        denseThreshold);
    System.out.print(
        EvalAttribution.table(
            EvalAttribution.run(
                options,
                ArticleAnalyzer.forProfile(profile, cueModel.withSecondOpinion(opinion)),
                System.err)));
    System.out.printf(
        Locale.ROOT,
        "second opinion: %d candidates asked, %d in band, %d without a vector, %d became cues,"
            + " %d stopped being cues%n",
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        counts[4]);

    pairedBootstrap(
        ArticleAnalyzer.forProfile(profile, cueModel),
        ArticleAnalyzer.forProfile(profile, cueModel.withSecondOpinion(opinion)));
  }

  /**
   * The held-out texts scored one by one with both analyzers, and a paired bootstrap over the texts
   * (2,000 resamples, seed {@code --seed}) of the F1 differences (second minus first).
   */
  private void pairedBootstrap(ArticleAnalyzer before, ArticleAnalyzer after) {
    List<PolnearCorpus.Document> documents = PolnearCorpus.load(gold, heldOut);
    AnnotationCache annotations =
        new AnnotationCache(cache, profile, () -> ArticleAnalyzer.forProfile(profile));
    int n = documents.size();
    String[] measures = {"cue", "source", "content"};
    // [analyzer][document][measure]
    Prf[][][] prf = new Prf[2][n][3];
    ArticleAnalyzer[] analyzers = {before, after};
    for (int i = 0; i < n; i++) {
      PolnearCorpus.Document d = documents.get(i);
      AnnotatedText text = annotations.get(d.text(), d.published());
      for (int a = 0; a < 2; a++) {
        AttributionScorer.Scores scores = EvalAttribution.scoreDocument(analyzers[a], d, text);
        prf[a][i] = new Prf[] {scores.cue(), scores.source(), scores.content()};
      }
    }
    Random random = new Random(seed);
    int resamples = 2000;
    double[][] diffs = new double[3][resamples];
    for (int r = 0; r < resamples; r++) {
      Prf[][] sum = new Prf[2][3];
      for (Prf[] row : sum) {
        java.util.Arrays.fill(row, Prf.ZERO);
      }
      for (int k = 0; k < n; k++) {
        int i = random.nextInt(n);
        for (int a = 0; a < 2; a++) {
          for (int m = 0; m < 3; m++) {
            sum[a][m] = sum[a][m].plus(prf[a][i][m]);
          }
        }
      }
      for (int m = 0; m < 3; m++) {
        diffs[m][r] = sum[1][m].f1() - sum[0][m].f1();
      }
    }
    for (int m = 0; m < 3; m++) {
      Prf[] total = {Prf.ZERO, Prf.ZERO};
      for (int a = 0; a < 2; a++) {
        for (int i = 0; i < n; i++) {
          total[a] = total[a].plus(prf[a][i][m]);
        }
      }
      double[] d = diffs[m].clone();
      java.util.Arrays.sort(d);
      long above = java.util.Arrays.stream(d).filter(x -> x > 0).count();
      System.out.printf(
          Locale.ROOT,
          "paired bootstrap over %d texts, %s F1: %.4f -> %.4f (%+.4f); 95%% interval %+.4f .."
              + " %+.4f; resamples with a gain %.3f%n",
          n,
          measures[m],
          total[0].f1(),
          total[1].f1(),
          total[1].f1() - total[0].f1(),
          d[(int) (0.025 * resamples)],
          d[(int) (0.975 * resamples) - 1],
          (double) above / resamples);
    }
  }

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  /** The sparse model's probabilities and the dense model's, per example of one document. */
  private static double[][] probabilities(Model sparse, Model dense, Doc d) {
    List<CueTraining.Example> ex = d.examples().examples();
    double[][] p = new double[2][ex.size()];
    for (int e = 0; e < ex.size(); e++) {
      p[0][e] = sparse.probability(ex.get(e).features(), d.vectors()[e]);
      p[1][e] = dense.probability(ex.get(e).features(), d.vectors()[e]);
    }
    return p;
  }

  /**
   * Counts of band {@code b}, dense threshold {@code k}: [right predicted, predicted, found gold,
   * gold, sentences encoded, sentences, tokens encoded, tokens, candidates re-decided].
   */
  private void scoreBands(double[][] lohi, Doc d, double[][] p, long[][][] counts) {
    List<CueTraining.Example> ex = d.examples().examples();
    List<int[]> goldCues = d.examples().goldCues();
    for (int b = 0; b < lohi.length; b++) {
      boolean[] inBand = new boolean[ex.size()];
      boolean[] encoded = new boolean[d.sentenceTokens().length];
      long redecided = 0;
      for (int e = 0; e < ex.size(); e++) {
        double ps = p[0][e];
        inBand[e] = !ex.get(e).rule() && ps >= lohi[b][0] && ps < lohi[b][1];
        if (inBand[e]) {
          redecided++;
          if (d.sentence()[e] >= 0) {
            encoded[d.sentence()[e]] = true;
          }
        }
      }
      long sentencesEncoded = 0;
      long tokensEncoded = 0;
      long tokens = 0;
      for (int s = 0; s < encoded.length; s++) {
        tokens += d.sentenceTokens()[s];
        if (encoded[s]) {
          sentencesEncoded++;
          tokensEncoded += d.sentenceTokens()[s];
        }
      }
      for (int k = 0; k < thresholds.length; k++) {
        long[] c = counts[b][k];
        List<int[]> predicted = new ArrayList<>();
        for (int e = 0; e < ex.size(); e++) {
          boolean cue = inBand[e] ? p[1][e] >= thresholds[k] : p[0][e] >= sparseThreshold;
          if (cue) {
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
        c[4] += sentencesEncoded;
        c[5] += encoded.length;
        c[6] += tokensEncoded;
        c[7] += tokens;
        c[8] += redecided;
      }
    }
  }

  /**
   * Band mode: the sparse model decides every candidate but those it scores in a band, which the
   * dense model (scale {@code --band-scale}) re-decides; band and dense threshold chosen by document
   * CV on the training texts, then scored on the held-out texts, with the share of sentences and
   * tokens that would be encoded.
   */
  private void bandRuns(List<Doc> train, List<Doc> test) {
    double[][] lohi = new double[bands.length][];
    for (int b = 0; b < bands.length; b++) {
      String[] parts = bands[b].split(":");
      lohi[b] = new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    }
    double[][] cvF1 = new double[bands.length][thresholds.length];
    long[][][] fullCounts = new long[thresholds.length][Math.max(1, folds)][4];
    double[] fullF1 = new double[thresholds.length];
    if (folds > 1) {
      long[][][][] counts = new long[folds][bands.length][thresholds.length][9];
      for (int fold = 0; fold < folds; fold++) {
        List<Doc> tr = new ArrayList<>();
        List<Doc> te = new ArrayList<>();
        for (int d = 0; d < train.size(); d++) {
          (d % folds == fold ? te : tr).add(train.get(d));
        }
        Model sparse = Model.train(tr, sigma, 0);
        Model dense = Model.train(tr, sigma, bandScale);
        for (Doc d : te) {
          scoreBands(lohi, d, probabilities(sparse, dense, d), counts[fold]);
          score(dense, d, fullCounts, fold);
        }
      }
      for (int k = 0; k < thresholds.length; k++) {
        double[] mean = new double[3];
        for (int fold = 0; fold < folds; fold++) {
          double[] prf = prf(fullCounts[k][fold]);
          for (int j = 0; j < 3; j++) {
            mean[j] += prf[j] / folds;
          }
        }
        fullF1[k] = mean[2];
        System.out.printf(
            Locale.ROOT,
            "CV scale %-5s threshold %.2f: cue P %.3f R %.3f F1 %.3f (every candidate)%n",
            bandScale,
            thresholds[k],
            mean[0],
            mean[1],
            mean[2]);
      }
      for (int b = 0; b < bands.length; b++) {
        for (int k = 0; k < thresholds.length; k++) {
          double[] mean = new double[3];
          long[] sum = new long[9];
          for (int fold = 0; fold < folds; fold++) {
            double[] prf = prf(counts[fold][b][k]);
            for (int j = 0; j < 3; j++) {
              mean[j] += prf[j] / folds;
            }
            for (int j = 0; j < 9; j++) {
              sum[j] += counts[fold][b][k][j];
            }
          }
          cvF1[b][k] = mean[2];
          System.out.printf(
              Locale.ROOT,
              "CV band %s dense threshold %.2f: cue P %.3f R %.3f F1 %.4f; encoded sentences"
                  + " %.3f tokens %.3f; re-decided %d%n",
              bands[b],
              thresholds[k],
              mean[0],
              mean[1],
              mean[2],
              (double) sum[4] / sum[5],
              (double) sum[6] / sum[7],
              sum[8]);
        }
      }
    }
    Model sparse = Model.train(train, sigma, 0);
    Model dense = Model.train(train, sigma, bandScale);
    long[][][] counts = new long[bands.length][thresholds.length][9];
    long[][][] heldOutFull = new long[thresholds.length][1][4];
    for (Doc d : test) {
      scoreBands(lohi, d, probabilities(sparse, dense, d), counts);
      score(dense, d, heldOutFull, 0);
    }
    int fullBest = 0;
    for (int k = 0; k < thresholds.length; k++) {
      if (fullF1[k] > fullF1[fullBest]) {
        fullBest = k;
      }
    }
    for (int k = 0; k < thresholds.length; k++) {
      double[] prf = prf(heldOutFull[k][0]);
      System.out.printf(
          Locale.ROOT,
          "held-out scale %-5s threshold %.2f: cue P %.3f R %.3f F1 %.3f (every candidate)%s%n",
          bandScale,
          thresholds[k],
          prf[0],
          prf[1],
          prf[2],
          folds > 1 && k == fullBest ? "  <- CV choice" : "");
    }
    int[] best = {0, 0};
    for (int b = 0; b < bands.length; b++) {
      for (int k = 0; k < thresholds.length; k++) {
        if (cvF1[b][k] > cvF1[best[0]][best[1]]) {
          best = new int[] {b, k};
        }
      }
    }
    for (int b = 0; b < bands.length; b++) {
      int bestK = 0;
      for (int k = 0; k < thresholds.length; k++) {
        if (cvF1[b][k] > cvF1[b][bestK]) {
          bestK = k;
        }
      }
      for (int k = 0; k < thresholds.length; k++) {
        long[] c = counts[b][k];
        double[] prf = prf(c);
        System.out.printf(
            Locale.ROOT,
            "held-out band %s dense threshold %.2f: cue P %.3f R %.3f F1 %.3f; encoded sentences"
                + " %.3f tokens %.3f; re-decided %d%s%s%n",
            bands[b],
            thresholds[k],
            prf[0],
            prf[1],
            prf[2],
            (double) c[4] / c[5],
            (double) c[6] / c[7],
            c[8],
            folds > 1 && k == bestK ? "  <- CV choice in band" : "",
            folds > 1 && b == best[0] && k == best[1] ? "  <- CV choice overall" : "");
      }
    }
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
