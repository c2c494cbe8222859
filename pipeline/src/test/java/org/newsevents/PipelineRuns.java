package org.newsevents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.newsevents.input.BundledSample;
import org.newsevents.records.OutputRecords;
import org.newsevents.schema.Article;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.schema.Event;

/** Runs the production graph in a test and reads back what it wrote. */
public final class PipelineRuns {

  /** The records and summary of one finished run. */
  public record Run(
      List<Article> articles, List<Event> events, List<ErrorRecord> errors, RunSummary summary) {

    /** One line per error: source file suffix | doc_id | stage | error_type. */
    public List<String> errorLines() {
      return errors.stream()
          .map(
              e ->
                  String.join(
                      " | ",
                      e.getSource().substring(e.getSource().lastIndexOf('/') + 1),
                      e.getDocId(),
                      e.getStage(),
                      e.getErrorType()))
          .sorted()
          .collect(Collectors.toList());
    }

    public List<String> eventIds() {
      return events.stream().map(Event::getEventId).sorted().collect(Collectors.toList());
    }
  }

  private PipelineRuns() {}

  /**
   * Runs the production graph with {@code NewsEvents.run} (the direct runner's checks stay on) and
   * reads the output.
   */
  public static Run run(Path output, String... args) throws IOException {
    String[] all =
        Stream.concat(Stream.of(args), Stream.of("--output=" + output)).toArray(String[]::new);
    NewsEventsOptions options =
        PipelineOptionsFactory.fromArgs(all).withValidation().as(NewsEventsOptions.class);
    RunSummary summary = NewsEvents.run(options);
    OutputRecords records = OutputRecords.in(output);
    return new Run(records.articles(), records.events(), records.errors(), summary);
  }

  public static void copySample(Path target) throws IOException {
    try (InputStream in =
        PipelineRuns.class.getClassLoader().getResourceAsStream(BundledSample.RESOURCE)) {
      Files.copy(in, target);
    }
  }
}
