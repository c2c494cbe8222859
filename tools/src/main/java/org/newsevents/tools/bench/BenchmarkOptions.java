package org.newsevents.tools.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of the {@code benchmark} command, parsed and checked once: command-line arguments go
 * in; the corpus, article limit, profiles, worker counts and report file come out.
 *
 * @param limit articles to measure, spread evenly over the corpus; 0 = all
 * @param runner the Beam runner of the pipeline passes: {@code direct}, or {@code flink} (Flink's
 *     embedded cluster in this JVM, {@code --flinkMaster=[local]}, parallelism = workers)
 */
public record BenchmarkOptions(
    Path corpus,
    int limit,
    List<String> profiles,
    List<Integer> workers,
    String runner,
    Path report) {

  /** The runners a pipeline pass can use. */
  static final List<String> RUNNERS = List.of("direct", "flink");

  static final String DEFAULT_CORPUS = "../shared/data/bbc-news";

  static final String USAGE =
      "usage: benchmark [--corpus=DIR] [--limit=N] [--profiles=fast,full] [--workers=1,2]"
          + " [--runner=direct|flink] [--report=FILE.json]";

  /** Parses the arguments; a wrong one is an {@link IllegalArgumentException} naming it. */
  public static BenchmarkOptions parse(String[] args) {
    Path corpus = Path.of(DEFAULT_CORPUS);
    int limit = 0;
    List<String> profiles = List.of("fast", "full");
    List<Integer> workers = List.of(1, 2);
    String runner = "direct";
    Path report = null;
    for (String arg : args) {
      String[] kv = arg.split("=", 2);
      String value = kv.length == 2 ? kv[1].strip() : "";
      switch (kv[0]) {
        case "--corpus" -> corpus = Path.of(value);
        case "--limit" -> limit = number("--limit", value, 0);
        case "--profiles" -> profiles = names(value);
        case "--workers" -> workers = workerCounts(value);
        case "--runner" -> runner = value;
        case "--report" -> report = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option '" + arg + "'; " + USAGE);
      }
    }
    if (!Files.isDirectory(corpus)) {
      throw new IllegalArgumentException("--corpus: " + corpus + " is no directory");
    }
    if (!RUNNERS.contains(runner)) {
      throw new IllegalArgumentException("--runner: one of " + RUNNERS + ", not '" + runner + "'");
    }
    return new BenchmarkOptions(corpus, limit, profiles, workers, runner, report);
  }

  private static List<String> names(String value) {
    List<String> names = new ArrayList<>();
    for (String name : value.split(",")) {
      if (!name.isBlank() && !names.contains(name.strip())) {
        names.add(name.strip());
      }
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("--profiles needs at least one profile name");
    }
    return List.copyOf(names);
  }

  private static List<Integer> workerCounts(String value) {
    List<Integer> counts = new ArrayList<>();
    for (String count : value.split(",")) {
      if (!count.isBlank()) {
        int n = number("--workers", count.strip(), 1);
        if (!counts.contains(n)) {
          counts.add(n);
        }
      }
    }
    if (counts.isEmpty()) {
      throw new IllegalArgumentException("--workers needs at least one worker count");
    }
    return List.copyOf(counts);
  }

  private static int number(String name, String value, int min) {
    try {
      int n = Integer.parseInt(value);
      if (n >= min) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        name + " needs a whole number of at least " + min + ", not '" + value + "'");
  }
}
