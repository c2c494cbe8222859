package org.newsevents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.schema.Article;
import org.newsevents.schema.Event;
import org.newsevents.schema.Statement;

/**
 * End-to-end runs of the production graph on the bundled sample and an empty file: one run checked
 * record by record, and a rerun that must give the same records with the same ids.
 */
class NewsEventsPipelineTest {

  private static final String SAMPLE = "bbc-2013-07-05-syria-talks.txt";

  @TempDir static Path input;
  @TempDir static Path output;
  @TempDir static Path repeatOutput;

  private static List<Article> articles;
  private static List<Event> events;
  private static RunSummary summary;
  private static PipelineRuns.Run first;
  private static PipelineRuns.Run repeat;

  // Two runs for the whole class, in one JVM over one CoreNLP pipeline: the second checks that
  // a rerun gives the same records (SUTime has resolved dates differently on later calls).
  @BeforeAll
  static void runPipelineTwice() throws IOException {
    PipelineRuns.copySample(input.resolve(SAMPLE));
    Files.writeString(input.resolve("empty.txt"), "");
    first = PipelineRuns.run(output, "--input=" + input);
    repeat = PipelineRuns.run(repeatOutput, "--input=" + input);
    summary = first.summary();
    articles = first.articles();
    events = first.events();
  }

  @Test
  void writesOneArticlePerGoodInput() {
    assertEquals(1, articles.size());
    Article article = articles.get(0);
    assertEquals(SAMPLE, article.getDocId());
    assertEquals("US and Russia 'making progress' on Syria peace talks", article.getTitle());
    assertEquals(Instant.parse("2013-07-05T17:00:00Z"), article.getPublished());
    assertEquals(19, article.getSentenceCount());
    assertEquals(454, article.getTokenCount());
    assertEquals(events.size(), article.getEventCount());
    assertEquals(statements().size(), article.getStatementCount());
  }

  @Test
  void writesOneErrorForTheEmptyFile() {
    assertEquals(List.of("empty.txt | empty.txt | read | EMPTY_DOCUMENT"), first.errorLines());
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
  void aRerunGivesTheSameRecordsWithTheSameIds() {
    assertEquals(first.eventIds(), repeat.eventIds());
    assertEquals(sorted(first.events()), sorted(repeat.events()));
    assertEquals(sorted(first.articles()), sorted(repeat.articles()));
    assertEquals(first.errorLines(), repeat.errorLines());
  }

  @Test
  void countsWhatItWrote() {
    assertEquals(2, summary.inputs());
    assertEquals(summary.inputs(), summary.articles() + summary.errors());
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

  private static List<String> sorted(List<?> records) {
    return records.stream().map(Object::toString).sorted().collect(Collectors.toList());
  }
}
