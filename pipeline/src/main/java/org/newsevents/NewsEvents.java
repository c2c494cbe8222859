package org.newsevents;

import java.time.Duration;
import java.time.Instant;
import org.apache.beam.runners.dataflow.DataflowRunner;
import org.apache.beam.runners.dataflow.options.DataflowPipelineOptions;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.newsevents.input.BundledSample;
import org.newsevents.input.FieldMapping;
import org.newsevents.schema.Article;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.transforms.ClusterArticles;
import org.newsevents.transforms.ClusterEvents;
import org.newsevents.transforms.ExtractEvents;
import org.newsevents.transforms.NormalizeArticles;
import org.newsevents.transforms.ReadArticles;
import org.newsevents.transforms.WriteRecords;

/**
 * The newsevents batch pipeline: news articles go in; Avro article, event, event cluster and error
 * records and a run summary come out.
 */
public final class NewsEvents {

  private NewsEvents() {}

  public static void main(String[] args) throws Exception {
    // Registered so that --help=org.newsevents.NewsEventsOptions lists our options.
    PipelineOptionsFactory.register(NewsEventsOptions.class);
    NewsEventsOptions options =
        PipelineOptionsFactory.fromArgs(args).withValidation().as(NewsEventsOptions.class);
    withoutDirectRunnerChecks(options, args);
    String template = options.as(DataflowPipelineOptions.class).getTemplateLocation();
    if (DataflowRunner.class.equals(options.getRunner()) && template != null) {
      writeTemplate(options);
      System.out.println("newsevents: Dataflow job written to " + template + ", not run");
      return;
    }
    System.out.println(run(options).describe());
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
    Instant start = Instant.now();
    Pipeline pipeline = Pipeline.create(options);
    buildPipeline(pipeline, options);
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
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
                    .withBuckets(options.getAnnotationBuckets()));
    PCollection<Article> articles =
        extracted
            .get(ExtractEvents.ARTICLES)
            .apply("Cluster Articles", ClusterArticles.byMinHash());
    PCollectionTuple events =
        extracted
            .get(ExtractEvents.EVENTS)
            .apply("Cluster Events", ClusterEvents.ofArticles(articles));
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
            WriteRecords.to(options.getOutput()).withMetadata(RunConfiguration.metadata(options)));
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
