package org.newsevents.tools.train;

import edu.stanford.nlp.classify.LinearClassifier;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.attribution.CueModel;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.tools.cli.SharedOptions;
import org.newsevents.tools.eval.AnnotationCache;
import org.newsevents.tools.eval.BratAttributions;
import org.newsevents.tools.eval.PolnearCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code train-attribution} command: a PolNeAR split goes in (texts annotated with CoreNLP, or
 * read from the annotation cache); the cue model {@code models/attribution/cue-model.tsv} comes
 * out, with document-level cross-validated scores on standard output. The same split and options
 * give the same bytes: documents in file-name order, folds from a seeded shuffle, weights sorted.
 */
@Command(
    name = "train-attribution",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = "trains the attribution cue model on PolNeAR train into models/attribution/")
public final class TrainAttribution implements Callable<Integer> {

  /** Weight differences smaller than this are left out (they change no decision). */
  static final double MIN_WEIGHT = 1e-3;

  @Option(
      names = "--gold",
      paramLabel = "DIR",
      defaultValue = "../shared/data/polnear/train",
      description = "a PolNeAR split: DIR/text and DIR/attributions (never dev)")
  Path gold;

  @Mixin SharedOptions.FirstDocuments first;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      defaultValue = "fast",
      description = "CoreNLP profile for texts not in the cache (the features need no coref)")
  String profile;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = "annotation cache; default target/polnear-<split>-<profile>")
  Path cache;

  @Option(
      names = "--skip-first",
      defaultValue = "0",
      description =
          "leave out the first N texts (held out for an end-to-end check: eval-attribution on"
              + " the same split with --limit=N)")
  int skipFirst;

  @Option(names = "--folds", defaultValue = "5", description = "cross-validation folds; 0 = none")
  int folds;

  @Option(names = "--seed", defaultValue = "14", description = "seed of the fold shuffle")
  long seed;

  @Option(
      names = "--sigmas",
      split = ",",
      defaultValue = "0.125,0.25,0.5",
      description = "Gaussian priors compared by cross-validation")
  double[] sigmas;

  @Option(
      names = "--thresholds",
      split = ",",
      defaultValue = "0.3,0.35,0.4,0.45,0.5",
      description = "cue probability thresholds compared by cross-validation")
  double[] thresholds;

  @Option(
      names = "--sigma",
      defaultValue = "0.5",
      description = "the prior of the written model when --folds=0")
  double sigma;

  @Option(
      names = "--threshold",
      defaultValue = "0.4",
      description = "the threshold of the written model when --folds=0")
  double threshold;

  /** Which model is trained. */
  enum Part {
    cue,
    confidence,
    content
  }

  @Option(
      names = "--part",
      defaultValue = "cue",
      description =
          "cue (the cue model), confidence (the statement confidence model, over the"
              + " statements the shipped extraction makes) or content (the content-span model,"
              + " over the shipped cue model's cues that the rules give no content)")
  Part part;

  @Option(
      names = "--content-sigmas",
      split = ",",
      defaultValue = "0.25,0.5,1",
      description = "priors of the content-span model compared by cross-validation")
  double[] contentSigmas;

  @Option(
      names = "--content-thresholds",
      split = ",",
      defaultValue = "0.3,0.4,0.5,0.6",
      description = "content-span probability thresholds compared by cross-validation")
  double[] contentThresholds;

  @Option(
      names = "--content-cue-threshold",
      defaultValue = "0",
      description =
          "the cue model probability a cue needs before the content-span model chooses a span"
              + " for it (chosen end to end: eval-attribution on held-out train texts)")
  double contentCueThreshold;

  @Option(
      names = "--broad-min-rate",
      defaultValue = "0.4",
      description =
          "share of a lemma's train tokens inside a gold cue needed before the content chooser"
              + " offers the rest of the sentence after a verb or adjective cue of that lemma"
              + " (the shipped table's value)")
  double broadMinRate;

  @Option(
      names = "--broad-min-count",
      defaultValue = "5",
      description = "train tokens a lemma needs before the broad content candidate is offered")
  int broadMinCount;

  @Option(
      names = "--rates-out",
      paramLabel = "FILE",
      description = "the cue lemma rate table; default models/attribution/cue-lemma-rates.tsv")
  Path ratesOut;

  @Option(
      names = "--confidence-sigmas",
      split = ",",
      defaultValue = "0.25,0.5,1,2",
      description = "priors of the confidence model compared by cross-validated log loss")
  double[] confidenceSigmas;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "the model written; default models/attribution/cue-model.tsv or"
              + " statement-confidence.tsv")
  Path out;

  @Override
  public Integer call() throws IOException {
    Path dir =
        cache != null ? cache : Path.of("target", "polnear-" + gold.getFileName() + "-" + profile);
    List<PolnearCorpus.Document> corpus = PolnearCorpus.load(gold, first.limit);
    corpus = corpus.subList(Math.min(skipFirst, corpus.size()), corpus.size());
    AnnotationCache annotations =
        new AnnotationCache(dir, profile, () -> ArticleAnalyzer.forProfile(profile));
    String data =
        gold.getFileName()
            + " ("
            + corpus.size()
            + " texts"
            + (skipFirst > 0 ? " after the first " + skipFirst : "")
            + ", profile "
            + profile
            + ")";
    if (part == Part.confidence) {
      return confidence(corpus, annotations, data);
    }
    if (part == Part.content) {
      return content(corpus, annotations, data);
    }
    if (out == null) {
      out = Path.of("models/attribution/cue-model.tsv");
    }
    List<CueTraining.Document> documents = documents(corpus, annotations, System.err);
    double chosenSigma = sigma;
    double chosenThreshold = threshold;
    String cv = "none (--folds=0)";
    if (folds > 1) {
      CueCrossValidation.Choice choice =
          CueCrossValidation.run(
              CueCrossValidation.shuffled(documents, seed), folds, sigmas, thresholds, System.out);
      chosenSigma = choice.sigma();
      chosenThreshold = choice.threshold();
      cv =
          String.format(
              Locale.ROOT,
              "%d-fold document cross-validation (seed %d): mean cue F1 %.3f",
              folds,
              seed,
              choice.f1());
      System.out.println("chosen: sigma " + chosenSigma + ", threshold " + chosenThreshold);
    }
    String text = model(documents, chosenSigma, chosenThreshold, data, cv);
    return write(text);
  }

  private int write(String text) throws IOException {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, text, StandardCharsets.UTF_8);
    System.out.printf(
        Locale.ROOT, "wrote %s (%d bytes)%n", out, text.getBytes(StandardCharsets.UTF_8).length);
    return 0;
  }

  /** The statement confidence model: prior by cross-validated log loss, then all documents. */
  private int confidence(
      List<PolnearCorpus.Document> corpus, AnnotationCache annotations, String data)
      throws IOException {
    if (out == null) {
      out = Path.of("models/attribution/statement-confidence.tsv");
    }
    ArticleAnalyzer analyzer = ArticleAnalyzer.forProfile(profile);
    List<ConfidenceTraining.Document> documents =
        ConfidenceTraining.documents(corpus, annotations, analyzer, System.err);
    double chosen = confidenceSigmas[0];
    String cv = "none (--folds=0)";
    if (folds > 1) {
      ConfidenceTraining.Fold best = null;
      for (ConfidenceTraining.Fold f :
          ConfidenceTraining.crossValidate(documents, folds, seed, confidenceSigmas, System.out)) {
        if (best == null || f.logLoss() < best.logLoss()) {
          best = f;
        }
      }
      chosen = best.sigma();
      cv =
          String.format(
              Locale.ROOT,
              "%d-fold document cross-validation (seed %d): log loss %.4f, Brier %.4f",
              folds,
              seed,
              best.logLoss(),
              best.reliability().brier());
      System.out.print(best.reliability().table());
      System.out.println("chosen: sigma " + chosen);
    }
    return write(ConfidenceTraining.model(documents, chosen, data, cv));
  }

  /** The content-span model: prior and threshold by cross-validated F1, then all documents. */
  private int content(List<PolnearCorpus.Document> corpus, AnnotationCache annotations, String data)
      throws IOException {
    if (out == null) {
      out = Path.of("models/attribution/content-model.tsv");
    }
    Map<String, int[]> lemmas = new HashMap<>();
    List<ContentTraining.Document> documents =
        ContentTraining.documents(corpus, annotations, System.err, lemmas);
    Path rates = ratesOut != null ? ratesOut : Path.of("models/attribution/cue-lemma-rates.tsv");
    String table = ContentTraining.rates(lemmas, broadMinRate, broadMinCount, data);
    Files.writeString(rates, table, StandardCharsets.UTF_8);
    System.out.printf(
        Locale.ROOT, "wrote %s (%d bytes)%n", rates, table.getBytes(StandardCharsets.UTF_8).length);
    double chosenSigma = contentSigmas[0];
    double chosenThreshold = contentThresholds[0];
    String cv = "none (--folds=0)";
    if (folds > 1) {
      ContentTraining.Choice choice =
          ContentTraining.crossValidate(
              documents, folds, seed, contentSigmas, contentThresholds, System.out);
      chosenSigma = choice.sigma();
      chosenThreshold = choice.threshold();
      cv =
          String.format(
              Locale.ROOT,
              "%d-fold document cross-validation (seed %d): chosen spans P %.3f, R %.3f, F1 %.3f",
              folds,
              seed,
              choice.p(),
              choice.r(),
              choice.f1());
      System.out.println("chosen: sigma " + chosenSigma + ", threshold " + chosenThreshold);
    }
    return write(
        ContentTraining.model(
            documents, chosenSigma, chosenThreshold, contentCueThreshold, data, cv));
  }

  /** The training examples of the corpus's texts, in file-name order. */
  static List<CueTraining.Document> documents(
      List<PolnearCorpus.Document> corpus, AnnotationCache annotations, PrintStream progress) {
    Lexicons lexicons = Lexicons.standard();
    CueTraining.Interner interner = new CueTraining.Interner();
    List<CueTraining.Document> documents = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      PolnearCorpus.Document d = corpus.get(i);
      if (i % 50 == 0) {
        progress.printf("[%d/%d] %s%n", i + 1, corpus.size(), d.name());
      }
      List<int[]> cues = new ArrayList<>();
      for (BratAttributions.Attribution a : d.gold()) {
        cues.addAll(a.cue());
      }
      documents.add(
          CueTraining.examples(
              d.name(), annotations.get(d.text(), d.published()), cues, lexicons, interner));
    }
    return documents;
  }

  /** The model table trained on all documents: header, threshold line, sorted weights. */
  static String model(
      List<CueTraining.Document> documents,
      double sigma,
      double threshold,
      String data,
      String cv) {
    LinearClassifier<String, String> model = CueTraining.train(documents, sigma);
    // Two classes: only the difference of their weights decides, so one column is written.
    Map<String, Double> rows = TwoClassWeights.of(model, CueModel.CUE, CueModel.OTHER, Set.of());
    StringWriter buffer = new StringWriter();
    PrintWriter writer = new PrintWriter(buffer);
    writer.println("# Trained attribution cue model: a CoreNLP LinearClassifier (maximum entropy,");
    writer.println("# Gaussian prior sigma " + sigma + ") over the features of CueFeatures; a");
    writer.println("# candidate token heads a cue when P(CUE) >= the threshold.");
    writer.println("# Trained by: ./newsevents train-attribution (see models/README.md)");
    writer.println("# Data: PolNeAR " + data);
    writer.println("# Threshold and prior chosen by: " + cv);
    writer.println("# feature\tclass\tweight");
    writer.printf(Locale.ROOT, "threshold\t%s%n", threshold);
    // The O class needs a row of its own to exist; its weights are all zero.
    writer.printf(Locale.ROOT, "bias\t%s\t%.6f%n", CueModel.OTHER, 0.0);
    for (Map.Entry<String, Double> row : rows.entrySet()) {
      writer.printf(Locale.ROOT, "%s\t%s\t%.4f%n", row.getKey(), CueModel.CUE, row.getValue());
    }
    writer.flush();
    return buffer.toString();
  }
}
