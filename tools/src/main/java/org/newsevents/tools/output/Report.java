package org.newsevents.tools.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.newsevents.records.OutputRecords;
import org.newsevents.tools.CommandArgs;

/**
 * The {@code report} command: the records of a run go in ({@code --output=DIR}); one self-contained
 * HTML page with charts comes out ({@code --to=report.html}).
 */
public final class Report {

  private Report() {}

  public static void main(String[] args) throws IOException {
    CommandArgs options = CommandArgs.parse("report", args, Set.of("output", "to", "title"));
    Path output = Path.of(options.get("output", "out"));
    Path to = Path.of(options.get("to", "report.html"));
    write(OutputRecords.in(output), to, options.get("title", "newsevents report: " + output));
    System.out.println("report -> " + to);
  }

  public static void write(OutputRecords records, Path to, String title) throws IOException {
    if (to.getParent() != null) {
      Files.createDirectories(to.getParent());
    }
    Files.writeString(to, ReportPage.render(ReportData.of(records), title), StandardCharsets.UTF_8);
  }
}
