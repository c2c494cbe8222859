package org.newsevents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.newsevents.input.BundledSample;
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

  /** Builds the graph with {@code NewsEvents.buildPipeline}, runs it and reads the output. */
  public static Run run(Path output, String... args) throws IOException {
    String[] all =
        Stream.concat(Stream.of(args), Stream.of("--output=" + output)).toArray(String[]::new);
    NewsEventsOptions options =
        PipelineOptionsFactory.fromArgs(all).withValidation().as(NewsEventsOptions.class);
    Pipeline pipeline = Pipeline.create(options);
    Instant start = Instant.now();
    NewsEvents.buildPipeline(pipeline, options);
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    RunSummary summary = RunSummary.of(result, options, Duration.between(start, Instant.now()));
    return new Run(
        readAvro(output, "articles", Article.class),
        readAvro(output, "events", Event.class),
        readAvro(output, "errors", ErrorRecord.class),
        summary);
  }

  public static void copySample(Path target) throws IOException {
    try (InputStream in =
        PipelineRuns.class.getClassLoader().getResourceAsStream(BundledSample.RESOURCE)) {
      Files.copy(in, target);
    }
  }

  /** Every record of the {@code <name>-*.avro} files of the output. */
  static <T> List<T> readAvro(Path output, String name, Class<T> type) throws IOException {
    List<T> records = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(output, name + "-*.avro")) {
      for (Path file : files) {
        try (DataFileReader<T> reader =
            new DataFileReader<>(file.toFile(), new SpecificDatumReader<>(type))) {
          reader.forEach(records::add);
        }
      }
    }
    return records;
  }
}
