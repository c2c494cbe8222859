package org.newsevents.tools.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.newsevents.NewsEvents;
import org.newsevents.NewsEventsOptions;
import org.newsevents.RunSummary;
import org.newsevents.records.OutputRecords;
import org.newsevents.schema.Article;

/**
 * The real newsevents pipeline, as a production run is configured, on the direct runner or on
 * Flink's embedded cluster: an input directory, an output directory, a profile, a worker count and
 * the runner go in; the run summary and the number of tokens of the written articles come out.
 */
final class PipelineRun {

  /** The run's summary and the sum of the written articles' token counts. */
  record Result(RunSummary summary, long tokens) {}

  private PipelineRun() {}

  static NewsEventsOptions options(
      Path input, Path output, String profile, int workers, String runner) {
    List<String> args =
        new ArrayList<>(List.of("--input=" + input, "--output=" + output, "--profile=" + profile));
    if (runner.equals("flink")) {
      // Flink's embedded cluster in this JVM: its task threads share the loaded CoreNLP models.
      args.addAll(
          List.of("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=" + workers));
    } else {
      args.add("--targetParallelism=" + workers);
    }
    String[] given = args.toArray(String[]::new);
    NewsEventsOptions options = PipelineOptionsFactory.fromArgs(given).as(NewsEventsOptions.class);
    NewsEvents.withoutDirectRunnerChecks(options, given);
    return options;
  }

  static Result run(Path input, Path output, String profile, int workers, String runner) {
    RunSummary summary = NewsEvents.run(options(input, output, profile, workers, runner));
    // Streamed, not listed: the pass's peak heap is measured, and the articles are not needed.
    LongAdder tokens = new LongAdder();
    OutputRecords.in(output).forEach("articles", Article.class, a -> tokens.add(a.getTokenCount()));
    return new Result(summary, tokens.sum());
  }
}
