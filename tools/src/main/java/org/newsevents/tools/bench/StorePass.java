package org.newsevents.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsevents.NewsEventsOptions;
import org.newsevents.RunSummary;
import org.newsevents.nlp.CoreNlpPipelines;
import org.newsevents.nlp.StageTimes;
import org.newsevents.tools.output.CompareOutputs;

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
      // Cold starts with the models unloaded, as a fresh run does (the JVM and Beam are warm).
      CoreNlpPipelines.release(profile);
      System.err.printf("benchmark: %s, store pass, cold%n", profile);
      Timed coldRun = timed(() -> run(sample.staged(), cold, profile, workers, store));
      System.err.printf("benchmark: %s, store pass, warm (same JVM)%n", profile);
      CoreNlpPipelines.release(profile);
      Map<String, Double> before = StageTimes.snapshot();
      Timed warmRun = timed(() -> run(sample.staged(), warm, profile, workers, store));
      Map<String, Double> stages = AnnotatorTimes.difference(StageTimes.snapshot(), before);
      boolean loaded = CoreNlpPipelines.loadTime(profile) != null;
      System.err.printf("benchmark: %s, store pass, warm (fresh JVM)%n", profile);
      double freshSeconds = freshJvm(sample.staged(), fresh, profile, workers, store, work);
      long bytes = bytes(store);
      long entries = entries(store);
      CompareOutputs.Comparison same = CompareOutputs.compare(cold, warm);
      CompareOutputs.Comparison sameFresh = CompareOutputs.compare(cold, fresh);
      text.append(
          String.format(
              "store pass, %s, %d worker(s): %d inputs, %d articles, %d errors; cold: %.1f s,"
                  + " annotated %d (%d copies reused); warm, same JVM: %.1f s (cold/warm %.1f),"
                  + " annotated %d, store hits %d, CoreNLP loaded: %s; warm, fresh JVM: %.1f s"
                  + " (cold/warm %.1f)%n",
              profile,
              workers,
              coldRun.summary.inputs(),
              coldRun.summary.articles(),
              coldRun.summary.errors(),
              coldRun.seconds,
              coldRun.summary.annotated(),
              coldRun.summary.copiesReused(),
              warmRun.seconds,
              coldRun.seconds / warmRun.seconds,
              warmRun.summary.annotated(),
              warmRun.summary.storeHits(),
              loaded ? "yes" : "no",
              freshSeconds,
              coldRun.seconds / freshSeconds));
      text.append(
          String.format(
              "  store: %d entries, %d bytes, %.1f kB per entry; warm stages (s, summed over"
                  + " threads): %s%n  warm (same JVM) vs cold: %s%n  warm (fresh JVM) vs cold:"
                  + " %s%n",
              entries,
              bytes,
              entries == 0 ? 0.0 : bytes / 1000.0 / entries,
              rounded(stages),
              same.describe(),
              sameFresh.describe()));
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

  private record Timed(RunSummary summary, double seconds) {}

  private interface Run {
    RunSummary run() throws Exception;
  }

  private static Timed timed(Run run) throws Exception {
    long start = System.nanoTime();
    RunSummary summary = run.run();
    return new Timed(summary, (System.nanoTime() - start) / 1e9);
  }

  private static RunSummary run(Path input, Path output, String profile, int workers, Path store) {
    NewsEventsOptions options = PipelineRun.options(input, output, profile, workers, "direct");
    if (store != null) {
      options.setAnnotationStore(store.toString());
    }
    return org.newsevents.NewsEvents.run(options);
  }

  /**
   * The warm run in a new JVM on this JVM's class path and heap limit: what a rerun from the
   * command line costs, JVM start and class loading included.
   */
  private static double freshJvm(
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
    int status = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (status != 0) {
      throw new IllegalStateException(
          "the fresh-JVM warm run failed (exit " + status + "): " + Files.readString(log));
    }
    return seconds;
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
