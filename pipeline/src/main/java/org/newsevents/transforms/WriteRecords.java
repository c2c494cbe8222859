package org.newsevents.transforms;

import java.util.Map;
import org.apache.beam.sdk.extensions.avro.io.AvroIO;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;
import org.newsevents.schema.Article;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.schema.Event;
import org.newsevents.schema.EventCluster;

/**
 * Writes the records of a run as Avro: a tuple of {@link #ARTICLES}, {@link #EVENTS}, {@link
 * #CLUSTERS} and {@link #ERRORS} (of all stages) goes in; {@code articles-*.avro}, {@code
 * events-*.avro}, {@code clusters-*.avro} and {@code errors-*.avro} under the output directory come
 * out.
 */
public class WriteRecords extends PTransform<PCollectionTuple, PDone> {

  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Event> EVENTS = new TupleTag<>() {};
  public static final TupleTag<EventCluster> CLUSTERS = new TupleTag<>() {};
  public static final TupleTag<ErrorRecord> ERRORS = new TupleTag<>() {};

  /** Counts every error record; {@code errors.<stage>} counts those of one stage. */
  public static final String ERRORS_COUNTER = "errors";

  private static final String SUFFIX = ".avro";

  private final String output;
  private final Map<String, Object> metadata;

  private WriteRecords(String output, Map<String, Object> metadata) {
    this.output = output;
    this.metadata = metadata;
  }

  /** Writes under the directory {@code output} (local or any Beam file system). */
  public static WriteRecords to(String output) {
    if (output == null || output.isBlank()) {
      throw new IllegalArgumentException("no output given");
    }
    return new WriteRecords(
        output.endsWith("/") ? output.substring(0, output.length() - 1) : output, Map.of());
  }

  /** Writes these key-value pairs into every file's Avro metadata (the run configuration). */
  public WriteRecords withMetadata(Map<String, Object> metadata) {
    return new WriteRecords(output, Map.copyOf(metadata));
  }

  @Override
  public PDone expand(PCollectionTuple records) {
    records
        .get(ARTICLES)
        .apply(
            "Write Articles",
            AvroIO.write(Article.class)
                .to(prefix("articles"))
                .withSuffix(SUFFIX)
                .withMetadata(metadata));
    records
        .get(EVENTS)
        .apply(
            "Write Events",
            AvroIO.write(Event.class)
                .to(prefix("events"))
                .withSuffix(SUFFIX)
                .withMetadata(metadata));
    records
        .get(CLUSTERS)
        .apply(
            "Write Clusters",
            AvroIO.write(EventCluster.class)
                .to(prefix("clusters"))
                .withSuffix(SUFFIX)
                .withMetadata(metadata));
    records
        .get(ERRORS)
        .apply("Count Errors", ParDo.of(new CountErrorsFn()))
        .setCoder(RecordCoder.of(ErrorRecord.class))
        .apply(
            "Write Errors",
            AvroIO.write(ErrorRecord.class)
                .to(prefix("errors"))
                .withSuffix(SUFFIX)
                .withMetadata(metadata));
    return PDone.in(records.getPipeline());
  }

  private String prefix(String name) {
    return output + "/" + name;
  }

  private static class CountErrorsFn extends DoFn<ErrorRecord, ErrorRecord> {
    @ProcessElement
    public void processElement(@Element ErrorRecord error, OutputReceiver<ErrorRecord> out) {
      Metrics.counter(WriteRecords.class, ERRORS_COUNTER).inc();
      Metrics.counter(WriteRecords.class, ERRORS_COUNTER + "." + error.getStage()).inc();
      out.output(error);
    }
  }
}
