package org.newsevents;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.apache.beam.runners.dataflow.DataflowRunner;
import org.apache.beam.runners.dataflow.options.DataflowPipelineOptions;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.newsevents.input.BundledSample;
import org.newsevents.input.FieldMapping;
import org.newsevents.input.InputFiles;
import org.newsevents.schema.Article;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.transforms.ClusterArticles;
import org.newsevents.transforms.ClusterEvents;
import org.newsevents.transforms.ExtractEvents;
import org.newsevents.transforms.FilterStatements;
import org.newsevents.transforms.NormalizeArticles;
import org.newsevents.transforms.ReadArticles;
import org.newsevents.transforms.ShareActorCodes;
import org.newsevents.transforms.WarmRunJit;
import org.newsevents.transforms.WriteRecords;
import org.slf4j.LoggerFactory;

/**
 * The newsevents batch pipeline: news articles go in; Avro article, event, event cluster and error
 * records and a run summary come out.
 */
public final class NewsEvents {

  private NewsEvents() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the pipeline as the command line says and returns the exit code: 0 for a finished run, 2
   * for a mistake in the command line (one line on stderr), 1 for a failed run (one line naming the
   * log). Beam's and CoreNLP's log goes to the output directory unless {@code --verbose}.
   */
  public static int run(String[] args) {
    RunArguments given = RunArguments.of(args);
    if (given.help()) {
      RunArguments.printHelp(System.out);
      return 0;
    }
    Path log = null;
    try {
      log = given.verbose() ? null : RunLog.toFile(given.output());
      RunLog.quietDefaults();
      String[] beamArgs = given.beamArgs();
      NewsEventsOptions options =
          PipelineOptionsFactory.fromArgs(beamArgs).withValidation().as(NewsEventsOptions.class);
      FileSystems.setDefaultPipelineOptions(options);
      checkInput(options.getInput());
      withoutDirectRunnerChecks(options, beamArgs);
      String template = options.as(DataflowPipelineOptions.class).getTemplateLocation();
      if (DataflowRunner.class.equals(options.getRunner()) && template != null) {
        writeTemplate(options);
        System.out.println("newsevents: Dataflow job written to " + template + ", not run");
        return 0;
      }
      System.out.println(run(options, true).describe());
      return 0;
    } catch (RunArguments.UsageException | IllegalArgumentException e) {
      System.err.println("newsevents run: " + firstLine(e.getMessage()));
      return 2;
    } catch (RuntimeException e) {
      LoggerFactory.getLogger(NewsEvents.class).error("run failed", e);
      System.err.println(
          "newsevents run: failed: "
              + firstLine(rootCause(e).toString())
              + (log == null ? "" : " (log: " + log + ")"));
      return 1;
    }
  }

  /** A local input that matches no file is a mistake in the command line, found before any work. */
  private static void checkInput(String input) {
    if (input == null || input.isBlank() || input.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
      return;
    }
    String pattern = InputFiles.resolve(input).filepattern();
    try {
      MatchResult match = FileSystems.match(pattern, EmptyMatchTreatment.DISALLOW);
      if (match.status() != MatchResult.Status.OK) {
        throw new RunArguments.UsageException("no input file matches " + input);
      }
    } catch (IOException e) {
      throw new RunArguments.UsageException("cannot read the input " + input + ": " + e);
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  /**
   * With {@code --templateLocation} the Dataflow runner writes the job instead of running it: there
   * is no run to wait for and no counters to summarize.
   */
  private static void writeTemplate(NewsEventsOptions options) {
    Pipeline pipeline = Pipeline.create(options);
    buildPipeline(pipeline, options);
    pipeline.run();
  }

  /**
   * The direct runner's immutability and encodability checks are test aids: per bundle they
   * translate the transform and copy every element, which stalled a 2,225-article run in its write
   * step. Production runs turn them off unless asked for; tests keep them on. Other runners have no
   * such checks, and their options stay as given.
   */
  public static void withoutDirectRunnerChecks(NewsEventsOptions options, String[] args) {
    if (!DirectRunner.class.equals(options.getRunner())) {
      return;
    }
    String given = String.join(" ", args);
    DirectOptions direct = options.as(DirectOptions.class);
    if (!given.contains("--enforceImmutability")) {
      direct.setEnforceImmutability(false);
    }
    if (!given.contains("--enforceEncodability")) {
      direct.setEnforceEncodability(false);
    }
  }

  /** Runs the pipeline to the end and writes its summary beside the records. */
  public static RunSummary run(NewsEventsOptions options) {
    return run(options, false);
  }

  /**
   * Runs the pipeline to the end, with a progress line on the console when asked (the direct runner
   * then returns at once and its counters are read while it runs), and writes its summary.
   */
  private static RunSummary run(NewsEventsOptions options, boolean showProgress) {
    Instant start = Instant.now();
    boolean progress = showProgress && DirectRunner.class.equals(options.getRunner());
    if (progress) {
      options.as(DirectOptions.class).setBlockOnRun(false);
    }
    // The job name keys this run's WarmRunJit tally; set, so that every copy of the options holds
    // it.
    options.setJobName(options.getJobName());
    Pipeline pipeline = Pipeline.create(options);
    buildPipeline(pipeline, options);
    PipelineResult result;
    try {
      result = pipeline.run();
      if (progress) {
        try (Progress line = Progress.of(result, System.err, System.console() != null)) {
          result.waitUntilFinish();
        }
      } else {
        result.waitUntilFinish();
      }
    } finally {
      WarmRunJit.finished(warmRunJit(options));
    }
    RunSummary summary = RunSummary.of(result, options, Duration.between(start, Instant.now()));
    summary.writeTo(options.getOutput());
    return summary;
  }

  /**
   * Read articles, normalize them, extract their events, cluster near-duplicate articles and the
   * events across articles, write the records.
   */
  public static void buildPipeline(Pipeline pipeline, NewsEventsOptions options) {
    PCollectionTuple read = pipeline.apply("Read Articles", readArticles(options));
    PCollectionTuple normalized =
        read.get(ReadArticles.ARTICLES)
            .apply(
                "Normalize Articles",
                NormalizeArticles.withLimits(
                    options.getMaxArticleChars(), options.getMaxSentenceTokens()));
    PCollectionTuple extracted =
        normalized
            .get(NormalizeArticles.ARTICLES)
            .apply(
                "Extract Events",
                ExtractEvents.withProfile(options.getProfile())
                    .withTimeout(
                        Duration.ofMillis(Math.round(options.getAnnotationTimeoutSeconds() * 1000)))
                    .withBuckets(options.getAnnotationBuckets())
                    .withAnnotationStore(options.getAnnotationStore())
                    .withStoreHitBuckets(options.getStoreHitBuckets())
                    .withWarmRunJit(warmRunJit(options)));
    PCollection<Article> articles =
        extracted
            .get(ExtractEvents.ARTICLES)
            .apply("Cluster Articles", ClusterArticles.byMinHash());
    PCollectionTuple events =
        extracted
            .get(ExtractEvents.EVENTS)
            .apply(
                "Filter Statements",
                FilterStatements.withMinConfidence(options.getMinStatementConfidence()))
            .apply(
                "Share Actor Codes",
                ShareActorCodes.acrossArticles(Boolean.TRUE.equals(options.getShareActorCodes()))
                    .withShards(
                        DirectRunner.class.equals(options.getRunner())
                            ? ShareActorCodes.DIRECT_SHARDS
                            : ShareActorCodes.SHARDS))
            .apply(
                "Cluster Events",
                DirectRunner.class.equals(options.getRunner())
                    ? ClusterEvents.ofArticles(articles)
                        .withShardsByType(ClusterEvents.DIRECT_SHARDS)
                    : ClusterEvents.ofArticles(articles).withShards(ClusterEvents.SHARDS));
    PCollection<ErrorRecord> errors =
        PCollectionList.of(read.get(ReadArticles.ERRORS))
            .and(normalized.get(NormalizeArticles.ERRORS))
            .and(extracted.get(ExtractEvents.ERRORS))
            .apply("Collect Errors", Flatten.pCollections());
    PCollectionTuple.of(WriteRecords.ARTICLES, articles)
        .and(WriteRecords.EVENTS, events.get(ClusterEvents.EVENTS))
        .and(WriteRecords.CLUSTERS, events.get(ClusterEvents.CLUSTERS))
        .and(WriteRecords.ERRORS, errors)
        .apply(
            "Write Records",
            WriteRecords.to(options.getOutput())
                .withMetadata(RunConfiguration.metadata(options))
                .withShards(options.getOutputShards()));
  }

  /**
   * The run's key for {@link WarmRunJit} (its job name), or empty where the JIT is left alone: the
   * option is off, there is no store, or the runner is not the direct runner (whose GroupByKey keys
   * every article before the first is extracted, in this JVM).
   */
  static String warmRunJit(NewsEventsOptions options) {
    boolean applies =
        Boolean.TRUE.equals(options.getWarmRunJit())
            && DirectRunner.class.equals(options.getRunner())
            && options.getAnnotationStore() != null
            && !options.getAnnotationStore().isBlank();
    return applies ? options.getJobName() : "";
  }

  private static ReadArticles readArticles(NewsEventsOptions options) {
    String input = options.getInput();
    return ReadArticles.from(
            input == null || input.isBlank() ? BundledSample.path() : input,
            options.getInputFormat())
        .withFieldMapping(
            FieldMapping.of(
                options.getIdField(),
                options.getTitleField(),
                options.getDateField(),
                options.getTextField(),
                options.getUrlField()))
        .withMaxFileBytes(options.getMaxFileBytes());
  }
}
