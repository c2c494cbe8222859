package org.newsevents.transforms;

import java.util.Map;
import org.apache.beam.sdk.extensions.avro.io.AvroIO;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
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
    write(records.get(ARTICLES), "Write Articles", Article.class, "articles");
    write(records.get(EVENTS), "Write Events", Event.class, "events");
    write(records.get(CLUSTERS), "Write Clusters", EventCluster.class, "clusters");
    PCollection<ErrorRecord> errors =
        records
            .get(ERRORS)
            .apply("Count Errors", ParDo.of(new CountErrorsFn()))
            .setCoder(RecordCoder.of(ErrorRecord.class));
    write(errors, "Write Errors", ErrorRecord.class, "errors");
    return PDone.in(records.getPipeline());
  }

  /** Writes {@code <output>/<name>-*.avro}, with the run's metadata in every file. */
  private <T> void write(PCollection<T> records, String step, Class<T> type, String name) {
    records.apply(
        step, AvroIO.write(type).to(output + "/" + name).withSuffix(SUFFIX).withMetadata(metadata));
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
