package org.newsevents.tools.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.avro.generic.IndexedRecord;
import org.newsevents.records.EventViews;
import org.newsevents.records.OutputRecords;
import org.newsevents.schema.Article;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.schema.Event;
import org.newsevents.schema.EventCluster;
import org.newsevents.tools.CommandArgs;

/**
 * The {@code inspect} command: the records of a run go in ({@code --output=DIR}); the chosen kind
 * ({@code --records=events|statements|articles|errors|clusters}) comes out on standard output as
 * JSON lines or a fixed-width table, filtered by {@code --type}, {@code --actor} (part of a name,
 * any case), {@code --from}/{@code --to} (ISO days; a record matches when its date overlaps) and
 * cut at {@code --limit}.
 */
public final class Inspect {

  static final Set<String> OPTIONS =
      Set.of("output", "records", "format", "type", "actor", "from", "to", "limit");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The filters of one call. */
  record Filter(String type, String actor, LocalDate from, LocalDate to) {}

  private Inspect() {}

  public static void main(String[] args) throws Exception {
    run(args, System.out);
  }

  /** Runs the command with its output going to {@code out}; returns the records printed. */
  public static int run(String[] args, PrintStream out) throws Exception {
    CommandArgs options = CommandArgs.parse("inspect", args, OPTIONS);
    OutputRecords records = OutputRecords.in(Path.of(options.get("output", "out")));
    String kind = options.get("records", "events");
    String format = options.get("format", "jsonl");
    if (!format.equals("jsonl") && !format.equals("table")) {
      throw new IllegalArgumentException("inspect: --format is jsonl or table, not " + format);
    }
    Filter filter =
        new Filter(
            options.get("type", null),
            options.get("actor", null),
            day(options.get("from", null)),
            day(options.get("to", null)));
    int limit = options.positive("limit", Integer.MAX_VALUE);
    List<? extends IndexedRecord> selected = select(records, kind, filter).limit(limit).toList();
    if (format.equals("jsonl")) {
      for (IndexedRecord record : selected) {
        out.println(JSON.writeValueAsString(AvroJson.of(record)));
      }
    } else {
      out.print(InspectTable.render(kind, selected));
    }
    return selected.size();
  }

  static Stream<? extends IndexedRecord> select(OutputRecords records, String kind, Filter f) {
    return switch (kind) {
      case "events" -> records.events().stream().filter(e -> matches(e, f));
      case "statements" ->
          records.events().stream().filter(e -> e.getStatement() != null && matches(e, f));
      case "articles" -> records.articles().stream().filter(a -> matches(a, f));
      case "clusters" -> records.clusters().stream().filter(c -> matches(c, f));
      case "errors" -> records.errors().stream().filter(e -> matches(e, f));
      default ->
          throw new IllegalArgumentException(
              "inspect: --records is events, statements, articles, errors or clusters, not "
                  + kind);
    };
  }

  static boolean matches(Event e, Filter f) {
    return type(e.getType(), f)
        && actor(EventViews.names(e), f)
        && date(e.getTime() == null ? null : e.getTime().getValue(), f);
  }

  static boolean matches(EventCluster c, Filter f) {
    return type(c.getType(), f) && actor(c.getActors(), f) && date(c.getDate(), f);
  }

  static boolean matches(Article a, Filter f) {
    String day =
        a.getPublished() == null
            ? null
            : a.getPublished().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    return f.type() == null && f.actor() == null && date(day, f);
  }

  static boolean matches(ErrorRecord e, Filter f) {
    // Errors have no date or actor; a type filter matches the error type.
    return f.actor() == null
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

  private static LocalDate day(String text) {
    return text == null ? null : LocalDate.parse(text);
  }
}
