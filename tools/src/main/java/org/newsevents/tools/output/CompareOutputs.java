package org.newsevents.tools.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.newsevents.RunSummary;
import org.newsevents.records.OutputRecords;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.schema.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Compares the outputs of two runs of the same input, e.g. on two runners: two local output
 * directories go in; the records and counts that differ come out ({@code compare-outputs
 * --expected=DIR --actual=DIR}, exit status 1 when they differ).
 */
@Command(
    name = "compare-outputs",
    mixinStandardHelpOptions = true,
    description = "compares two runs' records and summary counts; exit status 1 when they differ")
public final class CompareOutputs implements Callable<Integer> {

  /** The summary counts that must agree; the run time and paths may differ. */
  private static final List<String> COUNTS =
      List.of("inputs", "articles", "statements", "events", "errors", "errors_by_stage");

  private static final int SHOWN = 20;

  /** What the two outputs hold and where they differ. */
  public record Comparison(
      int articles, int events, int errors, String counts, List<String> differences) {

    public boolean same() {
      return differences.isEmpty();
    }

    public String describe() {
      String records =
          String.format(
              "%d articles, %d events, %d errors; counts %s", articles, events, errors, counts);
      if (same()) {
        return "same records: " + records;
      }
      List<String> shown = differences.subList(0, Math.min(SHOWN, differences.size()));
      return String.format(
          "DIFFERENT: %d differences (expected side: %s)%n  %s%s",
          differences.size(),
          records,
          String.join(System.lineSeparator() + "  ", shown),
          differences.size() > SHOWN ? System.lineSeparator() + "  ..." : "");
    }
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--expected",
      paramLabel = "DIR",
      required = true,
      description = "the output of the reference run")
  Path expected;

  @Option(
      names = "--actual",
      paramLabel = "DIR",
      required = true,
      description = "the output of the run compared with it")
  Path actual;

  @Option(
      names = "--ignoreModelVersion",
      description =
          "compare events without their model_version, which names the models' digest and so"
              + " changes whenever a file in models/ does")
  boolean ignoreModelVersion;

  @Override
  public Integer call() throws IOException {
    Comparison comparison = compare(expected, actual, ignoreModelVersion);
    spec.commandLine().getOut().println(comparison.describe());
    return comparison.same() ? 0 : 1;
  }

  /** Compares events by id, articles by doc_id, errors by what failed, and the run summaries. */
  public static Comparison compare(Path expected, Path actual) throws IOException {
    return compare(expected, actual, false);
  }

  /** As {@link #compare(Path, Path)}, optionally without the events' model versions. */
  public static Comparison compare(Path expected, Path actual, boolean ignoreModelVersion)
      throws IOException {
    List<String> differences = new ArrayList<>();
    OutputRecords expectedRecords = OutputRecords.in(expected);
    OutputRecords actualRecords = OutputRecords.in(actual);
    int events =
        diffBy(
            "event",
            expectedRecords.events(),
            actualRecords.events(),
            e -> e.getEventId().toString(),
            e -> ignoreModelVersion ? Event.newBuilder(e).setModelVersion(null).build() : e,
            differences);
    int articles =
        diffBy(
            "article",
            expectedRecords.articles(),
            actualRecords.articles(),
            a -> a.getDocId().toString(),
            a -> a,
            differences);
    // Stack traces name the runner's frames, so errors are compared by what failed and why.
    Map<String, String> expectedErrors = errors(expectedRecords);
    diff("error", expectedErrors, errors(actualRecords), differences);
    String expectedCounts = counts(expected);
    String actualCounts = counts(actual);
    if (!expectedCounts.equals(actualCounts)) {
      differences.add("summary counts " + expectedCounts + " != " + actualCounts);
    }
    return new Comparison(articles, events, expectedErrors.size(), expectedCounts, differences);
  }

  private static Map<String, String> errors(OutputRecords output) {
    Map<String, String> errors = new TreeMap<>();
    for (ErrorRecord e : output.errors()) {
      String line =
          String.join(
              " | ",
              e.getSource(),
              String.valueOf(e.getDocId()),
              e.getStage(),
              e.getErrorType(),
              e.getMessage());
      errors.merge(line, line, (a, b) -> a + " (twice)");
    }
    return errors;
  }

  private static String counts(Path output) throws IOException {
    Path file = output.resolve(RunSummary.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return "(no " + RunSummary.FILE_NAME + ")";
    }
    JsonNode summary = new ObjectMapper().readTree(file.toFile());
    Map<String, String> counts = new TreeMap<>();
    for (String name : COUNTS) {
      counts.put(name, summary.path(name).toString());
    }
    return counts.toString();
  }

  /** Diffs two lists of records by key; returns how many keys the expected side has. */
  private static <T> int diffBy(
      String kind,
      List<T> expected,
      List<T> actual,
      Function<T, String> key,
      Function<T, T> compared,
      List<String> out) {
    Map<String, String> expectedByKey = byKey(expected, key, compared);
    diff(kind, expectedByKey, byKey(actual, key, compared), out);
    return expectedByKey.size();
  }

  private static <T> Map<String, String> byKey(
      List<T> records, Function<T, String> key, Function<T, T> compared) {
    Map<String, String> byKey = new TreeMap<>();
    for (T record : records) {
      // A key written twice is a difference in itself: keep both so that it cannot match.
      byKey.merge(key.apply(record), compared.apply(record).toString(), (a, b) -> a + " AND " + b);
    }
    return byKey;
  }

  private static void diff(
      String kind, Map<String, String> expected, Map<String, String> actual, List<String> out) {
    for (Map.Entry<String, String> e : expected.entrySet()) {
      String other = actual.get(e.getKey());
      if (other == null) {
        out.add(kind + " " + e.getKey() + " missing");
      } else if (!other.equals(e.getValue())) {
        out.add(kind + " " + e.getKey() + " differs: " + e.getValue() + " != " + other);
      }
    }
    for (String key : actual.keySet()) {
      if (!expected.containsKey(key)) {
        out.add(kind + " " + key + " unexpected");
      }
    }
  }
}
