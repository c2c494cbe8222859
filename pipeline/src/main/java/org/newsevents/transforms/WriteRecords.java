package org.newsevents.transforms;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.Encoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Contextful;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
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
 * out, each file of one record type's schema, as {@code AvroIO.write(type)} writes them.
 *
 * <p>One file write for the four record types ({@code FileIO.writeDynamic}, keyed by the type's
 * file name), not one each: a file write is about 27 primitive transforms on the direct runner (a
 * record count, a shard-count side input, reshuffles, temporary files, finalization), which the
 * runner's monitor walks on every round and prepares per bundle; four of them were 110 of the
 * pipeline's 162 primitive transforms.
 */
public class WriteRecords extends PTransform<PCollectionTuple, PDone> {

  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Event> EVENTS = new TupleTag<>() {};
  public static final TupleTag<EventCluster> CLUSTERS = new TupleTag<>() {};
  public static final TupleTag<ErrorRecord> ERRORS = new TupleTag<>() {};

  /** Counts every error record; {@code errors.<stage>} counts those of one stage. */
  public static final String ERRORS_COUNTER = "errors";

  private static final String SUFFIX = ".avro";

  /** The record types by the start of their file names. */
  private static final Map<String, Class<? extends SpecificRecord>> TYPES =
      Map.of(
          "articles", Article.class,
          "events", Event.class,
          "clusters", EventCluster.class,
          "errors", ErrorRecord.class);

  /**
   * No record: one of these per type goes into the write, so that every type has its files even
   * when it has no record (AvroIO's write of an empty collection wrote one empty file too). A
   * record's encoding is never empty (every record type has a required field).
   */
  private static final byte[] NO_RECORD = new byte[0];

  private final String output;
  private final Map<String, Object> metadata;
  private final int shards;

  private WriteRecords(String output, Map<String, Object> metadata, int shards) {
    this.output = output;
    this.metadata = metadata;
    this.shards = shards;
  }

  /** Writes under the directory {@code output} (local or any Beam file system). */
  public static WriteRecords to(String output) {
    if (output == null || output.isBlank()) {
      throw new IllegalArgumentException("no output given");
    }
    return new WriteRecords(
        output.endsWith("/") ? output.substring(0, output.length() - 1) : output, Map.of(), 0);
  }

  /** Writes these key-value pairs into every file's Avro metadata (the run configuration). */
  public WriteRecords withMetadata(Map<String, Object> metadata) {
    return new WriteRecords(output, Map.copyOf(metadata), shards);
  }

  /**
   * Writes each record type in {@code shards} shards (a shard that gets no record has no file, as
   * with the runner's own sharding); 0, the default: as many as the runner decides.
   */
  public WriteRecords withShards(int shards) {
    if (shards < 0) {
      throw new IllegalArgumentException("output shards must be 0 or more: " + shards);
    }
    return new WriteRecords(output, metadata, shards);
  }

  @Override
  public PDone expand(PCollectionTuple records) {
    PCollection<ErrorRecord> errors =
        records
            .get(ERRORS)
            .apply("Count Errors", ParDo.of(new CountErrorsFn()))
            .setCoder(RecordCoder.of(ErrorRecord.class));
    List<KV<String, byte[]>> noRecords =
        TYPES.keySet().stream().sorted().map(name -> KV.of(name, NO_RECORD)).toList();
    PCollection<KV<String, byte[]>> empty =
        records
            .getPipeline()
            .apply(
                "No Record Each",
                Create.of(noRecords)
                    .withCoder(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of())));
    Map<String, Object> meta = metadata;
    FileIO.Write<String, KV<String, byte[]>> write =
        FileIO.<String, KV<String, byte[]>>writeDynamic()
            .by(KV::getKey)
            .withDestinationCoder(StringUtf8Coder.of())
            .via(
                Contextful.fn(KV::getValue), Contextful.fn(name -> new EncodedAvroSink(name, meta)))
            .to(output)
            .withNaming(WriteRecords::naming);
    PCollectionList.of(empty)
        .and(encode(records.get(ARTICLES), "Encode Articles", Article.class, "articles"))
        .and(encode(records.get(EVENTS), "Encode Events", Event.class, "events"))
        .and(encode(records.get(CLUSTERS), "Encode Clusters", EventCluster.class, "clusters"))
        .and(encode(errors, "Encode Errors", ErrorRecord.class, "errors"))
        .apply("Collect Records", Flatten.pCollections())
        .apply("Write Avro", shards > 0 ? write.withNumShards(shards) : write);
    return PDone.in(records.getPipeline());
  }

  /**
   * Each record as its file name and its encoding, encoded once (Avro's binary encoding, as {@link
   * RecordCoder} and AvroIO's file writer encode it). Why bytes: the direct runner replaces the
   * write's runner-determined sharding by a group-by-key over random shards, which copies each
   * shard's records so far (a decode and an encode each) for every bundle that reaches it and again
   * when it fires; with records that copying was 6% of a warm rerun's Java samples (400 BBC
   * articles, 20,772 events), with bytes it is an array copy. Other runners pay the one encode
   * either way.
   */
  private static <T extends SpecificRecord> PCollection<KV<String, byte[]>> encode(
      PCollection<T> records, String step, Class<T> type, String name) {
    return records
        .apply(step, ParDo.of(new EncodeFn<>(type, name)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of()));
  }

  /**
   * {@code articles-00000-of-00003.avro}: the names {@code AvroIO.write(type).to(prefix)} gives.
   */
  private static FileIO.Write.FileNaming naming(String name) {
    return (window, pane, shards, shard, compression) ->
        String.format("%s-%05d-of-%05d%s", name, shard, shards, SUFFIX);
  }

  /** A record as its file name and Avro's binary encoding (no length, no schema). */
  static final class EncodeFn<T extends SpecificRecord> extends DoFn<T, KV<String, byte[]>> {
    private final RecordCoder<T> coder;
    private final String name;

    EncodeFn(Class<T> type, String name) {
      this.coder = RecordCoder.of(type);
      this.name = name;
    }

    @ProcessElement
    public void processElement(@Element T record, OutputReceiver<KV<String, byte[]>> out)
        throws CoderException {
      out.output(KV.of(name, CoderUtils.encodeToByteArray(coder, record)));
    }
  }

  /**
   * An Avro file of one record type whose records come encoded: what {@code AvroIO.write(type)}
   * writes (the type's schema, codec snappy, the run's metadata), the bytes appended as they are.
   * {@link #NO_RECORD} is no record.
   */
  static final class EncodedAvroSink implements FileIO.Sink<byte[]> {
    private final String name;
    private final Map<String, Object> metadata;
    private transient DataFileWriter<byte[]> writer;

    EncodedAvroSink(String name, Map<String, Object> metadata) {
      this.name = name;
      this.metadata = metadata;
    }

    @Override
    public void open(WritableByteChannel channel) throws IOException {
      writer = new DataFileWriter<>(new EncodedDatumWriter());
      writer.setCodec(CodecFactory.snappyCodec());
      for (Map.Entry<String, Object> entry : metadata.entrySet()) {
        Object value = entry.getValue();
        if (value instanceof String text) {
          writer.setMeta(entry.getKey(), text);
        } else if (value instanceof Long number) {
          writer.setMeta(entry.getKey(), number);
        } else if (value instanceof byte[] bytes) {
          writer.setMeta(entry.getKey(), bytes);
        } else {
          throw new IllegalStateException(
              "metadata is a String, Long or byte[], not " + value.getClass().getSimpleName());
        }
      }
      Schema schema = SpecificData.get().getSchema(TYPES.get(name));
      writer.create(schema, Channels.newOutputStream(channel));
    }

    @Override
    public void write(byte[] record) throws IOException {
      if (record.length > 0) {
        writer.append(record);
      }
    }

    @Override
    public void flush() throws IOException {
      writer.flush();
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
