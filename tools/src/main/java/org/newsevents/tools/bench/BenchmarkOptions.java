package org.newsevents.tools.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * The options of the {@code benchmark} command, checked once: the values given on the command line
 * ({@link Benchmark}) go in; the corpus, article limit, profiles, worker counts and report file
 * come out.
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
}
