package org.newsevents.tools.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.CoreNlpPipelines;
import org.newsevents.nlp.StageTimes;
import org.newsevents.tools.cli.OptionValues;
import org.newsevents.tools.cli.SharedOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code benchmark} command: a corpus and the profiles and worker counts to compare go in; per
 * profile, the model load, then bare CoreNLP and the real pipeline over the same articles with each
 * worker count, side by side, come out on standard output and optionally as a JSON report.
 */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description =
        "per profile: model load, then bare CoreNLP and the pipeline over the same articles for"
            + " each worker count")
public final class Benchmark implements Callable<Integer> {

  /**
   * Articles analyzed once before measuring, so that the JIT has compiled CoreNLP's hot loops: with
   * 3, the first measured pass (bare, 1 thread) ran measurably slower per token than the passes
   * after it.
   */
  private static final int WARM_UP_ANALYSES = 40;

  /** Articles of the warm-up pipeline run, which loads Beam's (and the runner's) classes. */
  private static final int WARM_UP_ARTICLES = 3;

  /** What one pass produced. */
  private record Counted(int articles, int errors, long tokens) {}

  private interface Pass {
    Counted run() throws Exception;
  }

  @Spec CommandSpec spec;

  @Mixin SharedOptions.Corpus sample;

  @Option(
      names = "--profiles",
      paramLabel = "NAME",
      split = "\\s*,\\s*",
      splitSynopsisLabel = ",",
      defaultValue = "fast,full",
      description = "CoreNLP profiles, measured one after the other")
  List<String> profiles;

  @Option(
      names = "--workers",
      paramLabel = "N",
      split = ",",
      defaultValue = "1,2",
      converter = OptionValues.AtLeastOne.class,
      description = "worker counts of the passes")
  List<Integer> workers;

  @Option(
      names = "--runner",
      paramLabel = "RUNNER",
      defaultValue = "direct",
      description =
          "the pipeline passes' Beam runner: direct, or flink (embedded, parallelism = workers)")
  String runner;

  @Option(
      names = "--store-pass",
      description =
          "instead of the passes above: per profile, a cold run with an empty annotation store, a"
              + " warm run with it (same JVM, then a fresh JVM), their times, the store's bytes per"
              + " article and whether the records are equal (direct runner, the last worker count)")
  boolean storePass;

  @Option(
      names = "--cold",
      description =
          "instead of the passes above: each profile end to end in a fresh JVM, one after the"
              + " other (JVM start and model load included; direct runner, the last worker count);"
              + " the profile naive is in-process CoreNLP with "
              + NaiveCoreNlp.ANNOTATORS
              + " and CoreNLP's defaults; prints seconds, articles/hour and the ratio to naive")
  boolean cold;

  @Option(
      names = "--every",
      paramLabel = "N",
      defaultValue = "0",
      converter = OptionValues.AtLeastZero.class,
      description =
          "with --cold: every N-th file of the sorted corpus from the first, up to --limit"
              + " (0 = --limit files spread evenly)")
  int every;

  @Option(
      names = "--child-heap",
      paramLabel = "SIZE",
      defaultValue = "4g",
      description = "with --cold: the fresh JVMs' maximum heap (-Xmx)")
  String childHeap;

  @Option(
      names = "--copies",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "with --store-pass: also run limit-N articles plus exact copies of N of them under new"
              + " ids, and print how many were annotated")
  int copies;

  @Option(
      names = "--report",
      paramLabel = "FILE.json",
      description = "also write the results as JSON")
  Path report;

  @Override
  public Integer call() throws Exception {
    BenchmarkOptions options = options();
    Path work = Files.createTempDirectory("newsevents-bench");
    try {
      if (storePass) {
        System.out.print(StorePass.run(options, copies, work));
        return 0;
      }
      if (cold) {
        System.out.print(ColdPass.run(options, every, childHeap, work));
        return 0;
      }
      BenchmarkReport result = run(options, work);
      System.out.print(result.text());
      if (options.report() != null) {
        result.writeJson(options.report());
      }
    } finally {
      deleteRecursively(work);
    }
    return 0;
  }

  /** The values given, each profile and worker count once, in the order first given. */
  BenchmarkOptions options() {
    List<String> names = profiles.stream().filter(p -> !p.isBlank()).distinct().toList();
    if (names.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "--profiles needs at least one profile name");
    }
    if (!BenchmarkOptions.RUNNERS.contains(runner)) {
      throw new ParameterException(
          spec.commandLine(),
          "--runner: one of " + BenchmarkOptions.RUNNERS + ", not '" + runner + "'");
    }
    if (storePass && !runner.equals("direct")) {
      throw new ParameterException(
          spec.commandLine(), "--store-pass runs on the direct runner, not '" + runner + "'");
    }
    if (cold && (storePass || !runner.equals("direct"))) {
      throw new ParameterException(
          spec.commandLine(), "--cold runs alone on the direct runner (no --store-pass, no flink)");
    }
    if (every > 0 && !cold) {
      throw new ParameterException(spec.commandLine(), "--every needs --cold");
    }
    if (!childHeap.matches("[0-9]+[kmgKMG]?")) {
      throw new ParameterException(
          spec.commandLine(), "--child-heap: a JVM heap size such as 4g, not '" + childHeap + "'");
    }
    if (copies < 0 || (copies > 0 && (!storePass || copies >= sample.limit))) {
      throw new ParameterException(
          spec.commandLine(),
          "--copies: with --store-pass, from 0 to below --limit, not " + copies);
    }
    return new BenchmarkOptions(
        sample.directory(spec),
        sample.limit,
        names,
        workers.stream().distinct().toList(),
        runner,
        report);
  }

  static BenchmarkReport run(BenchmarkOptions options, Path work) throws Exception {
    CorpusSample.Sample sample =
        CorpusSample.take(options.corpus(), options.limit(), work.resolve("input"));
    List<BenchmarkReport.ProfileResult> profiles = new ArrayList<>();
    for (String profile : options.profiles()) {
      System.err.printf("benchmark: loading profile %s%n", profile);
      StanfordCoreNLP pipeline = CoreNlpPipelines.get(profile);
      CoreNlpPipelines.LoadTime load = CoreNlpPipelines.loadTime(profile);
      long heapAfterLoad = HeapMeter.liveBytesAfterGc();
      warmUp(profile, sample, work.resolve("warm-up-" + profile), options.runner());
      List<Measurement> passes = new ArrayList<>();
      for (int workers : options.workers()) {
        System.err.printf("benchmark: %s, bare CoreNLP, %d thread(s)%n", profile, workers);
        passes.add(
            measure(
                Measurement.BARE,
                profile,
                workers,
                pipeline,
                () ->
                    new Counted(
                        sample.articles().size(),
                        sample.invalid(),
                        BareCoreNlp.annotate(pipeline, sample.articles(), workers))));
        System.err.printf("benchmark: %s, pipeline, %d worker(s)%n", profile, workers);
        Path output = work.resolve("out-" + profile + "-" + workers);
        passes.add(
            measure(
                Measurement.PIPELINE,
                profile,
                workers,
                pipeline,
                () -> {
                  PipelineRun.Result run =
                      PipelineRun.run(sample.staged(), output, profile, workers, options.runner());
                  return new Counted(
                      (int) run.summary().articles(), (int) run.summary().errors(), run.tokens());
                }));
      }
      profiles.add(
          new BenchmarkReport.ProfileResult(
              profile, load.modelSeconds(), load.warmUpSeconds(), heapAfterLoad, passes));
      // Free this profile's models before the next one loads (and measure that load afresh).
      CoreNlpPipelines.release(profile);
    }
    return new BenchmarkReport(
        options.corpus().toString(),
        sample.files().size(),
        options.runner(),
        Runtime.getRuntime().availableProcessors(),
        HeapMeter.maxBytes(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        profiles);
  }

  /**
   * Runs the analyzer and the whole pipeline once on a few articles, so that JIT compilation, the
   * lexicons and Beam's classes are loaded before anything is measured.
   */
  private static void warmUp(String profile, CorpusSample.Sample sample, Path dir, String runner)
      throws IOException {
    System.err.printf("benchmark: %s, warm-up%n", profile);
    ArticleAnalyzer analyzer = ArticleAnalyzer.forProfile(profile);
    List<Path> files = sample.files().subList(0, Math.min(WARM_UP_ARTICLES, sample.files().size()));
    for (int i = 0; i < Math.min(WARM_UP_ANALYSES, sample.articles().size()); i++) {
      analyzer.analyze(sample.articles().get(i));
    }
    Path input = dir.resolve("input");
    for (Path file : files) {
      Path copy = input.resolve(file.toString());
      Files.createDirectories(copy.getParent());
      Files.copy(sample.staged().resolve(file.toString()), copy);
    }
    PipelineRun.run(input, dir.resolve("output"), profile, 1, runner);
  }

  private static Measurement measure(
      String kind, String profile, int workers, StanfordCoreNLP pipeline, Pass pass)
      throws Exception {
    System.gc(); // start each pass from the same heap, so that its peak is its own
    HeapMeter.reset();
    Map<String, Double> annotatorsBefore = AnnotatorTimes.parse(pipeline.timingInformation());
    Map<String, Double> stagesBefore = StageTimes.snapshot();
    long cpuBefore = processCpuNanos();
    long start = System.nanoTime();
    Counted counted = pass.run();
    double wall = (System.nanoTime() - start) / 1e9;
    double cpu = (processCpuNanos() - cpuBefore) / 1e9;
    Map<String, Double> stages =
        kind.equals(Measurement.BARE)
            ? Map.of()
            : AnnotatorTimes.difference(StageTimes.snapshot(), stagesBefore);
    return new Measurement(
        kind,
        profile,
        workers,
        counted.articles(),
        counted.errors(),
        counted.tokens(),
        wall,
        cpu,
        HeapMeter.peakBytes(),
        AnnotatorTimes.difference(
            AnnotatorTimes.parse(pipeline.timingInformation()), annotatorsBefore),
        stages);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
