package org.newsevents.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.newsevents.schema.Article;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.schema.Event;
import org.newsevents.schema.EventCluster;

/**
 * The records of a finished run, read back from its output directory: a directory goes in; its
 * articles, events, clusters, errors and run summary come out. Records come out in a fixed order
 * (by id), whatever the shards.
 */
public final class OutputRecords {

  /** The run summary's file name in an output directory. */
  public static final String SUMMARY_FILE = "run-summary.json";

  private final Path dir;

  private OutputRecords(Path dir) {
    this.dir = dir;
  }

  public static OutputRecords in(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no output directory " + dir);
    }
    return new OutputRecords(dir);
  }

  public Path dir() {
    return dir;
  }

  public List<Article> articles() {
    return read("articles", Article.class, Comparator.comparing(Article::getDocId));
  }

  public List<Event> events() {
    return read(
        "events",
        Event.class,
        Comparator.comparing(Event::getDocId)
            .thenComparing(e -> e.getTrigger().getBegin())
            .thenComparing(Event::getEventId));
  }

  public List<EventCluster> clusters() {
    return read("clusters", EventCluster.class, Comparator.comparing(EventCluster::getClusterId));
  }

  public List<ErrorRecord> errors() {
    return read(
        "errors",
        ErrorRecord.class,
        Comparator.comparing(ErrorRecord::getSource).thenComparing(ErrorRecord::getErrorType));
  }

  /** The articles by doc_id. */
  public Map<String, Article> articlesById() {
    Map<String, Article> byId = new TreeMap<>();
    articles().forEach(a -> byId.putIfAbsent(a.getDocId(), a));
    return byId;
  }

  /** The run summary as JSON fields, or an empty map when the run wrote none. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> summary() {
    Path file = dir.resolve(SUMMARY_FILE);
    if (!Files.exists(file)) {
      return Map.of();
    }
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readValue(file.toFile(), Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Hands every record of the {@code <name>-*.avro} files to {@code each}, file by file in name
   * order, without keeping them: for a pass over more records than should sit in memory at once.
   */
  public <T> void forEach(String name, Class<T> type, Consumer<? super T> each) {
    TreeSet<Path> files = new TreeSet<>();
    try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, name + "-*.avro")) {
      found.forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    for (Path file : files) {
      try (DataFileReader<T> reader =
          new DataFileReader<>(file.toFile(), new SpecificDatumReader<>(type))) {
        reader.forEach(each);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
  }

  private <T> List<T> read(String name, Class<T> type, Comparator<T> order) {
    List<T> records = new ArrayList<>();
    forEach(name, type, records::add);
    records.sort(order);
    return records;
  }
}
