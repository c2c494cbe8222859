package org.newsevents.transforms;

import java.io.IOException;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.Encoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.extensions.avro.io.AvroIO;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.CoderUtils;
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

  /**
   * Writes {@code <output>/<name>-*.avro}, with the run's metadata in every file. The records reach
   * the file writer as their encoded bytes ({@link EncodedRecords}).
   */
  private <T extends SpecificRecord> void write(
      PCollection<T> records, String step, Class<T> type, String name) {
    records.apply(step, new EncodedRecords<>(type, output + "/" + name, metadata));
  }

  /**
   * Encodes each record once (Avro's binary encoding, as {@link RecordCoder} and the file writer
   * encode it), and writes the bytes as they are into Avro files of the record's schema: the files
   * are those {@code AvroIO.write(type)} writes. Why: the direct runner replaces the write's
   * runner-determined sharding by a group-by-key over random shards, which copies each shard's
   * records so far (a decode and an encode each) for every bundle that reaches it and again when it
   * fires; with records that copying was 6% of a warm rerun's Java samples (400 BBC articles,
   * 20,772 events), with bytes it is an array copy. Other runners pay the one encode either way.
   */
  private static final class EncodedRecords<T extends SpecificRecord>
      extends PTransform<PCollection<T>, PDone> {
    private final Class<T> type;
    private final String prefix;
    private final Map<String, Object> metadata;

    EncodedRecords(Class<T> type, String prefix, Map<String, Object> metadata) {
      this.type = type;
      this.prefix = prefix;
      this.metadata = metadata;
    }

    @Override
    public PDone expand(PCollection<T> records) {
      Schema schema = SpecificData.get().getSchema(type);
      records
          .apply("Encode Records", ParDo.of(new EncodeFn<>(type)))
          .setCoder(ByteArrayCoder.of())
          .apply(
              "Write Avro",
              AvroIO.<byte[], byte[]>writeCustomType(byte[].class)
                  .withFormatFunction(bytes -> bytes)
                  .withSchema(schema)
                  .withDatumWriterFactory(s -> new EncodedDatumWriter())
                  .to(prefix)
                  .withSuffix(SUFFIX)
                  .withMetadata(metadata));
      return PDone.in(records.getPipeline());
    }
  }

  /** A record as Avro's binary encoding (no length, no schema). */
  static final class EncodeFn<T extends SpecificRecord> extends DoFn<T, byte[]> {
    private final RecordCoder<T> coder;

    EncodeFn(Class<T> type) {
      this.coder = RecordCoder.of(type);
    }

    @ProcessElement
    public void processElement(@Element T record, OutputReceiver<byte[]> out)
        throws CoderException {
      out.output(CoderUtils.encodeToByteArray(coder, record));
    }
  }

  /** Writes a datum that is already the binary encoding of a record of the file's schema. */
  static final class EncodedDatumWriter implements DatumWriter<byte[]> {
    @Override
    public void setSchema(Schema schema) {}

    @Override
    public void write(byte[] datum, Encoder out) throws IOException {
      out.writeFixed(datum);
    }
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
