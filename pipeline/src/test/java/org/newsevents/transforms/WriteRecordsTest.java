package org.newsevents.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.records.OutputRecords;
import org.newsevents.schema.Article;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.schema.Event;
import org.newsevents.schema.EventCluster;

class WriteRecordsTest {

  @Test
  void writesTheRecordsFieldByFieldWithTheirSchemaAndTheRunMetadata(@TempDir Path dir)
      throws IOException {
    List<Article> articles =
        List.of(
            article("bbc/a.txt", "Ünïcode body — “quoted”.", Instant.parse("2013-07-05T17:00:00Z")),
            article("bbc/b.txt", "Another body.", null));
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());
    PCollectionTuple.of(
            WriteRecords.ARTICLES,
            pipeline.apply(
                "Articles", Create.of(articles).withCoder(RecordCoder.of(Article.class))))
        .and(
            WriteRecords.EVENTS,
            pipeline.apply("Events", Create.empty(RecordCoder.of(Event.class))))
        .and(
            WriteRecords.CLUSTERS,
            pipeline.apply("Clusters", Create.empty(RecordCoder.of(EventCluster.class))))
        .and(
            WriteRecords.ERRORS,
            pipeline.apply("Errors", Create.empty(RecordCoder.of(ErrorRecord.class))))
        .apply(WriteRecords.to(dir.toString()).withMetadata(Map.of("newsevents.test", "run 7")));
    pipeline.run().waitUntilFinish();

    // Article.equals compares every field.
    List<Article> read = new ArrayList<>(OutputRecords.in(dir).articles());
    read.sort(Comparator.comparing(a -> a.getDocId().toString()));
    assertEquals(articles, read);
    assertEquals(List.of(), OutputRecords.in(dir).events());
    File file;
    try (Stream<Path> files = Files.list(dir)) {
      file =
          files
              .filter(f -> f.getFileName().toString().startsWith("articles-"))
              .filter(f -> f.getFileName().toString().endsWith(".avro"))
              .findFirst()
              .orElseThrow()
              .toFile();
    }
    try (DataFileReader<Article> reader =
        new DataFileReader<>(file, new SpecificDatumReader<>(Article.class))) {
      assertEquals(Article.getClassSchema(), reader.getSchema());
      assertEquals("run 7", reader.getMetaString("newsevents.test"));
      assertEquals("snappy", reader.getMetaString("avro.codec"));
    }
  }

  private static Article article(String docId, String body, Instant published) {
    return Article.newBuilder()
        .setDocId(docId)
        .setSource(docId)
        .setBody(body)
        .setContentHash("h-" + docId)
        .setPublished(published)
        .build();
  }
}
