package org.newsevents.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.tools.cli.SharedOptions;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The benchmark command's options as picocli parses them, and the checks of {@code options()}. */
class BenchmarkOptionsTest {

  @TempDir Path corpus;

  private static BenchmarkOptions parse(String... args) {
    Benchmark benchmark = new Benchmark();
    new CommandLine(benchmark).parseArgs(args);
    return benchmark.options();
  }

  private static String error(String... args) {
    return assertThrows(ParameterException.class, () -> parse(args)).getMessage();
  }

  @Test
  void parsesEveryOption() {
    BenchmarkOptions options =
        parse(
            "--corpus=" + corpus,
            "--limit=150",
            "--profiles=full, fast,full",
            "--workers=2,1,2",
            "--runner=flink",
            "--report=bench.json");

    assertEquals(
        new BenchmarkOptions(
            corpus, 150, List.of("full", "fast"), List.of(2, 1), "flink", Path.of("bench.json")),
        options);
  }

  @Test
  void defaultsAreBothProfilesOneAndTwoWorkersAllArticles() {
    BenchmarkOptions options = parse("--corpus=" + corpus);

    assertEquals(0, options.limit());
    assertEquals(List.of("fast", "full"), options.profiles());
    assertEquals(List.of(1, 2), options.workers());
    assertEquals("direct", options.runner());
    assertNull(options.report());
    assertEquals("../shared/data/bbc-news", SharedOptions.Corpus.DEFAULT);
  }

  @Test
  void rejectsWrongValuesByName() {
    String dir = "--corpus=" + corpus;
    assertEquals(
        "Invalid value for option '--workers' (N): needs a whole number of at least 1, not '0'",
        error(dir, "--workers=0"));
    assertEquals(
        "Invalid value for option '--limit': needs a whole number of at least 0, not 'ten'",
        error(dir, "--limit=ten"));
    assertEquals("--profiles needs at least one profile name", error(dir, "--profiles=,"));
    assertEquals("--runner: one of [direct, flink], not 'spark'", error(dir, "--runner=spark"));
    assertEquals("Unknown option: '--threads=2'", error(dir, "--threads=2"));
    String copies = "--copies: with --store-pass, from 0 to below --limit, not ";
    assertEquals(copies + "100", error(dir, "--limit=100", "--store-pass", "--copies=100"));
    assertEquals(copies + "10", error(dir, "--limit=400", "--copies=10"));
    assertEquals(copies + "5", error(dir, "--store-pass", "--copies=5"));
    assertEquals(400, parse(dir, "--limit=400", "--store-pass", "--copies=100").limit());
    assertEquals(
        "--store-pass runs on the direct runner, not 'flink'",
        error(dir, "--store-pass", "--runner=flink"));
    assertEquals(
        "--corpus: " + corpus.resolve("missing") + " is no directory",
        error("--corpus=" + corpus.resolve("missing")));
  }

  @Test
  void coldPassTakesEveryNthFileAndRefusesOtherPasses() {
    Benchmark benchmark = new Benchmark();
    new CommandLine(benchmark)
        .parseArgs(
            "--corpus=" + corpus, "--cold", "--every=11", "--limit=200", "--profiles=naive,fast");
    assertEquals(List.of("naive", "fast"), benchmark.options().profiles());
    assertEquals(11, benchmark.every);
    assertEquals("4g", benchmark.childHeap);

    String dir = "--corpus=" + corpus;
    String alone = "--cold runs alone on the direct runner (no --store-pass, no flink)";
    assertEquals(alone, error(dir, "--cold", "--store-pass"));
    assertEquals(alone, error(dir, "--cold", "--runner=flink"));
    assertEquals("--every needs --cold", error(dir, "--every=11"));
    assertEquals(
        "--child-heap: a JVM heap size such as 4g, not 'lots'",
        error(dir, "--cold", "--child-heap=lots"));
  }
}
