package org.newsevents.tools.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.avro.generic.IndexedRecord;
import org.newsevents.records.EventViews;
import org.newsevents.records.OutputRecords;
import org.newsevents.schema.Article;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.schema.Event;
import org.newsevents.schema.EventCluster;
import org.newsevents.tools.cli.OptionValues;
import org.newsevents.tools.cli.SharedOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code inspect} command: the records of a run go in ({@code --output=DIR}); the chosen kind
 * ({@code --records=events|statements|articles|errors|clusters}) comes out on standard output as
 * JSON lines or a fixed-width table, filtered by {@code --type}, {@code --actor} (part of a name,
 * any case), {@code --from}/{@code --to} (ISO days; a record matches when its date overlaps) and
 * cut at {@code --limit}.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description =
        "prints a run's events, statements, articles, errors or clusters as JSON lines or a"
            + " table, filtered by type, actor and dates")
public final class Inspect implements Callable<Integer> {

  static final List<String> KINDS =
      List.of("events", "statements", "articles", "errors", "clusters");

  /** How the records are printed: picocli rejects any other value, naming these. */
  enum Format {
    jsonl,
    table
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The filters of one call. */
  record Filter(String type, String actor, LocalDate from, LocalDate to, String kind) {}

  @Spec CommandSpec spec;

  @Mixin SharedOptions.RunDirectory run;

  @Option(
      names = "--records",
      paramLabel = "KIND",
      defaultValue = "events",
      description = "events, statements, articles, errors or clusters")
  String records;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "jsonl",
      description = "${COMPLETION-CANDIDATES}")
  Format format;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "only this event type (for errors: error type), any case")
  String type;

  @Option(
      names = "--actor",
      paramLabel = "NAME",
      description = "only records naming an actor that contains NAME, any case")
  String actor;

  @Option(
      names = "--statement-kind",
      paramLabel = "KIND",
      description =
          "only statements of this kind, any case: SPEECH, WRITTEN, BELIEF, STANCE, EVIDENCE,"
              + " UNKNOWN (events and statements)")
  String statementKind;

  @Option(
      names = "--from",
      paramLabel = "DAY",
      description = "only records dated on or after DAY (yyyy-mm-dd)")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DAY",
      description = "only records dated on or before DAY (yyyy-mm-dd)")
  LocalDate to;

  @Option(
      names = "--limit",
      paramLabel = "N",
      converter = OptionValues.AtLeastOne.class,
      description = "at most N records (default: all)")
  Integer limit;

  @Override
  public Integer call() throws Exception {
    print(spec.commandLine().getOut());
    return 0;
  }

  /** Prints the chosen records to {@code out}; returns how many. */
  int print(PrintWriter out) throws Exception {
    if (!KINDS.contains(records)) {
      throw new ParameterException(
          spec.commandLine(), "--records is " + String.join(", ", KINDS) + ", not " + records);
    }
    Filter filter =
        new Filter(blankToNull(type), blankToNull(actor), from, to, blankToNull(statementKind));
    List<? extends IndexedRecord> selected =
        select(OutputRecords.in(run.output), records, filter)
            .limit(limit == null ? Long.MAX_VALUE : limit)
            .toList();
    if (format == Format.jsonl) {
      for (IndexedRecord record : selected) {
        out.println(JSON.writeValueAsString(AvroJson.of(record)));
      }
    } else {
      out.print(InspectTable.render(records, selected));
    }
    out.flush();
    return selected.size();
  }

  private static String blankToNull(String text) {
    // As before picocli: --actor= with nothing after it filters nothing.
    return text == null || text.isBlank() ? null : text;
  }

  static Stream<? extends IndexedRecord> select(OutputRecords records, String kind, Filter f) {
    return switch (kind) {
      case "events" -> records.events().stream().filter(e -> matches(e, f));
      case "statements" ->
          records.events().stream().filter(e -> e.getStatement() != null && matches(e, f));
      case "articles" -> records.articles().stream().filter(a -> matches(a, f));
      case "clusters" -> records.clusters().stream().filter(c -> matches(c, f));
      case "errors" -> records.errors().stream().filter(e -> matches(e, f));
      default -> throw new IllegalArgumentException("no kind of record: " + kind);
    };
  }

  static boolean matches(Event e, Filter f) {
    return type(e.getType(), f)
        && (f.kind() == null
            || (e.getStatement() != null
                && f.kind().equalsIgnoreCase(e.getStatement().getKind().name())))
        && actor(EventViews.names(e), f)
        && date(e.getTime() == null ? null : e.getTime().getValue(), f);
  }

  static boolean matches(EventCluster c, Filter f) {
    return f.kind() == null
        && type(c.getType(), f)
        && actor(c.getActors(), f)
        && date(c.getDate(), f);
  }

  static boolean matches(Article a, Filter f) {
    String day =
        a.getPublished() == null
            ? null
            : a.getPublished().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    return f.type() == null && f.actor() == null && f.kind() == null && date(day, f);
  }

  static boolean matches(ErrorRecord e, Filter f) {
    // Errors have no date or actor; a type filter matches the error type.
    return f.actor() == null
        && f.kind() == null
        && f.from() == null
        && f.to() == null
        && (f.type() == null || f.type().equalsIgnoreCase(e.getErrorType()));
  }

  private static boolean type(String type, Filter f) {
    return f.type() == null || f.type().equalsIgnoreCase(type);
  }

  private static boolean actor(List<String> names, Filter f) {
    if (f.actor() == null) {
      return true;
    }
    String wanted = f.actor().toLowerCase(Locale.ROOT);
    return names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(wanted));
  }

  private static boolean date(String value, Filter f) {
    if (f.from() == null && f.to() == null) {
      return true;
    }
    DayRange range = DayRange.parse(value);
    return range != null && range.overlaps(f.from(), f.to());
  }
}
