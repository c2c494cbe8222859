package org.newsevents.tools.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsevents.records.OutputRecords;
import org.newsevents.tools.cli.SharedOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code report} command: the records of a run go in ({@code --output=DIR}); one self-contained
 * HTML page with charts comes out ({@code --to=report.html}).
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description =
        "writes one self-contained HTML page of a run's counts and charts, which opens offline")
public final class Report implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin SharedOptions.RunDirectory run;

  @Option(
      names = "--to",
      paramLabel = "FILE",
      defaultValue = "report.html",
      description = "the page written")
  Path to;

  @Option(names = "--title", description = "the page's title (default: newsevents report: DIR)")
  String title;

  @Override
  public Integer call() throws IOException {
    String heading = title == null || title.isBlank() ? "newsevents report: " + run.output : title;
    ReportData data = ReportData.of(OutputRecords.in(run.output));
    write(data, to, heading);
    spec.commandLine().getOut().println(data.actorCoverage().describe());
    spec.commandLine().getOut().println("report -> " + to);
    return 0;
  }

  public static void write(OutputRecords records, Path to, String title) throws IOException {
    write(ReportData.of(records), to, title);
  }

  private static void write(ReportData data, Path to, String title) throws IOException {
    if (to.getParent() != null) {
      Files.createDirectories(to.getParent());
    }
    Files.writeString(to, ReportPage.render(data, title), StandardCharsets.UTF_8);
  }
}
