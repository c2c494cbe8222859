package org.newsevents.transforms;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.schema.Article;
import org.newsevents.schema.ErrorRecord;

class ReadArticlesTest {

  @TempDir Path dir;

  private final Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());

  @Test
  void readsAndNormalizesADirectoryRoutingFailuresToErrors() throws IOException {
    Files.writeString(dir.resolve("good.txt"), "Title A\n\n05.07.2013 17:00\n\nBody one.\n");
    Files.createDirectories(dir.resolve("sub"));
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("sub/b.txt.gz")))) {
      out.write("Title B\n\n2013-07-06\n\nBody two.\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(
        dir.resolve("lines.jsonl"),
        "{\"id\": \"j-1\", \"title\": \"J one\", \"date_publish\": \"2017-12-30 10:00:00\","
            + " \"text\": \"Jay one.\"}\n"
            + "{\"title\": \"J two\", \"maintext\": \"Jay two.\"}\n"
            + "{\"title\": \"broken\"\n");
    Files.writeString(dir.resolve("empty.txt"), "");
    // Latin-1 bytes are not valid UTF-8: the file is decoded as Windows-1252, not failed.
    Files.write(
        dir.resolve("latin1.txt"),
        "Caf\u00e9 owners\n\nThey said no.\n".getBytes(StandardCharsets.ISO_8859_1));

    PCollectionTuple read = pipeline.apply("Read", ReadArticles.from(dir.toString(), "auto"));
    PCollectionTuple normalized =
        read.get(ReadArticles.ARTICLES).apply("Normalize", NormalizeArticles.create());

    PAssert.that(summarizeArticles(normalized.get(NormalizeArticles.ARTICLES)))
        .containsInAnyOrder(
            "good.txt | Title A | 2013-07-05T17:00:00Z | Body one.",
            "sub/b.txt.gz | Title B | 2013-07-06T00:00:00Z | Body two.",
            "j-1 | J one | 2017-12-30T10:00:00Z | Jay one.",
            "lines.jsonl#L2 | J two | null | Jay two.",
            "latin1.txt | Caf\u00e9 owners | null | They said no.");
    PAssert.that(summarizeErrors(read.get(ReadArticles.ERRORS)))
        .containsInAnyOrder(
            "lines.jsonl#L3 | lines.jsonl#L3 | read | MALFORMED_JSON",
            "empty.txt | empty.txt | read | EMPTY_DOCUMENT");
    PAssert.that(normalized.get(NormalizeArticles.ERRORS)).empty();

    pipeline.run().waitUntilFinish();
  }

  @Test
  void readsTheBundledSample() {
    PCollectionTuple read = pipeline.apply("Read", ReadArticles.bundledSample());
    PCollectionTuple normalized =
        read.get(ReadArticles.ARTICLES).apply("Normalize", NormalizeArticles.create());

    PAssert.that(summarizeArticles(normalized.get(NormalizeArticles.ARTICLES)))
        .containsInAnyOrder(
            "bbc-2013-07-05-syria-talks.txt | US and Russia 'making progress' on Syria peace talks"
                + " | 2013-07-05T17:00:00Z | The US and Russia have made progress on ");
    PAssert.that(read.get(ReadArticles.ERRORS)).empty();
    PAssert.that(normalized.get(NormalizeArticles.ERRORS)).empty();

    pipeline.run().waitUntilFinish();
  }

  @Test
  void missingInputFailsTheRunNamingThePath() {
    pipeline.apply("Read", ReadArticles.from(dir.resolve("nope.txt").toString(), "auto"));

    RuntimeException e =
        assertThrows(RuntimeException.class, () -> pipeline.run().waitUntilFinish());
    assertTrue(String.valueOf(e.getMessage()).contains("nope.txt"), e.getMessage());
  }

  @Test
  void unknownFormatIsRejectedWhenTheGraphIsBuilt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReadArticles.from("x", "xml"));
    assertTrue(e.getMessage().startsWith("unknown input format \"xml\""));
  }

  /** One line per article: doc_id | title | published | first 40 characters of the body. */
  private static PCollection<String> summarizeArticles(PCollection<Article> articles) {
    return articles.apply(
        "Summarize Articles",
        MapElements.into(TypeDescriptors.strings())
            .via(
                (Article a) ->
                    String.join(
                        " | ",
                        a.getDocId(),
                        a.getTitle(),
                        String.valueOf(a.getPublished()),
                        a.getBody().substring(0, Math.min(40, a.getBody().length())))));
  }

  /** One line per error: source file suffix | doc_id | stage | error_type. */
  private static PCollection<String> summarizeErrors(PCollection<ErrorRecord> errors) {
    return errors.apply(
        "Summarize Errors",
        MapElements.into(TypeDescriptors.strings())
            .via(
                (ErrorRecord e) ->
                    String.join(
                        " | ",
                        e.getSource().substring(e.getSource().lastIndexOf('/') + 1),
                        e.getDocId(),
                        e.getStage(),
                        e.getErrorType())));
  }
}
