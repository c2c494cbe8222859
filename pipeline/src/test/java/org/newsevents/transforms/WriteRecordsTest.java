package org.newsevents.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.apache.avro.Schema;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.generic.GenericDatumReader;
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
    writeArticles(
        articles, WriteRecords.to(dir.toString()).withMetadata(Map.of("newsevents.test", "run 7")));

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
    // Each record type has its files, named as AvroIO named them, with its own schema, even a type
    // without records (one write for all four types; an empty one wrote one empty file).
    for (Map.Entry<String, Schema> type :
        Map.of(
                "articles", Article.getClassSchema(),
                "events", Event.getClassSchema(),
                "clusters", EventCluster.getClassSchema(),
                "errors", ErrorRecord.getClassSchema())
            .entrySet()) {
      List<Path> files;
      try (Stream<Path> listed = Files.list(dir)) {
        files =
            listed.filter(f -> f.getFileName().toString().startsWith(type.getKey() + "-")).toList();
      }
      assertFalse(files.isEmpty(), type.getKey());
      for (Path f : files) {
        assertTrue(
            f.getFileName().toString().matches(type.getKey() + "-\\d{5}-of-\\d{5}\\.avro"),
            f.toString());
        try (DataFileReader<Object> reader =
            new DataFileReader<>(f.toFile(), new GenericDatumReader<>())) {
          assertEquals(type.getValue(), reader.getSchema());
          assertEquals("run 7", reader.getMetaString("newsevents.test"));
          if (!type.getKey().equals("articles")) {
            assertFalse(reader.hasNext(), f.toString());
          }
        }
      }
    }
  }

  @Test
  void aFixedNumberOfShardsNamesEveryFileOfThatManyAndKeepsEveryRecord(@TempDir Path dir)
      throws IOException {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      articles.add(article("bbc/" + i + ".txt", "Body " + i + ".", null));
    }
    writeArticles(articles, WriteRecords.to(dir.toString()).withShards(2));

    List<Article> read = new ArrayList<>(OutputRecords.in(dir).articles());
    read.sort(Comparator.comparing(a -> a.getDocId().toString()));
    assertEquals(articles, read);
    try (Stream<Path> listed = Files.list(dir)) {
      List<String> names =
          listed
              .map(f -> f.getFileName().toString())
              .filter(name -> name.endsWith(".avro"))
              .toList();
      assertFalse(names.isEmpty());
      for (String name : names) {
        assertTrue(
            name.matches("(articles|events|clusters|errors)-0000[01]-of-00002\\.avro"), name);
      }
    }
    assertThrows(IllegalArgumentException.class, () -> WriteRecords.to("out").withShards(-1));
  }

  /** Runs the write over these articles and no record of the other types. */
  private static void writeArticles(List<Article> articles, WriteRecords write) {
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
        .apply(write);
    pipeline.run().waitUntilFinish();
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
