package org.newsevents.tools.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.newsevents.NewsEventsOptions;
import org.newsevents.RunSummary;
import org.newsevents.nlp.CoreNlpPipelines;
import org.newsevents.nlp.StageTimes;
import org.newsevents.tools.output.CompareOutputs;
import org.newsevents.transforms.WarmRunJit;

/**
 * The benchmark's store pass ({@code benchmark --store-pass}): per profile, the pipeline over the
 * sample with an empty annotation store (cold), again with the store it filled in the same JVM
 * (warm) and in a fresh JVM (warm, start-up and all), and whether the warm records equal the cold
 * ones; with copies, a run over a sample of which that many articles are exact copies of others
 * under new doc ids. Everything runs on the direct runner with the given worker count.
 */
final class StorePass {

  private StorePass() {}

  static String run(BenchmarkOptions options, int copies, Path work) throws Exception {
    StringBuilder text = new StringBuilder();
    int workers = options.workers().get(options.workers().size() - 1);
    CorpusSample.Sample sample =
        CorpusSample.take(options.corpus(), options.limit(), work.resolve("input"));
    for (String profile : options.profiles()) {
      Path store = work.resolve("store-" + profile);
      Path cold = work.resolve("cold-" + profile);
      Path warm = work.resolve("warm-" + profile);
      Path fresh = work.resolve("fresh-" + profile);
      double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      // Cold starts with the models unloaded, as a fresh run does (the JVM and Beam are warm).
      CoreNlpPipelines.release(profile);
      System.err.printf("benchmark: %s, store pass, cold%n", profile);
      Timed coldRun = timed(() -> run(sample.staged(), cold, profile, workers, store));
      System.err.printf("benchmark: %s, store pass, warm (same JVM)%n", profile);
      CoreNlpPipelines.release(profile);
      Map<String, Double> before = StageTimes.snapshot();
      long c2Stops = WarmRunJit.runsEntered();
      Timed warmRun = timed(() -> run(sample.staged(), warm, profile, workers, store));
      Map<String, Double> stages = AnnotatorTimes.difference(StageTimes.snapshot(), before);
      boolean loaded = CoreNlpPipelines.loadTime(profile) != null;
      boolean c2Stopped = WarmRunJit.runsEntered() > c2Stops;
      System.err.printf("benchmark: %s, store pass, warm (fresh JVM)%n", profile);
      Timed freshRun = freshJvm(sample.staged(), fresh, profile, workers, store, work);
      long bytes = bytes(store);
      long entries = entries(store);
      CompareOutputs.Comparison same = CompareOutputs.compare(cold, warm);
      CompareOutputs.Comparison sameFresh = CompareOutputs.compare(cold, fresh);
      text.append(
          String.format(
              "store pass, %s, %d worker(s): %d inputs, %d articles, %d errors; cold: %.1f s"
                  + " (%.1f CPU-s), annotated %d (%d copies reused); warm, same JVM: %.1f s (%.1f"
                  + " CPU-s; cold/warm %.1f, CPU %.1f), annotated %d, store hits %d, CoreNLP"
                  + " loaded: %s, C2 stopped (--warmRunJit): %s; warm, fresh JVM: %.1f s (about %.1f CPU-s; cold/warm %.1f, CPU"
                  + " %.1f)%n",
              profile,
              workers,
              coldRun.summary.inputs(),
              coldRun.summary.articles(),
              coldRun.summary.errors(),
              coldRun.seconds,
              coldRun.cpuSeconds,
              coldRun.summary.annotated(),
              coldRun.summary.copiesReused(),
              warmRun.seconds,
              warmRun.cpuSeconds,
              coldRun.seconds / warmRun.seconds,
              coldRun.cpuSeconds / warmRun.cpuSeconds,
              warmRun.summary.annotated(),
              warmRun.summary.storeHits(),
              loaded ? "yes" : "no",
              c2Stopped ? "yes" : "no",
              freshRun.seconds,
              freshRun.cpuSeconds,
              coldRun.seconds / freshRun.seconds,
              coldRun.cpuSeconds / freshRun.cpuSeconds));
      text.append(
          String.format(
              "  store: %d entries, %d bytes, %.1f kB per entry; warm stages (s, summed over"
                  + " threads): %s%n  warm (same JVM) vs cold: %s%n  warm (fresh JVM) vs cold:"
                  + " %s%n  load average (1 min) before the cold run %.1f, after the fresh-JVM run"
                  + " %.1f%n",
              entries,
              bytes,
              entries == 0 ? 0.0 : bytes / 1000.0 / entries,
              rounded(stages),
              same.describe(),
              sameFresh.describe(),
              loadBefore,
              ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
      if (copies > 0) {
        text.append(copiesRun(options, copies, profile, workers, work));
      }
      CoreNlpPipelines.release(profile);
    }
    return text.toString();
  }

  /**
   * A sample of {@code limit - copies} distinct texts plus exact copies of the first {@code copies}
   * of them under new doc ids (a folder of their own), without a store: CoreNLP should annotate
   * {@code limit - copies} articles.
   */
  private static String copiesRun(
      BenchmarkOptions options, int copies, String profile, int workers, Path work)
      throws Exception {
    Path input = work.resolve("copies-input-" + profile);
    CorpusSample.Sample distinct =
        CorpusSample.takeDistinct(options.corpus(), Math.max(1, options.limit() - copies), input);
    List<Path> files = distinct.files();
    for (int i = 0; i < copies; i++) {
      Path original = input.resolve(files.get(i % files.size()).toString());
      Path copy = input.resolve("copies").resolve(i + "-" + original.getFileName());
      Files.createDirectories(copy.getParent());
      Files.copy(original, copy);
    }
    System.err.printf("benchmark: %s, %d copies%n", profile, copies);
    Timed run = timed(() -> run(input, work.resolve("copies-" + profile), profile, workers, null));
    return String.format(
        "copies, %s: %d inputs (%d files of distinct texts + %d exact copies under new ids): %d"
            + " articles, %d errors, annotated %d (expected %d), copies reused %d, %.1f s%n",
        profile,
        run.summary.inputs(),
        files.size(),
        copies,
        run.summary.articles(),
        run.summary.errors(),
        run.summary.annotated(),
        distinct.articles().size(),
        run.summary.copiesReused(),
        run.seconds);
  }

  /** A run's summary (null for a run in another JVM), wall seconds and process CPU seconds. */
  private record Timed(RunSummary summary, double seconds, double cpuSeconds) {}

  private interface Run {
    RunSummary run() throws Exception;
  }

  private static Timed timed(Run run) throws Exception {
    long start = System.nanoTime();
    long cpu = processCpuNanos();
    RunSummary summary = run.run();
    return new Timed(summary, (System.nanoTime() - start) / 1e9, (processCpuNanos() - cpu) / 1e9);
  }

  private static RunSummary run(Path input, Path output, String profile, int workers, Path store) {
    NewsEventsOptions options = PipelineRun.options(input, output, profile, workers, "direct");
    if (store != null) {
      options.setAnnotationStore(store.toString());
    }
    return org.newsevents.NewsEvents.run(options);
  }

  /** This JVM's CPU time, all threads, in nanoseconds. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * The warm run in a new JVM on this JVM's class path and heap limit: what a rerun from the
   * command line costs, JVM start and class loading included. Its CPU time is the child's as last
   * seen, polled every 100 ms (the last moments before it exits are missed).
   */
  private static Timed freshJvm(
      Path input, Path output, String profile, int workers, Path store, Path work)
      throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.newsevents.tools.Cli",
                "run",
                "--input=" + input,
                "--output=" + output,
                "--profile=" + profile,
                "--targetParallelism=" + workers,
                "--annotationStore=" + store));
    Path log = work.resolve("fresh-" + profile + ".log");
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Duration cpu = Duration.ZERO;
    while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
      cpu = process.info().totalCpuDuration().orElse(cpu);
    }
    int status = process.exitValue();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (status != 0) {
      throw new IllegalStateException(
          "the fresh-JVM warm run failed (exit " + status + "): " + ColdPass.failure(log));
    }
    return new Timed(null, seconds, cpu.toNanos() / 1e9);
  }

  private static long bytes(Path store) throws IOException {
    try (Stream<Path> files = Files.walk(store)) {
      return files.filter(Files::isRegularFile).mapToLong(StorePass::size).sum();
    }
  }

  private static long entries(Path store) throws IOException {
    try (Stream<Path> files = Files.walk(store)) {
      return files.filter(f -> f.toString().endsWith(".pb.gz")).count();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String rounded(Map<String, Double> stages) {
    StringBuilder out = new StringBuilder();
    stages.forEach((stage, s) -> out.append(String.format("%s %.1f, ", stage, s)));
    return out.isEmpty() ? "-" : out.substring(0, out.length() - 2);
  }
}
