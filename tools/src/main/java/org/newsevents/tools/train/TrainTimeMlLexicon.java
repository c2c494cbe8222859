package org.newsevents.tools.train;

import edu.stanford.nlp.ling.Datum;
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
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.tools.eval.AnnotationCache;
import org.newsevents.tools.eval.TimeMlDocument;
import org.newsevents.tools.eval.TimeMlEventModels;
import org.newsevents.tools.eval.TriggerTuning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code train-timeml-lexicon} command: TimeML files go in; a table of how often each lemma
 * (with its coarse part of speech) is a gold EVENT, and with which TimeML class, comes out as the
 * trigger counts {@code models/lexicons/timeml-triggers.tsv}; a linear classifier of whether a
 * verb, noun or adjective is an event comes out as the trigger model {@code
 * models/lexicons/timeml-trigger-model.tsv}, and one of the TimeML class of gold events from their
 * context as {@code models/lexicons/timeml-classes.tsv} (see {@link EventClassTraining}), and one
 * of whether an event happened within a time expression of its sentence as {@code
 * models/lexicons/timeml-date-model.tsv} ({@link TimeMlEventModels#dateExamples}). Nothing is
 * chosen by the {@code --heldout} documents: they only report.
 */
@Command(
    name = "train-timeml-lexicon",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description =
        "trains the TimeML trigger counts, trigger model, class model and event date model into"
            + " models/lexicons/")
public final class TrainTimeMlLexicon implements Callable<Integer> {

  static final String DEFAULT_GOLD =
      "../shared/data/timebank/TimeBank,../shared/data/timebank/AQUAINT";
  static final String DEFAULT_OUT = "models/lexicons/timeml-triggers.tsv";
  static final String DEFAULT_CLASSES_OUT = "models/lexicons/timeml-classes.tsv";
  static final String DEFAULT_TRIGGER_MODEL_OUT = "models/lexicons/timeml-trigger-model.tsv";
  static final String DEFAULT_DATE_MODEL_OUT = "models/lexicons/timeml-date-model.tsv";
  static final String DEFAULT_SIGMAS = "0.25,0.35,0.5,1,2,4";

  @Option(
      names = "--gold",
      paramLabel = "DIR[,DIR...]",
      defaultValue = DEFAULT_GOLD,
      description =
          "TimeML training directories (eval-timeml --folds cross-validates the same training)")
  String gold;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = DEFAULT_OUT,
      description = "the trigger model written")
  Path out;

  @Option(
      names = "--classes-out",
      paramLabel = "FILE",
      defaultValue = DEFAULT_CLASSES_OUT,
      description = "the class model written")
  Path classesOut;

  @Option(
      names = "--sigmas",
      paramLabel = "S",
      split = ",",
      defaultValue = DEFAULT_SIGMAS,
      description = "the classifier's Gaussian priors to choose from by cross-validation")
  List<Double> sigmas;

  @Option(
      names = "--trigger-sigmas",
      paramLabel = "S",
      split = ",",
      defaultValue = "0.5,1,2",
      description =
          "the trigger model's Gaussian priors; one, with its P(EVENT) threshold, chosen by"
              + " 4-fold document cross-validation")
  List<Double> triggerSigmas;

  @Option(
      names = "--trigger-model-out",
      paramLabel = "FILE",
      defaultValue = DEFAULT_TRIGGER_MODEL_OUT,
      description = "the trigger model written")
  Path triggerModelOut;

  @Option(
      names = "--date-model-out",
      paramLabel = "FILE",
      defaultValue = DEFAULT_DATE_MODEL_OUT,
      description = "the event date model written")
  Path dateModelOut;

  @Option(
      names = "--time-profile",
      paramLabel = "NAME",
      defaultValue = "lean",
      description =
          "the profile whose time normalizer finds the time expressions the event date model"
              + " learns from (the default profile's)")
  String timeProfile;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      defaultValue = "fast",
      description = "CoreNLP profile the documents are annotated with")
  String profile;

  @Option(
      names = "--annotation-cache",
      paramLabel = "DIR",
      description = "keep CoreNLP annotations of the documents in DIR and reuse them")
  Path annotationCache;

  @Option(
      names = "--heldout",
      paramLabel = "DIR[,DIR...]",
      description =
          "documents the class model is only tested on: its accuracy and confusions on them are printed")
  String heldout;

  @Override
  public Integer call() throws IOException {
    List<Path> files = tmlFiles(gold);
    // The profile's own annotation (as eval-timeml and the pipeline make it), so that the
    // features match those seen at run time; kept in --annotation-cache when given.
    AnnotationCache annotations =
        new AnnotationCache(annotationCache, profile, () -> ArticleAnalyzer.forProfile(profile));
    Map<String, TimeMlEventModels.Counts> table = new TreeMap<>();
    List<List<Datum<String, String>>> examples = new ArrayList<>();
    List<List<Datum<String, String>>> triggerExamples = new ArrayList<>();
    List<Datum<String, String>> dateExamples = new ArrayList<>();
    ArticleAnalyzer times = ArticleAnalyzer.forProfile(timeProfile);
    for (Path file : files) {
      TimeMlDocument document = TimeMlDocument.read(file);
      AnnotatedText text = annotations.get(document.text(), TimeMlEventModels.published(document));
      List<Datum<String, String>> documentExamples = new ArrayList<>();
      examples.add(documentExamples);
      List<Datum<String, String>> documentTriggers = new ArrayList<>();
      triggerExamples.add(documentTriggers);
      for (int s = 0; s < text.sentenceCount(); s++) {
        documentExamples.addAll(
            TimeMlEventModels.classExamples(document, text.tokens(s), text.basic(s)));
        documentTriggers.addAll(
            TimeMlEventModels.triggerExamples(document, text.tokens(s), text.basic(s)));
        TimeMlEventModels.count(document, text.tokens(s), text.basic(s), table);
      }
      dateExamples.addAll(TimeMlEventModels.dateExamples(document, text, times));
    }
    write(out, gold, files.size(), table);
    System.out.println(
        "wrote " + out + ": " + table.size() + " lemmas from " + files.size() + " documents");
    // The prior is chosen by document-level cross-validation on the training documents alone.
    double best = Double.NaN;
    double bestAccuracy = -1;
    for (double sigma : sigmas) {
      double accuracy = EventClassTraining.crossValidate(examples, sigma, 5);
      if (accuracy > bestAccuracy) {
        best = sigma;
        bestAccuracy = accuracy;
      }
    }
    EventClassTraining.write(classesOut, gold, files.size(), best, examples);
    TriggerTuning.Tuned trigger = TriggerTuning.tune(triggerExamples, triggerSigmas);
    System.out.printf(
        Locale.ROOT,
        "trigger model: prior %s, threshold %.2f chosen by %d-fold document cross-validation"
            + " (trigger F1 %.3f on verbs, nouns and adjectives)%n",
        trigger.sigma(),
        trigger.threshold(),
        TriggerTuning.INNER_FOLDS,
        trigger.innerF1());
    EventClassTraining.writeTriggerModel(
        triggerModelOut, gold, files.size(), triggerExamples, trigger);
    EventClassTraining.writeDateModel(dateModelOut, gold, files.size(), timeProfile, dateExamples);
    if (heldout != null) {
      List<Datum<String, String>> test = new ArrayList<>();
      for (Path file : tmlFiles(heldout)) {
        TimeMlDocument document = TimeMlDocument.read(file);
        AnnotatedText text =
            annotations.get(document.text(), TimeMlEventModels.published(document));
        for (int s = 0; s < text.sentenceCount(); s++) {
          test.addAll(TimeMlEventModels.classExamples(document, text.tokens(s), text.basic(s)));
        }
      }
      EventClassTraining.test(examples, best, test, heldout);
    }
    return 0;
  }

  private static List<Path> tmlFiles(String dirs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String dir : dirs.split(",")) {
      try (Stream<Path> listing = Files.list(Path.of(dir))) {
        listing.filter(p -> p.toString().endsWith(".tml")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  private static void write(
      Path out, String gold, int documents, Map<String, TimeMlEventModels.Counts> table)
      throws IOException {
    try (PrintWriter writer =
        new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      writer.println(
          "# Trained trigger model: how often a lemma (with coarse part of speech V, N or J) is a");
      writer.println(
          "# TimeML EVENT in the training documents, and its most frequent TimeML class.");
      writer.println("# Trained by: ./newsevents train-timeml-lexicon");
      writer.println("#   --gold=" + gold + " --out=" + DEFAULT_OUT);
      writer.println(
          "# Data: "
              + documents
              + " TimeML documents (TempEval-3 TBAQ-cleaned) in the --gold directories above.");
      writer.println("# Only counts are kept: no text of the corpus is stored here.");
      writer.println("# Lemmas seen fewer than 3 times are left out. A verb also has a row per");
      writer.println(
          "# context: key|clause when it has a clausal complement (ccomp, xcomp), key|bare when not.");
      writer.println("# key\toccurrences\tevents\tclass");
      for (Map.Entry<String, TimeMlEventModels.Counts> entry : table.entrySet()) {
        TimeMlEventModels.Counts counts = entry.getValue();
        if (counts.occurrences < TimeMlEventModels.MIN_OCCURRENCES) {
          continue;
        }
        String best = counts.best() == null ? "-" : counts.best();
        writer.println(
            entry.getKey() + "\t" + counts.occurrences + "\t" + counts.events + "\t" + best);
      }
    }
  }
}
