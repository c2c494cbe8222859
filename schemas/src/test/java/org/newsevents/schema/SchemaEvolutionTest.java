package org.newsevents.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The current schemas read records written with the previous release's schemas
 * (src/test/resources/schema-history/0.1.0): every change must be a compatible one, such as a new
 * field with a default.
 */
class SchemaEvolutionTest {

  private static final String PREVIOUS = "schema-history/0.1.0/";

  // Referenced records first: a parser only knows the names it has seen.
  private static final List<String> FILES =
      List.of(
          "Span",
          "Mention",
          "Trigger",
          "Argument",
          "Statement",
          "EventTime",
          "Timex",
          "Article",
          "Event",
          "ErrorRecord",
          "RawArticle");

  @TempDir Path dir;

  @Test
  void everyOutputRecordOfThePreviousReleaseIsReadableByTheCurrentSchema() throws IOException {
    Map<String, Schema> previous = previousSchemas();
    Map<String, Schema> current =
        Map.of(
            "Article", Article.getClassSchema(),
            "Event", Event.getClassSchema(),
            "ErrorRecord", ErrorRecord.getClassSchema(),
            "RawArticle", RawArticle.getClassSchema());
    for (Map.Entry<String, Schema> entry : current.entrySet()) {
      SchemaCompatibility.SchemaPairCompatibility result =
          SchemaCompatibility.checkReaderWriterCompatibility(
              entry.getValue(), previous.get(entry.getKey()));
      assertEquals(
          SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE,
          result.getType(),
          entry.getKey() + ": " + result.getDescription());
    }
  }

  @Test
  void anEventFileWrittenWithThePreviousSchemaReadsIntoTheCurrentClassWithDefaults()
      throws IOException {
    Schema previousEvent = previousSchemas().get("Event");
    GenericRecord old = asPrevious(currentEvent(), previousEvent);
    File file = dir.resolve("events-0.1.0.avro").toFile();
    try (DataFileWriter<GenericRecord> writer =
        new DataFileWriter<>(new GenericDatumWriter<GenericRecord>(previousEvent))) {
      writer.create(previousEvent, file);
      writer.append(old);
    }

    Event read;
    try (DataFileReader<Event> reader =
        new DataFileReader<>(file, new SpecificDatumReader<>(Event.class))) {
      read = reader.next();
    }

    assertEquals("e1", read.getEventId());
    assertEquals("ATTACK", read.getType());
    assertEquals("launched", read.getTrigger().getText());
    assertEquals("government forces", read.getArguments().get(0).getText());
    // Fields added since 0.1.0 take their defaults.
    assertNull(read.getArguments().get(0).getActor());
    assertNull(read.getContentHash());
    assertNull(read.getModelVersion());
    assertEquals("the talks would go on", read.getStatement().getContent().getText());
    assertEquals(StatementKind.UNKNOWN, read.getStatement().getKind());
    assertNull(read.getStatement().getConfidence());
  }

  private static Event currentEvent() {
    return Event.newBuilder()
        .setEventId("e1")
        .setDocId("doc")
        .setType("ATTACK")
        .setTimemlClass("OCCURRENCE")
        .setTrigger(
            Trigger.newBuilder()
                .setText("launched")
                .setLemma("launch")
                .setBegin(10)
                .setEnd(18)
                .build())
        .setSentenceIndex(0)
        .setSentence("Government forces launched an offensive.")
        .setArguments(
            List.of(
                Argument.newBuilder()
                    .setRole("AGENT")
                    .setText("government forces")
                    .setBegin(0)
                    .setEnd(17)
                    .setActor(
                        Actor.newBuilder()
                            .setCode("MIL")
                            .setSector("MIL")
                            .setMatched("forces")
                            .setBasis("TEXT")
                            .build())
                    .build()))
        .setContentHash("abc")
        .setStatement(
            Statement.newBuilder()
                .setContent(
                    Span.newBuilder()
                        .setText("the talks would go on")
                        .setBegin(20)
                        .setEnd(41)
                        .build())
                .setDirect(false)
                .setKind(StatementKind.SPEECH)
                .setConfidence(0.75)
                .build())
        .build();
  }

  /** The record as the previous release would have written it: new fields dropped. */
  private static GenericRecord asPrevious(Event event, Schema previous) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
    new SpecificDatumWriter<Event>(Event.class).write(event, encoder);
    encoder.flush();
    BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null);
    return new GenericDatumReader<GenericRecord>(Event.getClassSchema(), previous)
        .read(null, decoder);
  }

  private static Map<String, Schema> previousSchemas() throws IOException {
    Schema.Parser parser = new Schema.Parser();
    Map<String, Schema> schemas = new HashMap<>();
    for (String name : FILES) {
      try (InputStream in =
          SchemaEvolutionTest.class
              .getClassLoader()
              .getResourceAsStream(PREVIOUS + name + ".avsc")) {
        schemas.put(name, parser.parse(in));
      }
    }
    return schemas;
  }
}
