package org.newsevents.tools.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's cold pass ({@code benchmark --cold}): the sample and the profiles go in; each
 * profile runs end to end in a fresh JVM, one after the other over the same staged articles (JVM
 * start, model load, reading, annotation, extraction and writing all included), and its wall time,
 * CPU seconds, articles per hour and speed-up over the baseline come out (the CPU ratio depends
 * less on other load than the wall-clock one). The profile {@code naive} is the naive in-process
 * CoreNLP route ({@link NaiveCoreNlp}); every other name is a newsevents profile run as {@code
 * newsevents run --profile=NAME} on the direct runner.
 */
final class ColdPass {

  /** The name of the naive CoreNLP route among the profiles. */
  static final String NAIVE = "naive";

  private ColdPass() {}

  /**
   * One fresh-JVM run: its wall seconds, its CPU seconds (the process's total, sampled each second
   * until it ends, so up to a second short), the load average before and after, its summary line.
   */
  record Row(
      String profile,
      double seconds,
      double cpuSeconds,
      double loadBefore,
      double loadAfter,
      String summary) {}

  private record Child(double seconds, double cpuSeconds) {}

  static String run(BenchmarkOptions options, int every, String heap, Path work) throws Exception {
    int workers = options.workers().get(options.workers().size() - 1);
    CorpusSample.Sample sample =
        CorpusSample.take(options.corpus(), options.limit(), every, work.resolve("input"));
    List<Row> rows = new ArrayList<>();
    for (String profile : options.profiles()) {
      System.err.printf("benchmark: cold pass, %s%n", profile);
      List<String> main =
          profile.equals(NAIVE)
              ? List.of(
                  NaiveCoreNlp.class.getName(), sample.staged().toString(), String.valueOf(workers))
              : List.of(
                  "org.newsevents.tools.Cli",
                  "run",
                  "--input=" + sample.staged(),
                  "--output=" + work.resolve("out-" + profile),
                  "--profile=" + profile,
                  "--targetParallelism=" + workers);
      double before = loadAverage();
      Path log = work.resolve("cold-" + profile + ".log");
      Child child = childJvm(heap, main, log);
      rows.add(
          new Row(
              profile, child.seconds(), child.cpuSeconds(), before, loadAverage(), summary(log)));
    }
    String sampled =
        every > 0
            ? "every " + every + "th file of the sorted collection"
            : "spread evenly over the sorted collection";
    return table(
        String.format(
            "cold pass: %d files of %s (%s, first %s, last %s), %d worker(s), each profile in a"
                + " fresh JVM (-Xmx%s) one after the other, %d cores%n",
            sample.files().size(),
            options.corpus(),
            sampled,
            sample.files().get(0),
            sample.files().get(sample.files().size() - 1),
            workers,
            heap,
            Runtime.getRuntime().availableProcessors()),
        sample.files().size(),
        rows);
  }

  /**
   * The table: per profile seconds, articles (input files) per hour, the speed-up over the baseline
   * ({@code naive} when measured, else the first profile) and the load average.
   */
  static String table(String header, int files, List<Row> rows) {
    Row baseline =
        rows.stream().filter(r -> r.profile().equals(NAIVE)).findFirst().orElse(rows.get(0));
    StringBuilder text = new StringBuilder(header);
    text.append(
        String.format(
            "%-10s %9s %14s %12s %9s %12s %22s%n",
            "profile",
            "seconds",
            "articles/hour",
            baseline.profile() + "/this",
            "CPU s",
            "CPU ratio",
            "load avg before/after"));
    for (Row row : rows) {
      text.append(
          String.format(
              "%-10s %9.1f %,14.0f %12.2f %9.1f %12.2f %11.2f / %.2f%n",
              row.profile(),
              row.seconds(),
              files * 3600.0 / row.seconds(),
              baseline.seconds() / row.seconds(),
              row.cpuSeconds(),
              baseline.cpuSeconds() / row.cpuSeconds(),
              row.loadBefore(),
              row.loadAfter()));
    }
    for (Row row : rows) {
      text.append("  ").append(row.profile()).append(": ").append(row.summary()).append('\n');
    }
    return text.toString();
  }

  /**
   * Runs a main class in a new JVM on this JVM's class path with the given heap, its output to a
   * log; the wall seconds from process start to exit and its CPU seconds come out, or an exception
   * with the log.
   */
  private static Child childJvm(String heap, List<String> main, Path log)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx" + heap);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.addAll(main);
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Duration cpu = Duration.ZERO;
    while (!process.waitFor(1, TimeUnit.SECONDS)) {
      cpu = process.toHandle().info().totalCpuDuration().orElse(cpu);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int status = process.exitValue();
    if (status != 0) {
      throw new IllegalStateException(
          "cold run " + main + " failed (exit " + status + "): " + failure(log));
    }
    return new Child(seconds, cpu.toMillis() / 1000.0);
  }

  /**
   * What a failed child JVM's log says went wrong, on one line: its last exception or error line
   * that is no stack frame, else its last line (a command's error is printed on one line, so the
   * whole log would show only its first, CoreNLP's first INFO line).
   */
  static String failure(Path log) throws IOException {
    String found = "(empty log)";
    boolean exception = false;
    for (String line : Files.readAllLines(log)) {
      boolean named =
          !line.isBlank()
              && !Character.isWhitespace(line.charAt(0))
              && (line.contains("Exception") || line.contains("Error"));
      if (named || (!exception && !line.isBlank())) {
        found = line.strip();
        exception |= named;
      }
    }
    return found;
  }

  /** The run's summary line: the last line naming its inputs or annotated articles. */
  static String summary(Path log) throws IOException {
    String found = "(no summary line)";
    for (String line : Files.readAllLines(log)) {
      if (line.contains(" inputs, ") || line.startsWith("naive CoreNLP")) {
        found = line.strip();
      }
    }
    return found;
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
