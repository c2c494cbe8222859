package org.newsevents.tools.train;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.Datum;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsevents.nlp.CoreNlpPipelines;
import org.newsevents.tools.eval.TimeMlDocument;
import org.newsevents.tools.eval.TimeMlEventModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code train-timeml-lexicon} command: TimeML files go in; a table of how often each lemma
 * (with its coarse part of speech) is a gold EVENT, and with which TimeML class, comes out as the
 * trained trigger model {@code models/lexicons/timeml-triggers.tsv}; a linear classifier of the
 * TimeML class of gold events from their context comes out as {@code
 * models/lexicons/timeml-classes.tsv} (see {@link EventClassTraining}). Nothing is chosen by the
 * {@code --heldout} documents: they only report.
 */
@Command(
    name = "train-timeml-lexicon",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description =
        "trains the TimeML trigger lexicon and class model on TimeBank into models/lexicons/")
public final class TrainTimeMlLexicon implements Callable<Integer> {

  static final String DEFAULT_GOLD = "../shared/data/timebank/TimeBank";
  static final String DEFAULT_OUT = "models/lexicons/timeml-triggers.tsv";
  static final String DEFAULT_CLASSES_OUT = "models/lexicons/timeml-classes.tsv";
  static final String DEFAULT_SIGMAS = "0.25,0.5,1,2,4";

  @Option(
      names = "--gold",
      paramLabel = "DIR[,DIR...]",
      defaultValue = DEFAULT_GOLD,
      description = "TimeML training directories (TimeBank only, so that AQUAINT stays held out)")
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
      names = "--heldout",
      paramLabel = "DIR[,DIR...]",
      description =
          "documents the class model is only tested on: its accuracy and confusions on them are printed")
  String heldout;

  @Override
  public Integer call() throws IOException {
    List<Path> files = tmlFiles(gold);
    // The parse gives the context the class depends on: "decided" is an I_ACTION with a clause
    // ("decided to leave") and an OCCURRENCE without one. The profile's tokenizer, sentence
    // splitter and part-of-speech repairs, so that the features match those seen at run time.
    Properties properties = CoreNlpPipelines.properties("fast");
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,tokensregex,depparse");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
    Map<String, TimeMlEventModels.Counts> table = new TreeMap<>();
    List<List<Datum<String, String>>> examples = new ArrayList<>();
    for (Path file : files) {
      TimeMlDocument document = TimeMlDocument.read(file);
      Annotation annotation = new Annotation(document.text());
      pipeline.annotate(annotation);
      List<Datum<String, String>> documentExamples = new ArrayList<>();
      examples.add(documentExamples);
      for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
        SemanticGraph graph =
            sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        documentExamples.addAll(TimeMlEventModels.classExamples(document, tokens, graph));
        TimeMlEventModels.count(document, tokens, graph, table);
      }
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
    if (heldout != null) {
      List<Datum<String, String>> test = new ArrayList<>();
      for (Path file : tmlFiles(heldout)) {
        TimeMlDocument document = TimeMlDocument.read(file);
        Annotation annotation = new Annotation(document.text());
        pipeline.annotate(annotation);
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
          SemanticGraph graph =
              sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
          test.addAll(
              TimeMlEventModels.classExamples(
                  document, sentence.get(CoreAnnotations.TokensAnnotation.class), graph));
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
