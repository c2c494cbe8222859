package org.newsevents.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.PipelineRuns;
import org.newsevents.RunSummary;
import org.newsevents.schema.Event;
import org.newsevents.schema.Statement;
import org.newsevents.tools.output.CompareOutputs;

/**
 * The production graph on Flink's embedded cluster ({@code --flinkMaster=[local]}) writes the same
 * records as on the direct runner, and its run summary reads Flink's counters.
 */
class FlinkRunnerTest {

  private static final String SAMPLE = "bbc-2013-07-05-syria-talks.txt";

  @TempDir static Path input;
  @TempDir static Path flinkOutput;
  @TempDir static Path directOutput;

  private static PipelineRuns.Run flink;
  private static PipelineRuns.Run direct;

  // One Flink run; the direct run of the same input is the reference. Both share the test JVM's
  // CoreNLP pipeline (the embedded cluster runs user code in this JVM's class loader).
  @BeforeAll
  static void runOnFlinkAndDirect() throws IOException {
    PipelineRuns.copySample(input.resolve(SAMPLE));
    Files.writeString(input.resolve("empty.txt"), "");
    flink =
        PipelineRuns.run(
            flinkOutput,
            "--input=" + input,
            "--profile=full",
            "--runner=FlinkRunner",
            "--flinkMaster=[local]",
            "--parallelism=2");
    // The full profile, as NewsEventsPipelineTest: the expected speakers are coreference names.
    direct = PipelineRuns.run(directOutput, "--input=" + input, "--profile=full");
  }

  @Test
  void writesTheSameEventsAsTheDirectRunner() {
    assertEquals(direct.eventIds(), flink.eventIds());
    assertEquals(sorted(direct.events()), sorted(flink.events()));
  }

  @Test
  void writesTheSameArticlesAndErrorsAsTheDirectRunner() {
    assertEquals(sorted(direct.articles()), sorted(flink.articles()));
    assertEquals(List.of("empty.txt | empty.txt | read | EMPTY_DOCUMENT"), flink.errorLines());
  }

  @Test
  void findsTheSamplesStatementsOnFlink() {
    // type | speaker | cue | direct | first words of the content, as in the direct-runner test.
    List<String> statements =
        flink.events().stream()
            .filter(e -> e.getStatement() != null)
            .map(FlinkRunnerTest::line)
            .sorted()
            .collect(Collectors.toList());
    List<String> expected =
        List.of(
            "APPEAL | Ban Ki-moon | urged | false | \"fully commit\"",
            "STATEMENT | Ban Ki-moon | said | false | it was essential that the conference",
            "STATEMENT | Ban Ki-moon | said | false | the US-Russian initiative offered",
            "STATEMENT | Ban Ki-moon | said | true | There is an urgent need for the",
            "STATEMENT | John Kerry | added | false | The meeting in Geneva might not",
            "STATEMENT | John Kerry | said | false | The US and Russia have made progress",
            "STATEMENT | John Kerry | told | true | We narrowed down some of the options");
    for (String line : expected) {
      assertEquals(
          1,
          statements.stream().filter(s -> s.startsWith(line)).count(),
          () ->
              "expected one statement starting " + line + " in\n" + String.join("\n", statements));
    }
  }

  @Test
  void summaryReadsFlinksCounters() {
    RunSummary summary = flink.summary();
    assertEquals(2, summary.inputs());
    assertEquals(1, summary.articles());
    assertEquals(1, summary.errors());
    assertEquals(Map.of("read", 1L), summary.errorsByStage());
    assertEquals(flink.events().size(), summary.events());
    assertEquals(
        flink.events().stream().filter(e -> e.getStatement() != null).count(),
        summary.statements());
    assertEquals(direct.summary().events(), summary.events());
    assertEquals(direct.summary().statements(), summary.statements());
  }

  @Test
  void compareOutputsFindsTheTwoRunsTheSame() throws IOException {
    CompareOutputs.Comparison same = CompareOutputs.compare(directOutput, flinkOutput);

    assertEquals(List.of(), same.differences());
    assertEquals(1, same.articles());
    assertEquals(direct.events().size(), same.events());
    assertEquals(1, same.errors());
    assertTrue(same.describe().startsWith("same records: 1 articles, "), same.describe());
  }

  @Test
  void compareOutputsNamesEveryMissingEvent(@TempDir Path partial) throws IOException {
    try (Stream<Path> files = Files.list(flinkOutput)) {
      for (Path file : files.collect(Collectors.toList())) {
        if (!file.getFileName().toString().startsWith("events-")) {
          Files.copy(file, partial.resolve(file.getFileName()));
        }
      }
    }

    CompareOutputs.Comparison missing = CompareOutputs.compare(directOutput, partial);

    List<String> expected =
        direct.eventIds().stream()
            .map(id -> "event " + id + " missing")
            .collect(Collectors.toList());
    assertEquals(expected, missing.differences());
    assertTrue(missing.describe().startsWith("DIFFERENT: " + expected.size() + " differences"));
  }

  private static String line(Event event) {
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
