package org.newsevents;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.util.MimeTypes;
import org.newsevents.records.OutputRecords;
import org.newsevents.transforms.ClusterArticles;
import org.newsevents.transforms.ClusterEvents;
import org.newsevents.transforms.ExtractEvents;
import org.newsevents.transforms.FilterStatements;
import org.newsevents.transforms.ReadArticles;
import org.newsevents.transforms.ShareActorCodes;
import org.newsevents.transforms.WriteRecords;

/**
 * What a finished run produced, from its counters: a pipeline result goes in; the counts, the time
 * taken, a one-line description and {@code run-summary.json} come out.
 */
@JsonPropertyOrder({
  "input",
  "output",
  "profile",
  "inputs",
  "articles",
  "statements",
  "statementsBelowConfidence",
  "events",
  "actorSlotsFromCollection",
  "articleClusters",
  "nearDuplicateArticles",
  "eventClusters",
  "crossArticleEventClusters",
  "errors",
  "errorsByStage",
  "annotated",
  "copiesReused",
  "annotationStore",
  "storeHits",
  "storeMisses",
  "storeUnreadable",
  "seconds"
})
public record RunSummary(
    String input,
    String output,
    String profile,
    long inputs,
    long articles,
    long statements,
    long statementsBelowConfidence,
    long events,
    long actorSlotsFromCollection,
    long articleClusters,
    long nearDuplicateArticles,
    long eventClusters,
    long crossArticleEventClusters,
    long errors,
    Map<String, Long> errorsByStage,
    long annotated,
    long copiesReused,
    String annotationStore,
    long storeHits,
    long storeMisses,
    long storeUnreadable,
    double seconds) {

  public static final String FILE_NAME = OutputRecords.SUMMARY_FILE;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT);

  /** The summary of a finished run of {@code options} that took {@code took}. */
  public static RunSummary of(PipelineResult result, NewsEventsOptions options, Duration took) {
    Map<String, Long> read = counters(result, ReadArticles.class);
    Map<String, Long> extracted = counters(result, ExtractEvents.class);
    Map<String, Long> written = counters(result, WriteRecords.class);
    Map<String, Long> articleClusters = counters(result, ClusterArticles.class);
    Map<String, Long> eventClusters = counters(result, ClusterEvents.class);
    Map<String, Long> byStage = new TreeMap<>();
    String stagePrefix = WriteRecords.ERRORS_COUNTER + ".";
    written.forEach(
        (name, value) -> {
          if (name.startsWith(stagePrefix)) {
            byStage.put(name.substring(stagePrefix.length()), value);
          }
        });
    return new RunSummary(
        options.getInput(),
        options.getOutput(),
        options.getProfile(),
        read.getOrDefault(ReadArticles.INPUTS_COUNTER, 0L),
        extracted.getOrDefault(ExtractEvents.Counters.ARTICLES, 0L),
        extracted.getOrDefault(ExtractEvents.Counters.STATEMENTS, 0L),
        counters(result, FilterStatements.class)
            .getOrDefault(FilterStatements.Counters.BELOW_CONFIDENCE, 0L),
        extracted.getOrDefault(ExtractEvents.Counters.EVENTS, 0L),
        counters(result, ShareActorCodes.class).getOrDefault(ShareActorCodes.Counters.FILLED, 0L),
        articleClusters.getOrDefault(ClusterArticles.Counters.CLUSTERS, 0L),
        articleClusters.getOrDefault(ClusterArticles.Counters.NEAR_DUPLICATES, 0L),
        eventClusters.getOrDefault(ClusterEvents.Counters.CLUSTERS, 0L),
        eventClusters.getOrDefault(ClusterEvents.Counters.CROSS_ARTICLE, 0L),
        written.getOrDefault(WriteRecords.ERRORS_COUNTER, 0L),
        byStage,
        extracted.getOrDefault(ExtractEvents.Counters.ANNOTATED, 0L),
        extracted.getOrDefault(ExtractEvents.Counters.COPIES_REUSED, 0L),
        options.getAnnotationStore() == null ? "" : options.getAnnotationStore(),
        extracted.getOrDefault(ExtractEvents.Counters.STORE_HITS, 0L),
        extracted.getOrDefault(ExtractEvents.Counters.STORE_MISSES, 0L),
        extracted.getOrDefault(ExtractEvents.Counters.STORE_UNREADABLE, 0L),
        took.toMillis() / 1000.0);
  }

  /** One line for the console. */
  public String describe() {
    return String.format(
        "newsevents: %d inputs, %d articles (%d near duplicates), %d statements%s, %d events in %d"
            + " clusters (%d across articles), %d errors %s, annotated %d%s in %.1f s%s -> %s",
        inputs,
        articles,
        nearDuplicateArticles,
        statements,
        statementsBelowConfidence == 0
            ? ""
            : " (" + statementsBelowConfidence + " below --minStatementConfidence dropped)",
        events,
        eventClusters,
        crossArticleEventClusters,
        errors,
        errorsByStage,
        annotated,
        annotationStore.isEmpty()
            ? ""
            : String.format(
                " (store %s: %d hits, %d misses%s)",
                annotationStore,
                storeHits,
                storeMisses,
                storeUnreadable == 0 ? "" : ", " + storeUnreadable + " unreadable"),
        seconds,
        balanced() ? "" : " (UNBALANCED: inputs != articles + errors)",
        output);
  }

  /** Whether every input document became exactly one article or one error record. */
  public boolean balanced() {
    return inputs == articles + errors;
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@value #FILE_NAME} into the output directory (local or any Beam file system). */
  public void writeTo(String outputDirectory) {
    String path = outputDirectory.replaceAll("/+$", "") + "/" + FILE_NAME;
    try (OutputStream out =
        Channels.newOutputStream(
            FileSystems.create(FileSystems.matchNewResource(path, false), MimeTypes.TEXT))) {
      out.write(toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  /**
   * The counters of one namespace summed over steps; committed values where the runner has them.
   */
  public static Map<String, Long> counters(PipelineResult result, Class<?> namespace) {
    MetricQueryResults metrics =
        result
            .metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(MetricNameFilter.inNamespace(namespace))
                    .build());
    Map<String, Long> values = new TreeMap<>();
    for (MetricResult<Long> counter : metrics.getCounters()) {
      values.merge(counter.getName().getName(), value(counter), Long::sum);
    }
    return values;
  }

  private static long value(MetricResult<Long> counter) {
    try {
      return counter.getCommitted();
    } catch (UnsupportedOperationException e) {
      return counter.getAttempted();
    }
  }
}
