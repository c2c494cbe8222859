package org.newsevents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.input.BundledSample;
import org.newsevents.schema.Article;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.schema.Event;
import org.newsevents.schema.Statement;

/** One end-to-end run of the production graph on the bundled sample and an empty file. */
class NewsEventsPipelineTest {

  private static final String SAMPLE = "bbc-2013-07-05-syria-talks.txt";

  @TempDir static Path input;
  @TempDir static Path output;

  private static List<Article> articles;
  private static List<Event> events;
  private static List<ErrorRecord> errors;
  private static RunSummary summary;

  // One run for the whole class: loading CoreNLP costs ~25 s.
  @BeforeAll
  static void runPipelineOnce() throws IOException {
    copySample(input.resolve(SAMPLE));
    Files.writeString(input.resolve("empty.txt"), "");
    NewsEventsOptions options =
        PipelineOptionsFactory.fromArgs("--input=" + input, "--output=" + output)
            .withValidation()
            .as(NewsEventsOptions.class);
    Pipeline pipeline = Pipeline.create(options);

    Instant start = Instant.now();
    NewsEvents.buildPipeline(pipeline, options);
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();

    summary = RunSummary.of(result, options, Duration.between(start, Instant.now()));
    articles = readAvro("articles", Article.class);
    events = readAvro("events", Event.class);
    errors = readAvro("errors", ErrorRecord.class);
  }

  @Test
  void writesOneArticlePerGoodInput() {
    assertEquals(1, articles.size());
    Article article = articles.get(0);
    assertEquals(SAMPLE, article.getDocId());
    assertEquals("US and Russia 'making progress' on Syria peace talks", article.getTitle());
    assertEquals(Instant.parse("2013-07-05T17:00:00Z"), article.getPublished());
    assertTrue(article.getSentenceCount() > 0, "sentence_count");
    assertEquals(events.size(), article.getEventCount());
    assertEquals(statements().size(), article.getStatementCount());
  }

  @Test
  void writesOneErrorForTheEmptyFile() {
    List<String> summaries =
        errors.stream()
            .map(
                e ->
                    String.join(
                        " | ",
                        e.getSource().substring(e.getSource().lastIndexOf('/') + 1),
                        e.getDocId(),
                        e.getStage(),
                        e.getErrorType()))
            .collect(Collectors.toList());
    assertEquals(List.of("empty.txt | empty.txt | read | EMPTY_DOCUMENT"), summaries);
  }

  @Test
  void extractsMrKerrysDirectQuoteToReporters() {
    List<Event> told =
        statements().stream()
            .filter(e -> e.getStatement().getCue() != null)
            .filter(e -> e.getStatement().getCue().getText().equals("told"))
            .collect(Collectors.toList());
    assertEquals(1, told.size());
    Event event = told.get(0);
    Statement statement = event.getStatement();
    assertEquals(SAMPLE, event.getDocId());
    assertEquals("STATEMENT", event.getType());
    assertNotNull(statement.getSpeaker());
    assertEquals("John Kerry", statement.getSpeaker().getCanonical());
    assertNotNull(statement.getAddressee());
    assertEquals("reporters", statement.getAddressee().getText());
    assertEquals("We narrowed down some of the options", statement.getContent().getText());
    assertTrue(statement.getDirect(), "direct");
  }

  @Test
  void extractsTheSamplesStatements() {
    // One line per statement: type | speaker canonical | cue | direct | content; each expected
    // line gives the start of the content.
    List<String> found = statements().stream().map(this::line).collect(Collectors.toList());
    List<String> expected =
        List.of(
            "STATEMENT | John Kerry | said | false | The US and Russia have made progress on plans",
            "STATEMENT | John Kerry | told | true | We narrowed down some of the options",
            "STATEMENT | John Kerry | added | false | The meeting in Geneva might not take place",
            "STATEMENT | Ban Ki-moon | said | false | it was essential that the conference be held",
            "STATEMENT | Ban Ki-moon | said | true | There is an urgent need for the violence",
            "STATEMENT | Ban Ki-moon | said | false | the US-Russian initiative offered the \"best",
            "APPEAL | Ban Ki-moon | urged | false | \"fully commit\"");
    for (String start : expected) {
      assertTrue(
          found.stream().anyMatch(line -> line.startsWith(start)),
          () -> "no statement starting " + start + " in\n" + String.join("\n", found));
    }
  }

  @Test
  void countsWhatItWrote() {
    assertEquals(1, summary.articles());
    assertEquals(statements().size(), summary.statements());
    assertEquals(events.size(), summary.events());
    assertEquals(1, summary.errors());
    assertEquals(Map.of("read", 1L), summary.errorsByStage());
  }

  private List<Event> statements() {
    return events.stream().filter(e -> e.getStatement() != null).collect(Collectors.toList());
  }

  private String line(Event event) {
    Statement s = event.getStatement();
    return String.join(
        " | ",
        event.getType(),
        s.getSpeaker() == null ? "-" : String.valueOf(s.getSpeaker().getCanonical()),
        s.getCue() == null ? "-" : s.getCue().getText(),
        String.valueOf(s.getDirect()),
        s.getContent().getText());
  }

  private static void copySample(Path target) throws IOException {
    try (InputStream in =
        NewsEventsPipelineTest.class.getClassLoader().getResourceAsStream(BundledSample.RESOURCE)) {
      Files.copy(in, target);
    }
  }

  /** Every record of the {@code <name>-*.avro} files of the output. */
  private static <T> List<T> readAvro(String name, Class<T> type) throws IOException {
    List<T> records = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(output, name + "-*.avro")) {
      for (Path file : files) {
        try (DataFileReader<T> reader =
            new DataFileReader<>(file.toFile(), new SpecificDatumReader<>(type))) {
          reader.forEach(records::add);
        }
      }
    }
    return records;
  }
}
