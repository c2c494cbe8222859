package org.newsevents.tools.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.records.Hashes;
import org.newsevents.schema.Article;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Statement;
import org.newsevents.schema.StatementKind;
import org.newsevents.tools.cli.SharedOptions;
import org.newsevents.tools.eval.AttributionScorer.Matching;
import org.newsevents.tools.eval.AttributionScorer.Prediction;
import org.newsevents.tools.eval.AttributionScorer.Scores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Scores newsevents' statements against PolNeAR attributions: a split directory goes in; a table of
 * cue, source and content scores (ours, and CoreNLP's quote attribution as a baseline) comes out on
 * standard output, and optionally as JSON ({@code --errors} writes our unpaired and wrongly sourced
 * attributions, and the pairs whose content tokens differ, as TSV, for error analysis).
 */
@Command(
    name = "eval-attribution",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description =
        "scores statements (cue, source, content) against PolNeAR, beside CoreNLP's quote"
            + " attribution")
public final class EvalAttribution implements Callable<Integer> {

  /** The options of one evaluation. */
  public record Options(
      Path gold,
      int limit,
      boolean baseline,
      String profile,
      Path report,
      Path errors,
      Boolean cueModel,
      Path annotationCache,
      boolean joinPieces,
      boolean cueLosses) {

    /** Without the table of missed cues by cause. */
    public Options(
        Path gold,
        int limit,
        boolean baseline,
        String profile,
        Path report,
        Path errors,
        Boolean cueModel,
        Path annotationCache,
        boolean joinPieces) {
      this(
          gold,
          limit,
          baseline,
          profile,
          report,
          errors,
          cueModel,
          annotationCache,
          joinPieces,
          false);
    }

    /** The profile's cue-model setting, no annotation cache, quotation pieces joined. */
    public Options(
        Path gold, int limit, boolean baseline, String profile, Path report, Path errors) {
      this(gold, limit, baseline, profile, report, errors, null, null, true);
    }
  }

  /** The trained cue model: as the profile says, or switched on or off. */
  enum CueModelSetting {
    profile,
    on,
    off
  }

  /** Whether CoreNLP's quote attribution is scored beside ours. */
  enum Baseline {
    corenlp,
    none
  }

  @Spec CommandSpec spec;

  @Mixin SharedOptions.Evaluation evaluation;

  @Option(
      names = "--gold",
      paramLabel = "DIR",
      defaultValue = "../shared/data/polnear/dev",
      description = "a PolNeAR split: DIR/text and DIR/attributions")
  Path gold;

  @Mixin SharedOptions.FirstDocuments first;

  @Option(names = "--baseline", defaultValue = "corenlp", description = "corenlp or none")
  Baseline baseline;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description =
          "write our unpaired and wrongly sourced attributions, and the pairs with the right cue"
              + " and other content tokens (CONTENT, with their spans), as TSV")
  Path errors;

  @Option(
      names = "--cue-model",
      defaultValue = "profile",
      description = "the trained cue model: profile (as the profile says), on or off")
  CueModelSetting cueModel;

  @Option(
      names = "--annotation-cache",
      paramLabel = "DIR",
      description =
          "keep CoreNLP annotations of the texts in DIR and reuse them (before/after comparisons)")
  Path annotationCache;

  @Option(
      names = "--join-pieces",
      arity = "1",
      defaultValue = "true",
      description =
          "score a quotation's further pieces (statements with continues) as one attribution with"
              + " the statement they continue (false: each piece as a statement of its own)")
  boolean joinPieces;

  @Option(
      names = "--cue-losses",
      description =
          "also print the missed gold attributions by cause (cue never a candidate, scored below"
              + " the threshold, a model cue without a statement and why, a statement that does not"
              + " pair) and by the gold cue's shape, with examples; with --errors, every one as a"
              + " LOSS line")
  boolean cueLosses;

  /** The scores of one run; {@code baseline} is null when the baseline was not run. */
  public record Result(
      Path gold,
      int documents,
      int multiAnnotatorTexts,
      Scores ours,
      Scores baseline,
      Map<StatementKind, Scores> byKind,
      ConfidenceScores confidence) {}

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(gold.resolve("text"))
        || !Files.isDirectory(gold.resolve("attributions"))) {
      throw new ParameterException(
          spec.commandLine(), "--gold: " + gold + " has no text/ and attributions/ directories");
    }
    Options options =
        new Options(
            gold,
            first.limit,
            baseline == Baseline.corenlp,
            evaluation.profile,
            evaluation.report,
            errors,
            cueModel == CueModelSetting.profile ? null : cueModel == CueModelSetting.on,
            annotationCache,
            joinPieces,
            cueLosses);
    Result result = run(options, System.err);
    System.out.print(table(result));
    if (options.report() != null) {
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(options.report().toFile(), json(result));
    }
    return 0;
  }

  /** Analyzes and scores the texts of the split, reporting progress on {@code progress}. */
  public static Result run(Options options, PrintStream progress) throws IOException {
    boolean cueModel =
        options.cueModel() == null
            ? ArticleAnalyzer.cueModelOn(options.profile())
            : options.cueModel();
    // CoreNLP loads on the first annotation: with a cache, only when a text is missing from it.
    return run(options, ArticleAnalyzer.forProfile(options.profile(), cueModel), progress);
  }

  /**
   * The same with a given analyzer of {@code options.profile()} (its cue model, not the options'
   * setting, decides).
   */
  public static Result run(Options options, ArticleAnalyzer analyzer, PrintStream progress)
      throws IOException {
    List<PolnearCorpus.Document> documents = PolnearCorpus.load(options.gold(), options.limit());
    AnnotationCache annotations =
        options.annotationCache() == null
            ? null
            : new AnnotationCache(options.annotationCache(), options.profile(), () -> analyzer);
    CoreNlpQuoteBaseline baseline = options.baseline() ? new CoreNlpQuoteBaseline() : null;
    AttributionScorer ours = new AttributionScorer(Matching.CUE);
    AttributionScorer theirs = new AttributionScorer(Matching.CONTENT);
    ErrorLines errors = new ErrorLines();
    KindScores kinds = new KindScores();
    ConfidenceScores confidence = new ConfidenceScores();
    DirectSpeakerTable directSpeakers = new DirectSpeakerTable();
    SourceTable sources = new SourceTable();
    CueLosses losses =
        options.cueLosses()
            ? new CueLosses(analyzer.statements(), org.newsevents.nlp.knowledge.Lexicons.standard())
            : null;
    int multiAnnotator = 0;
    long pieces = 0;
    long extractNanos = 0;
    for (int i = 0; i < documents.size(); i++) {
      PolnearCorpus.Document document = documents.get(i);
      progress.printf("[%d/%d] %s%n", i + 1, documents.size(), document.name());
      multiAnnotator += document.annotationFiles() > 1 ? 1 : 0;
      Article article = article(document);
      List<Event> events;
      AnnotatedText text = null;
      if (annotations == null && losses == null) {
        events = analyzer.analyze(article).events();
      } else {
        text =
            annotations == null
                ? analyzer.annotate(document.text(), document.published())
                : annotations.get(document.text(), document.published());
        long start = System.nanoTime();
        events = analyzer.extract(article, text, document.published()).events();
        extractNanos += System.nanoTime() - start;
      }
      JoinedPieces statements = JoinedPieces.of(events, options.joinPieces());
      List<Prediction> predicted = statements.predictions();
      pieces += statements.joined();
      ours.add(document.text(), document.gold(), predicted);
      kinds.add(document.text(), document.gold(), events);
      confidence.add(document.text(), document.gold(), events);
      errors.add(ours, document, predicted);
      directSpeakers.add(document.text(), document.gold(), statements.events(), predicted);
      sources.add(document.text(), document.gold(), statements.events(), predicted);
      if (losses != null) {
        losses.add(document.name(), text, document.gold(), predicted);
      }
      if (baseline != null) {
        theirs.add(document.text(), document.gold(), baseline.predict(document.text()));
      }
    }
    if (annotations != null) {
      // With annotations from the cache, the rest of the analysis can be timed alone.
      progress.printf(
          "extraction after CoreNLP (statements, events, actors): %.1f ms per text%n",
          extractNanos / 1e6 / Math.max(1, documents.size()));
    }
    progress.printf(
        "quotation pieces joined to the statement they continue: %d%s%n",
        pieces, options.joinPieces() ? "" : " (--join-pieces=false: each piece scored alone)");
    progress.print(directSpeakers.table());
    progress.print(sources.table());
    if (losses != null) {
      progress.print(losses.table());
    }
    if (options.errors() != null) {
      List<String> lines = new ArrayList<>(errors.lines());
      lines.addAll(directSpeakers.lines());
      if (losses != null) {
        lines.addAll(losses.lines());
      }
      Files.write(options.errors(), lines, StandardCharsets.UTF_8);
    }
    return new Result(
        options.gold(),
        documents.size(),
        multiAnnotator,
        ours.scores(),
        baseline == null ? null : theirs.scores(),
        kinds.scores(),
        confidence);
  }

  /**
   * One document's scores as {@link #run} counts them (cue matching, quotation pieces joined), its
   * statements made by {@code analyzer} from its annotated text: per-document counts for paired
   * comparisons of two analyzers.
   */
  public static Scores scoreDocument(
      ArticleAnalyzer analyzer, PolnearCorpus.Document document, AnnotatedText text) {
    List<Event> events = analyzer.extract(article(document), text, document.published()).events();
    AttributionScorer scorer = new AttributionScorer(Matching.CUE);
    scorer.add(document.text(), document.gold(), JoinedPieces.of(events, true).predictions());
    return scorer.scores();
  }

  /** The gold text as the article body, unchanged, so that offsets align with the gold. */
  public static Article article(PolnearCorpus.Document document) {
    return Article.newBuilder()
        .setDocId(document.name())
        .setSource("polnear:" + document.name() + ".txt")
        .setBody(document.text())
        .setContentHash(Hashes.sha256Hex(document.text()))
        .setPublished(
            document.published() == null
                ? null
                : document.published().atStartOfDay().toInstant(ZoneOffset.UTC))
        .build();
  }

  /** Our statements as predictions: speaker, cue and content spans. */
  public static List<Prediction> predictions(List<Event> events) {
    List<Prediction> out = new ArrayList<>();
    for (Event event : events) {
      Statement statement = event.getStatement();
      if (statement == null) {
        continue;
      }
      Mention speaker = statement.getSpeaker();
      out.add(
          new Prediction(
              speaker == null
                  ? List.of()
                  : List.of(new int[] {speaker.getBegin(), speaker.getEnd()}),
              speaker == null ? null : speaker.getCanonical(),
              statement.getCue() == null
                  ? List.of()
                  : List.of(new int[] {statement.getCue().getBegin(), statement.getCue().getEnd()}),
              List.of(
                  new int[] {statement.getContent().getBegin(), statement.getContent().getEnd()}),
              statement.getDirect()));
    }
    return out;
  }

  /** A Markdown table, ours beside the baseline. */
  public static String table(Result result) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "PolNeAR %s: %d texts (%d with several annotators' files: the first by file name"
                + " is used)%n%n",
            result.gold(), result.documents(), result.multiAnnotatorTexts()));
    out.append("| measure | newsevents P | R | F1 | corenlp-quote P | R | F1 |\n");
    out.append("|---|---|---|---|---|---|---|\n");
    Scores o = result.ours();
    Scores b = result.baseline();
    count(out, "documents", o.documents(), b == null ? null : (long) b.documents());
    count(out, "gold attributions", o.goldAttributions(), b == null ? null : b.goldAttributions());
    count(out, "gold direct quotes", o.goldDirect(), b == null ? null : b.goldDirect());
    count(
        out,
        "predicted statements",
        o.predictedStatements(),
        b == null ? null : b.predictedStatements());
    count(out, "predicted direct", o.predictedDirect(), b == null ? null : b.predictedDirect());
    row(out, "cue", o.cue(), b == null ? null : b.cue());
    row(out, "source", o.source(), b == null ? null : b.source());
    row(out, "content (tokens)", o.content(), b == null ? null : b.content());
    row(out, "direct: cue", o.directCue(), b == null ? null : b.directCue());
    row(out, "direct: source", o.directSource(), b == null ? null : b.directSource());
    row(out, "direct: content (tokens)", o.directContent(), b == null ? null : b.directContent());
    out.append(
        String.format(
            "| direct: speaker precision | %.3f | | | %s | | |%n",
            o.directSpeaker().precision(),
            b == null ? "-" : String.format("%.3f", b.directSpeaker().precision())));
    out.append(KindScores.table(result.byKind()));
    out.append(result.confidence().table());
    out.append(
        "\nBaseline pairing: CoreNLP quotes have no cue, so they pair with gold attributions by"
            + " content overlap and get no cue score.\n");
    return out.toString();
  }

  private static void count(StringBuilder out, String name, long ours, Long baseline) {
    out.append(
        String.format("| %s | %d | | | %s | | |%n", name, ours, baseline == null ? "-" : baseline));
  }

  private static void row(StringBuilder out, String name, Prf ours, Prf baseline) {
    out.append(String.format("| %s | %s | %s |%n", name, prf(ours), prf(baseline)));
  }

  private static String prf(Prf s) {
    return s == null
        ? "n/a | n/a | n/a"
        : String.format("%.3f | %.3f | %.3f", s.precision(), s.recall(), s.f1());
  }

  private static Map<String, Object> json(Result result) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("gold", result.gold().toString());
    out.put("documents", result.documents());
    out.put("multiAnnotatorTexts", result.multiAnnotatorTexts());
    out.put("annotationRule", "first annotation file by file name");
    out.put("newsevents", json(result.ours()));
    out.put("corenlpQuote", result.baseline() == null ? null : json(result.baseline()));
    out.put("precisionByKind", KindScores.json(result.byKind()));
    out.put("statementConfidence", result.confidence().json());
    return out;
  }

  private static Map<String, Object> json(Scores s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("goldAttributions", s.goldAttributions());
    out.put("goldDirect", s.goldDirect());
    out.put("predictedStatements", s.predictedStatements());
    out.put("predictedDirect", s.predictedDirect());
    out.put("cue", json(s.cue()));
    out.put("source", json(s.source()));
    out.put("content", json(s.content()));
    out.put("directCue", json(s.directCue()));
    out.put("directSource", json(s.directSource()));
    out.put("directContent", json(s.directContent()));
    out.put("directSpeakerPrecision", s.directSpeaker().precision());
    return out;
  }

  private static Map<String, Object> json(Prf s) {
    return s == null ? null : s.json();
  }
}
