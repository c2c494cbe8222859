package org.newsevents.tools.output;

import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.apache.avro.generic.IndexedRecord;
import org.newsevents.records.EventViews;
import org.newsevents.schema.Article;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.schema.Event;
import org.newsevents.schema.EventCluster;

/**
 * The table view of {@code inspect}: records of one kind go in; a header and one fixed-width line
 * per record come out, each cell cut to its width with "…".
 */
final class InspectTable {

  private record Column(String header, int width, Function<Object, Object> value) {}

  private InspectTable() {}

  static String render(String kind, List<? extends IndexedRecord> records) {
    List<Column> columns = columns(kind);
    StringBuilder out = new StringBuilder();
    line(out, columns, columns.stream().map(c -> (Object) c.header()).toList());
    line(out, columns, columns.stream().map(c -> (Object) "-".repeat(c.width())).toList());
    for (IndexedRecord record : records) {
      line(out, columns, columns.stream().map(c -> c.value().apply(record)).toList());
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<Column> columns, List<Object> values) {
    for (int i = 0; i < columns.size(); i++) {
      String cell = values.get(i) == null ? "" : values.get(i).toString().replaceAll("\\s+", " ");
      int width = columns.get(i).width();
      if (cell.length() > width) {
        cell = cell.substring(0, width - 1) + "…";
      }
      out.append(i == columns.size() - 1 ? cell : String.format("%-" + width + "s  ", cell));
    }
    out.append('\n');
  }

  private static List<Column> columns(String kind) {
    return switch (kind) {
      case "events" ->
          List.of(
              col("date", 10, (Event e) -> e.getTime() == null ? null : e.getTime().getValue()),
              col("type", 13, Event::getType),
              col("trigger", 12, (Event e) -> e.getTrigger().getText()),
              col("actors", 32, (Event e) -> String.join("; ", EventViews.names(e))),
              col("doc_id", 24, Event::getDocId),
              col("sentence", 60, Event::getSentence));
      case "statements" ->
          List.of(
              col("date", 10, (Event e) -> e.getTime() == null ? null : e.getTime().getValue()),
              col("speaker", 24, (Event e) -> FlatTables.speaker(e.getStatement())),
              col(
                  "cue",
                  10,
                  (Event e) ->
                      e.getStatement().getCue() == null
                          ? null
                          : e.getStatement().getCue().getText()),
              col("kind", 8, (Event e) -> e.getStatement().getKind().name()),
              col("continues", 10, (Event e) -> e.getStatement().getContinues()),
              col("doc_id", 24, Event::getDocId),
              col("content", 70, (Event e) -> e.getStatement().getContent().getText()));
      case "articles" ->
          List.of(
              col(
                  "published",
                  10,
                  (Article a) ->
                      a.getPublished() == null
                          ? null
                          : a.getPublished().atOffset(ZoneOffset.UTC).toLocalDate()),
              col("doc_id", 30, Article::getDocId),
              col("cluster", 19, Article::getArticleClusterId),
              col("events", 6, Article::getEventCount),
              col("title", 60, Article::getTitle));
      case "clusters" ->
          List.of(
              col("date", 10, EventCluster::getDate),
              col("type", 13, EventCluster::getType),
              col("mentions", 8, EventCluster::getMentionCount),
              col("articles", 8, EventCluster::getArticleCount),
              col("cluster_id", 19, EventCluster::getClusterId),
              col("actors", 60, (EventCluster c) -> String.join("; ", c.getActors())));
      case "errors" ->
          List.of(
              col("stage", 9, ErrorRecord::getStage),
              col("error_type", 18, ErrorRecord::getErrorType),
              col("doc_id", 30, ErrorRecord::getDocId),
              col("message", 70, ErrorRecord::getMessage));
      default -> throw new IllegalArgumentException("no table view of " + kind);
    };
  }

  @SuppressWarnings("unchecked")
  private static <T> Column col(String header, int width, Function<T, Object> value) {
    return new Column(header, width, record -> value.apply((T) record));
  }
}
