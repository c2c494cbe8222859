package org.newsevents.tools.eval;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.events.TriggerFeatures;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.time.TimeNormalizer;
import org.newsevents.records.Hashes;
import org.newsevents.schema.Article;
import org.newsevents.schema.Event;
import org.newsevents.schema.Timex;
import org.newsevents.tools.cli.OptionValues;
import org.newsevents.tools.cli.SharedOptions;
import org.newsevents.tools.eval.TimeMlScorer.Mention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code eval-timeml} command: TimeML files go in; each document's plain text is analyzed as an
 * article body (unchanged, published at the DCT's UTC midnight) and the scores of its events and
 * time expressions against the gold annotations come out as a table and, optionally, a JSON report.
 *
 * <p>The method is that of {@link TimeMlScorer}.
 */
@Command(
    name = "eval-timeml",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description =
        "scores event triggers, TimeML classes and time expressions against TimeML gold"
            + " (TimeBank, AQUAINT)")
public final class EvalTimeMl implements Callable<Integer> {

  static final String DEFAULT_GOLD =
      "../shared/data/timebank/TimeBank,../shared/data/timebank/AQUAINT";

  /** A progress line goes to stderr after this many documents. */
  private static final int PROGRESS_EVERY = 25;

  /** The normalizers {@code --folds} compares when {@code --normalizers} names none. */
  static final String DEFAULT_NORMALIZERS =
      "sutime,heideltime,heideltime:noconvert,heideltime-weekdays,heideltime-resolved,combined,"
          + "combined:noconvert,combined-sutime-spans";

  /** The options of one evaluation ({@code timeNormalizer} null: the profile's). */
  record Options(
      List<Path> gold,
      int limit,
      Path report,
      int threads,
      String profile,
      TimeNormalizer timeNormalizer) {

    Options(List<Path> gold, int limit, Path report, int threads, String profile) {
      this(gold, limit, report, threads, profile, null);
    }
  }

  @Option(
      names = "--gold",
      paramLabel = "DIR",
      split = "\\s*,\\s*",
      splitSynopsisLabel = ",",
      defaultValue = DEFAULT_GOLD,
      description = "TimeML directories, comma-separated")
  List<Path> gold;

  @Mixin SharedOptions.FirstDocuments first;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "2",
      converter = OptionValues.AtLeastOne.class,
      description = "documents analyzed at once over one shared pipeline")
  int threads;

  @Option(
      names = "--time-normalizer",
      paramLabel = "NAME",
      converter = OptionValues.TimeNormalizerName.class,
      description =
          "time normalizer instead of the profile's time.normalizer: sutime, heideltime,"
              + " heideltime-weekdays, heideltime-resolved, combined or combined-sutime-spans,"
              + " optionally with"
              + " :noconvert (HeidelTime's ConvertDurations off)")
  TimeNormalizer timeNormalizer;

  @Option(
      names = "--folds",
      paramLabel = "K",
      converter = OptionValues.AtLeastOne.class,
      description =
          "K-fold document cross-validation, each document annotated once: per time normalizer,"
              + " TIMEX span/type/value F1 per fold; event P/R/F1 and class F1 per fold with the"
              + " trigger and class models trained on the other folds; mean and spread")
  Integer folds;

  @Option(
      names = "--normalizers",
      paramLabel = "NAME",
      split = "\\s*,\\s*",
      splitSynopsisLabel = ",",
      defaultValue = DEFAULT_NORMALIZERS,
      converter = OptionValues.TimeNormalizerName.class,
      description = "the time normalizers --folds compares")
  List<TimeNormalizer> normalizers;

  @Option(
      names = "--class-sigmas",
      paramLabel = "S",
      split = "\\s*,\\s*",
      splitSynopsisLabel = ",",
      defaultValue = "0.25,0.35,0.5,1,2,4",
      description =
          "with --folds: the class model's Gaussian priors, one chosen per fold by 5-fold"
              + " cross-validation inside that fold's training documents")
  List<Double> classSigmas;

  @Option(
      names = "--trigger-sigmas",
      paramLabel = "S",
      split = "\\s*,\\s*",
      splitSynopsisLabel = ",",
      defaultValue = "0.5,1,2",
      description =
          "with --folds: the trigger model's Gaussian priors; one, with its P(EVENT) threshold,"
              + " chosen per fold by 4-fold cross-validation inside that fold's training documents")
  List<Double> triggerSigmas;

  @Option(
      names = "--annotation-cache",
      paramLabel = "DIR",
      description =
          "with --folds: keep CoreNLP annotations of the documents in DIR and reuse them"
              + " (before/after comparisons; the annotation cost printed is then that of reading)")
  Path annotationCache;

  @Option(
      names = "--timex-errors",
      paramLabel = "FILE",
      description =
          "with --folds: write every TIMEX value error of every normalizer (wrong value, missed,"
              + " spurious; gold and ours, pattern group, sentence) to FILE as TSV")
  Path timexErrors;

  @Option(
      names = "--event-errors",
      paramLabel = "FILE",
      description =
          "with --folds: write every held-out missed and false event (fold, document, lemma, gold"
              + " or our class, the words around it) to FILE as TSV")
  Path eventErrors;

  @Option(
      names = "--event-date-errors",
      paramLabel = "FILE",
      description =
          "with --folds: write every held-out matched event whose date is not a gold one (outcome,"
              + " document, DCT, trigger, gold dates or DCT relation, our date, source, mod and"
              + " time expression, the words around it) to FILE as TSV")
  Path eventDateErrors;

  @Option(
      names = "--timex-only",
      description = "with --folds: the TIMEX cross-validation only, no event models trained")
  boolean timexOnly;

  @Mixin SharedOptions.Evaluation evaluation;

  /** One scored document: gold, our mentions, and the lemma of each token by its begin offset. */
  record Scored(
      TimeMlDocument doc,
      List<Mention> events,
      List<Mention> timexes,
      int skippedTimexes,
      Map<Integer, String> lemmas) {}

  @Override
  public Integer call() throws IOException, InterruptedException {
    Options options =
        new Options(
            gold, first.count(), evaluation.report, threads, evaluation.profile, timeNormalizer);
    if (folds != null) {
      System.out.print(
          crossValidate(
              options,
              normalizers,
              folds,
              timexOnly ? null : classSigmas,
              triggerSigmas,
              annotationCache,
              timexErrors,
              eventErrors,
              eventDateErrors));
      return 0;
    }
    TimeMlTally tally = run(options);
    System.out.print(tally.table());
    if (options.report() != null) {
      tally.writeJson(options.report());
      System.out.println("report: " + options.report());
    }
    return 0;
  }

  /** Scores the documents of the options and returns the totals. */
  public static TimeMlTally run(Options options) throws IOException, InterruptedException {
    List<Path> files = files(options.gold(), options.limit());
    ArticleAnalyzer analyzer = analyzer(options);
    TimeMlTally tally = new TimeMlTally();
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    try {
      List<Future<Scored>> futures = new ArrayList<>();
      for (Path file : files) {
        futures.add(pool.submit(() -> score(analyzer, TimeMlDocument.read(file))));
      }
      for (int i = 0; i < files.size(); i++) {
        try {
          tally.add(futures.get(i).get());
        } catch (ExecutionException e) {
          tally.fail(files.get(i).toString(), String.valueOf(e.getCause()));
        }
        if ((i + 1) % PROGRESS_EVERY == 0) {
          System.err.printf("eval-timeml: %d/%d documents%n", i + 1, files.size());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return tally;
  }

  private static ArticleAnalyzer analyzer(Options options) {
    return options.timeNormalizer() == null
        ? ArticleAnalyzer.forProfile(options.profile())
        : ArticleAnalyzer.forProfile(options.profile(), options.timeNormalizer());
  }

  /**
   * The cross-validation tables over the documents of the options, each annotated once: the
   * normalizers' TIMEX scores, then the events with trigger and class models trained per fold (the
   * class model's prior among {@code sigmas}, the trigger model's among {@code triggerSigmas} with
   * its threshold; with {@code sigmas} null the events are skipped); a document that cannot be read
   * or analyzed is named on stderr and left out of every score. With a report file, every fold's
   * held-out results (events by that fold's models, timexes by the analyzer's normalizer) go there
   * as {@link TimeMlTally} JSON, error lists included.
   */
  static String crossValidate(
      Options options,
      List<TimeNormalizer> compared,
      int k,
      List<Double> sigmas,
      List<Double> triggerSigmas,
      Path cacheDir,
      Path errorsFile,
      Path eventErrorsFile,
      Path eventDateErrorsFile)
      throws IOException, InterruptedException {
    List<String> errors = errorsFile == null ? null : new ArrayList<>();
    List<Path> files = files(options.gold(), options.limit());
    ArticleAnalyzer analyzer = analyzer(options);
    AnnotationCache cache = new AnnotationCache(cacheDir, options.profile(), () -> analyzer);
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    List<TimeMlFolds.DocumentScores> docs = new ArrayList<>();
    List<TimeMlFolds.Annotation> annotated = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    try {
      List<Future<TimeMlFolds.Annotation>> futures = new ArrayList<>();
      for (Path file : files) {
        futures.add(pool.submit(() -> TimeMlFolds.annotate(cache, file)));
      }
      for (int i = 0; i < files.size(); i++) {
        try {
          TimeMlFolds.Annotation one = futures.get(i).get();
          docs.add(TimeMlFolds.score(analyzer, one, compared, errors));
          annotated.add(one);
        } catch (ExecutionException | RuntimeException e) {
          Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
          System.err.printf("eval-timeml: %s failed: %s%n", files.get(i), cause);
        }
        if ((i + 1) % PROGRESS_EVERY == 0) {
          System.err.printf("eval-timeml: %d/%d documents%n", i + 1, files.size());
        }
      }
      out.append(TimeMlFolds.table(docs, compared, k));
      if (errors != null) {
        out.append(TimexErrors.write(errorsFile, errors));
      }
      if (sigmas == null) {
        return out.toString();
      }
      List<TimeMlEventFolds.Fold> folds =
          TimeMlEventFolds.run(analyzer, annotated, k, sigmas, triggerSigmas, pool);
      out.append(TimeMlEventFolds.table(folds, annotated.size()));
      if (eventErrorsFile != null) {
        out.append(TimeMlEventFolds.writeErrors(eventErrorsFile, folds));
      }
      if (eventDateErrorsFile != null) {
        out.append(TimeMlEventFolds.writeDateErrors(eventDateErrorsFile, folds));
      }
      if (options.report() != null) {
        TimeMlTally tally = new TimeMlTally();
        folds.forEach(fold -> fold.scored().forEach(tally::add));
        tally.writeJson(options.report());
        out.append("report (held-out events of every fold): " + options.report() + "\n");
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("event cross-validation failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return out.toString();
  }

  /** The {@code .tml} files of each directory in name order, at most {@code limit} in all. */
  static List<Path> files(List<Path> dirs, int limit) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        throw new IOException("not a directory: " + dir.toAbsolutePath());
      }
      try (Stream<Path> listing = Files.list(dir)) {
        listing.filter(p -> p.toString().endsWith(".tml")).sorted().forEach(files::add);
      }
    }
    return files.subList(0, Math.min(limit, files.size()));
  }

  /** Analyzes one document's text and converts our events and timexes to mentions. */
  static Scored score(ArticleAnalyzer analyzer, TimeMlDocument doc) {
    LocalDate published = published(doc);
    Article article = article(doc, published);
    return score(analyzer, doc, analyzer.annotate(article.getBody(), published));
  }

  /** Extracts from one document's annotated text and converts our events and timexes. */
  static Scored score(ArticleAnalyzer analyzer, TimeMlDocument doc, AnnotatedText text) {
    LocalDate published = published(doc);
    ArticleAnalyzer.Analysis analysis = analyzer.extract(article(doc, published), text, published);

    List<Mention> events = new ArrayList<>();
    for (Event event : analysis.events()) {
      if (event.getStatement() != null && event.getStatement().getCue() == null) {
        // A quotation with no cue word of its own: its trigger is the opening quotation mark, a
        // placeholder that no TimeML annotator would mark as an event.
        continue;
      }
      events.add(
          Mention.of(
              event.getTrigger().getBegin(),
              event.getTrigger().getEnd(),
              event.getTrigger().getText(),
              "class",
              event.getTimemlClass(),
              "lemma",
              event.getTrigger().getLemma(),
              "date",
              event.getTime() == null ? null : event.getTime().getValue(),
              "source",
              event.getTime() == null ? null : event.getTime().getSource().name(),
              "mod",
              event.getTime() == null ? null : event.getTime().getMod(),
              "timex",
              event.getTime() == null ? null : event.getTime().getText()));
    }
    List<Mention> timexes = new ArrayList<>();
    int skipped = 0;
    for (Timex timex : analysis.article().getTimexes()) {
      if (timex.getValue() == null || timex.getValue().isBlank()) {
        skipped++;
        continue;
      }
      timexes.add(
          Mention.of(
              timex.getBegin(),
              timex.getEnd(),
              timex.getText(),
              "type",
              timex.getType(),
              "value",
              timex.getValue()));
    }
    // The lemma with its coarse part of speech ("attack/N"), so that the error lists tell the
    // verb from the noun.
    Map<Integer, String> lemmas = new HashMap<>();
    for (int s = 0; s < text.sentenceCount(); s++) {
      for (CoreLabel token : text.tokens(s)) {
        String pos = TriggerFeatures.coarse(token.tag());
        lemmas.put(token.beginPosition(), token.lemma() + "/" + (pos == null ? "other" : pos));
      }
    }
    return new Scored(doc, events, timexes, skipped, lemmas);
  }

  /** The date of the document's creation time, or null. */
  static LocalDate published(TimeMlDocument doc) {
    return doc.dct() == null ? null : LocalDate.parse(doc.dct().substring(0, 10));
  }

  /** The document's plain text as an article body, unchanged, published at the DCT. */
  static Article article(TimeMlDocument doc, LocalDate published) {
    return Article.newBuilder()
        .setDocId(doc.docId())
        .setSource("timeml:" + doc.docId())
        .setBody(doc.text())
        .setContentHash(Hashes.sha256Hex(doc.text()))
        .setPublished(published == null ? null : published.atStartOfDay(ZoneOffset.UTC).toInstant())
        .build();
  }
}
