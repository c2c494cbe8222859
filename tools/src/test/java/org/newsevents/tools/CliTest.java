package org.newsevents.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.nlp.Provenance;

/**
 * The real entry point, {@link Cli#main}, in a child JVM as the launcher starts it: arguments go
 * in; the exit code, standard output and standard error come out and are compared line by line.
 */
class CliTest {

  private static final List<String> COMMANDS =
      List.of(
          "run",
          "inspect",
          "export",
          "report",
          "compare-outputs",
          "eval-timeml",
          "eval-attribution",
          "eval-actors",
          "train-timeml-lexicon",
          "benchmark",
          "check-ner-gate");

  /** How long a command may run before the test calls it hung. */
  private static final int HANG_GUARD_SECONDS = 600;

  @TempDir Path dir;

  /** What one call of the command line printed and returned. */
  private record Result(int code, List<String> out, List<String> err) {}

  private Result newsevents(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Cli.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    // A guard against a hung child, not a timing check: a heavily loaded 2-core machine (a build
    // beside other JVMs) once took over 120 s for a command that exits in seconds when idle.
    if (!process.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(
          "newsevents " + String.join(" ", args) + ": no exit in " + HANG_GUARD_SECONDS + " s");
    }
    return new Result(process.exitValue(), Files.readAllLines(out), Files.readAllLines(err));
  }

  @Test
  void helpListsEveryCommandWithOneLine() throws Exception {
    Result help = newsevents("--help");

    assertEquals(0, help.code());
    assertEquals(List.of(), help.err());
    assertEquals("Usage: newsevents [-hV] [--verbose] COMMAND", help.out().get(0));
    for (String name : COMMANDS) {
      assertEquals(
          1,
          help.out().stream().filter(line -> line.startsWith("  " + name + " ")).count(),
          name + " in " + help.out());
    }
    assertTrue(
        help.out()
            .contains(
                "  eval-actors           scores a finished run's actor codes"
                    + " against a gold TSV"),
        help.out().toString());
    // No arguments at all: the same list, and no error.
    Result none = newsevents();
    assertEquals(0, none.code());
    assertEquals(help.out(), none.out());
    assertEquals(List.of(), none.err());
  }

  @Test
  void commandHelpListsItsOptionsWithDefaults() throws Exception {
    Result help = newsevents("inspect", "--help");

    assertEquals(0, help.code());
    assertEquals(List.of(), help.err());
    int output = help.out().indexOf("      --output=DIR      the run's output directory");
    assertTrue(output > 0, help.out().toString());
    assertEquals("                          Default: out", help.out().get(output + 1));
    assertTrue(
        help.out()
            .contains("      --records=KIND    events, statements, articles, errors or clusters"),
        help.out().toString());
  }

  @Test
  void versionNamesThePipelineSchemasModelsAndCoreNlp() throws Exception {
    Result version = newsevents("--version");

    assertEquals(0, version.code());
    assertEquals(
        List.of(
            "newsevents " + Provenance.pipelineVersion(),
            "schemas " + Provenance.schemaVersion(),
            "models " + Provenance.modelsDigest(),
            "CoreNLP " + Provenance.coreNlpVersion()),
        version.out());
    // The build filled them in: a Maven version, a 12-digit digest, CoreNLP's release.
    assertTrue(Provenance.pipelineVersion().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"));
    assertEquals(Provenance.pipelineVersion(), Provenance.schemaVersion());
    assertTrue(Provenance.modelsDigest().matches("[0-9a-f]{12}"));
    assertTrue(Provenance.coreNlpVersion().matches("\\d+\\.\\d+\\.\\d+"));
  }

  @Test
  void misspeltOptionIsOneLineWithTheNearestName() throws Exception {
    Result wrong = newsevents("inspect", "--outptu=x");

    assertEquals(2, wrong.code());
    assertEquals(List.of(), wrong.out());
    assertEquals(
        List.of("newsevents inspect: unknown option --outptu (did you mean --output?)"),
        wrong.err());
    assertFalse(String.join("\n", wrong.err()).contains("Exception"));
    assertFalse(String.join("\n", wrong.err()).contains("at org."));
  }

  @Test
  void missingRequiredOptionIsOneLine() throws Exception {
    Result missing = newsevents("export", "--output=" + dir);

    assertEquals(2, missing.code());
    assertEquals(List.of("newsevents export: missing required option --to"), missing.err());
  }

  @Test
  void misspeltCommandAndWrongValueAreOneLine() throws Exception {
    Result command = newsevents("inspcet");
    assertEquals(2, command.code());
    assertEquals(
        List.of("newsevents: unknown command inspcet (did you mean inspect?)"), command.err());

    // Checked before CoreNLP loads.
    Result value = newsevents("eval-timeml", "--threads=0");
    assertEquals(2, value.code());
    assertEquals(
        List.of(
            "newsevents eval-timeml: invalid value for option '--threads':"
                + " needs a whole number of at least 1, not '0'"),
        value.err());
    Result normalizer = newsevents("eval-timeml", "--time-normalizer=heidel");
    assertEquals(2, normalizer.code());
    assertTrue(
        normalizer
            .err()
            .get(0)
            .startsWith(
                "newsevents eval-timeml: invalid value for option '--time-normalizer':"
                    + " unknown time normalizer 'heidel'"),
        () -> "stderr: " + normalizer.err());
  }

  @Test
  void failureIsOneLineAndTheStackTraceOnlyWithVerbose() throws Exception {
    Path missing = dir.resolve("missing");
    Result failed = newsevents("inspect", "--output=" + missing);

    assertEquals(1, failed.code());
    assertEquals(List.of("newsevents inspect: no output directory " + missing), failed.err());

    Result verbose = newsevents("--verbose", "inspect", "--output=" + missing);
    assertEquals(1, verbose.code());
    assertEquals("newsevents inspect: no output directory " + missing, verbose.err().get(0));
    assertEquals(
        "java.lang.IllegalArgumentException: no output directory " + missing, verbose.err().get(1));
    assertTrue(verbose.err().get(2).startsWith("\tat org.newsevents.records.OutputRecords.in("));
  }

  @Test
  void commandsThatLoadCoreNlpLogToAFileUnlessVerboseOrHelp() {
    String before = System.getProperty("org.slf4j.simpleLogger.logFile");
    try {
      assertEquals(
          Path.of("newsevents-eval-timeml.log").toAbsolutePath(),
          Cli.logToFile(new String[] {"eval-timeml", "--gold=x"}));
      assertEquals(
          Path.of("newsevents-eval-timeml.log").toAbsolutePath().toString(),
          System.getProperty("org.slf4j.simpleLogger.logFile"));
      assertEquals(null, Cli.logToFile(new String[] {"eval-timeml", "--verbose"}));
      assertEquals(null, Cli.logToFile(new String[] {"--verbose", "benchmark"}));
      assertEquals(null, Cli.logToFile(new String[] {"benchmark", "--help"}));
      assertEquals(null, Cli.logToFile(new String[] {"inspect", "--output=x"}));
    } finally {
      if (before == null) {
        System.clearProperty("org.slf4j.simpleLogger.logFile");
      } else {
        System.setProperty("org.slf4j.simpleLogger.logFile", before);
      }
    }
  }

  @Test
  void optionsWithNoCommandAreTheRunCommand() {
    assertArrayEquals(
        new String[] {"run", "--input=x"}, Cli.withCommand(new String[] {"--input=x"}));
    assertArrayEquals(
        new String[] {"run", "--verbose", "--input=x"},
        Cli.withCommand(new String[] {"--verbose", "--input=x"}));
    assertArrayEquals(new String[] {"--help"}, Cli.withCommand(new String[] {"--help"}));
    assertArrayEquals(
        new String[] {"--verbose", "inspect"},
        Cli.withCommand(new String[] {"--verbose", "inspect"}));
  }

  @Test
  void runHelpListsThePipelineOptionsWithDefaults() throws Exception {
    Result help = newsevents("run", "--help");

    assertEquals(0, help.code());
    assertEquals(List.of(), help.err());
    assertEquals("Usage: newsevents run [--name=value ...]", help.out().get(0));
    String out = String.join("\n", help.out());
    assertTrue(out.contains("\n  --input  "), out);
    assertTrue(out.contains("\n  --output  "), out);
    assertTrue(out.contains("\n  --profile  "), out);
    assertTrue(out.contains("run-summary.json. Default: out.\n"), out);
    assertTrue(out.contains("Default: lean.\n"), out);
  }

  @Test
  void runMisspeltOptionIsOneLine() throws Exception {
    Result wrong = newsevents("run", "--inptu=x");

    assertEquals(2, wrong.code());
    assertEquals(
        List.of("newsevents run: unknown option --inptu (did you mean --input?)"), wrong.err());
    // Options with no command are the pipeline's, as with the old jar.
    assertEquals(wrong.err(), newsevents("--inptu=x").err());
  }

  @Test
  void runMissingInputIsOneLineBeforeCoreNlpLoads() throws Exception {
    Result missing = newsevents("run", "--input=/no/such/dir", "--output=" + dir.resolve("out"));

    assertEquals(2, missing.code());
    assertEquals(List.of("newsevents run: no input file matches /no/such/dir"), missing.err());
    // The input is checked before CoreNLP loads: CoreNLP logs "Adding annotator ..." for each
    // annotator it loads, and the run's log (in the output directory) has no such line.
    Path log = dir.resolve("out").resolve("newsevents.log");
    List<String> logLines = Files.exists(log) ? Files.readAllLines(log) : List.of();
    assertTrue(
        logLines.stream().noneMatch(line -> line.contains("Adding annotator")),
        logLines.toString());
  }
}
