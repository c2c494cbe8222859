package org.newsevents.tools.output;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A flat table for export: a name, typed columns and rows of plain values ({@code String}, {@code
 * Integer}, {@code Long}, {@code Boolean}, {@code java.time.Instant} or null).
 */
public record Table(String name, List<Column> columns, List<Object[]> rows) {

  /** The kinds of values a column holds. */
  public enum Type {
    STRING,
    INT,
    LONG,
    BOOLEAN,
    DOUBLE,
    TIMESTAMP
  }

  /** A column: its name, type and what it means. */
  public record Column(String name, Type type, String doc) {}

  /** A column with the function that reads its value from a record of type {@code T}. */
  record Field<T>(Column column, Function<T, Object> value) {
    static <T> Field<T> of(String name, Type type, String doc, Function<T, Object> value) {
      return new Field<>(new Column(name, type, doc), value);
    }
  }

  /** The table of these records, one row per record. */
  static <T> Table of(String name, List<Field<T>> fields, List<T> records) {
    List<Object[]> rows = new ArrayList<>();
    for (T record : records) {
      Object[] row = new Object[fields.size()];
      for (int i = 0; i < row.length; i++) {
        row[i] = fields.get(i).value().apply(record);
      }
      rows.add(row);
    }
    return new Table(name, fields.stream().map(Field::column).toList(), rows);
  }

  /** The index of a column by name. */
  public int index(String column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name + " has no column " + column);
  }
}
