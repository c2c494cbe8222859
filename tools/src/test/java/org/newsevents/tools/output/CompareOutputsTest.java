package org.newsevents.tools.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.SampleOutputs;
import org.newsevents.records.OutputRecords;
import org.newsevents.schema.Event;

/** Two runs whose events differ only in the models' digest, compared with and without it. */
class CompareOutputsTest {

  @Test
  void aNewModelsDigestDiffersUnlessIgnored(@TempDir Path copy) throws IOException {
    Path sample = SampleOutputs.output();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(sample)) {
      for (Path file : files) {
        if (Files.isRegularFile(file) && !file.getFileName().toString().startsWith("events-")) {
          Files.copy(file, copy.resolve(file.getFileName()));
        }
      }
    }
    List<Event> events = OutputRecords.in(sample).events();
    try (DataFileWriter<Event> writer =
        new DataFileWriter<>(new SpecificDatumWriter<>(Event.class))) {
      writer.create(Event.getClassSchema(), copy.resolve("events-00000-of-00001.avro").toFile());
      for (Event event : events) {
        writer.append(Event.newBuilder(event).setModelVersion("models 000000000000").build());
      }
    }

    CompareOutputs.Comparison strict = CompareOutputs.compare(sample, copy);
    CompareOutputs.Comparison lenient = CompareOutputs.compare(sample, copy, true);

    assertFalse(strict.same());
    assertEquals(events.size(), strict.differences().size());
    assertTrue(strict.differences().get(0).contains("models 000000000000"));
    assertTrue(lenient.same(), lenient.describe());
    assertEquals(events.size(), lenient.events());
  }
}
