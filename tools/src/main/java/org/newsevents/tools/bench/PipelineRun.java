package org.newsevents.tools.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.newsevents.NewsEvents;
import org.newsevents.NewsEventsOptions;
import org.newsevents.RunSummary;
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
    NewsEventsOptions options =
        PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).as(NewsEventsOptions.class);
    // As in NewsEvents.main: the direct runner's test-only checks stay off in production runs.
    DirectOptions direct = options.as(DirectOptions.class);
    direct.setEnforceImmutability(false);
    direct.setEnforceEncodability(false);
    return options;
  }

  static Result run(Path input, Path output, String profile, int workers, String runner)
      throws IOException {
    RunSummary summary = NewsEvents.run(options(input, output, profile, workers, runner));
    return new Result(summary, writtenTokens(output));
  }

  private static long writtenTokens(Path output) throws IOException {
    long tokens = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(output, "articles-*.avro")) {
      for (Path file : files) {
        try (DataFileReader<Article> reader =
            new DataFileReader<>(file.toFile(), new SpecificDatumReader<>(Article.class))) {
          for (Article article : reader) {
            tokens += article.getTokenCount();
          }
        }
      }
    }
    return tokens;
  }
}
