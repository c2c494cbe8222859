package org.newsevents.tools.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsevents.records.OutputRecords;
import org.newsevents.tools.cli.SharedOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code export} command: the records of a run go in ({@code --output=DIR}); flat tables come
 * out under {@code --to=DIR}, as {@code <table>.parquet}, {@code <table>.csv} and {@code
 * <table>.jsonl} for the tables events, statements, articles, clusters and errors ({@code
 * --formats=parquet,csv,jsonl}, default all three).
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description =
        "writes a run's records as flat tables (events, statements, articles, clusters, errors)"
            + " in Parquet, CSV and JSON Lines")
public final class Export implements Callable<Integer> {

  static final Set<String> FORMATS = Set.of("parquet", "csv", "jsonl");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Mixin SharedOptions.RunDirectory run;

  @Option(
      names = "--to",
      paramLabel = "DIR",
      required = true,
      description = "the directory the tables are written to")
  Path to;

  @Option(
      names = "--formats",
      paramLabel = "LIST",
      defaultValue = "parquet,csv,jsonl",
      description = "comma-separated: parquet, csv, jsonl")
  String formats;

  @Override
  public Integer call() throws IOException {
    Set<String> chosen = formats(formats);
    PrintWriter out = spec.commandLine().getOut();
    for (Table table : export(OutputRecords.in(run.output), to, chosen)) {
      out.printf(
          "%-10s %7d rows -> %s/%s.{%s}%n",
          table.name(), table.rows().size(), to, table.name(), String.join(",", chosen));
    }
    out.flush();
    return 0;
  }

  /** Writes every table in every format; returns the tables written. */
  public static List<Table> export(OutputRecords records, Path to, Set<String> formats)
      throws IOException {
    Files.createDirectories(to);
    List<Table> tables = FlatTables.of(records);
    for (Table table : tables) {
      if (formats.contains("parquet")) {
        ParquetTables.write(table, to.resolve(table.name() + ".parquet"));
      }
      if (formats.contains("csv")) {
        writeCsv(table, to.resolve(table.name() + ".csv"));
      }
      if (formats.contains("jsonl")) {
        writeJsonLines(table, to.resolve(table.name() + ".jsonl"));
      }
    }
    return tables;
  }

  private Set<String> formats(String list) {
    Set<String> formats = new LinkedHashSet<>();
    for (String format : list.split(",")) {
      String f = format.strip().toLowerCase(java.util.Locale.ROOT);
      if (!FORMATS.contains(f)) {
        throw new ParameterException(
            spec.commandLine(), "unknown format " + format + " (parquet, csv, jsonl)");
      }
      formats.add(f);
    }
    return formats;
  }

  /** CSV with a header row; an empty cell is a null value. */
  static void writeCsv(Table table, Path file) throws IOException {
    String[] header = table.columns().stream().map(Table.Column::name).toArray(String[]::new);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header).get().print(out)) {
      for (Object[] row : table.rows()) {
        Object[] cells = new Object[row.length];
        for (int i = 0; i < row.length; i++) {
          cells[i] = row[i] == null ? "" : row[i].toString();
        }
        csv.printRecord(cells);
      }
    }
  }

  /** One JSON object per row, with typed values and timestamps as ISO-8601 text. */
  static void writeJsonLines(Table table, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Object[] row : table.rows()) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < row.length; i++) {
          String name = table.columns().get(i).name();
          Object value = row[i];
          if (value == null) {
            node.putNull(name);
          } else if (value instanceof Integer n) {
            node.put(name, n);
          } else if (value instanceof Long n) {
            node.put(name, n);
          } else if (value instanceof Boolean b) {
            node.put(name, b);
          } else if (value instanceof Instant instant) {
            node.put(name, instant.toString());
          } else {
            node.put(name, value.toString());
          }
        }
        out.write(JSON.writeValueAsString(node));
        out.write('\n');
      }
    }
  }
}
