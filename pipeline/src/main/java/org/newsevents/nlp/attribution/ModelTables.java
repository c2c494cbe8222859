package org.newsevents.nlp.attribution;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import edu.stanford.nlp.util.Pair;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsevents.nlp.knowledge.Lexicons;

/** Reads a model table shipped as a class-path resource (the models module). */
public final class ModelTables {

  /** How a model is read from its table. */
  public interface Parser<T> {
    T read(Reader table) throws IOException;
  }

  /** One line of a table: its number in the file, its text and its tab-separated fields. */
  record Row(int number, String line, String[] fields) {}

  private ModelTables() {}

  /** The rows of a table, without blank lines and comment lines ({@code #}). */
  static List<Row> rows(Reader source) throws IOException {
    BufferedReader reader = new BufferedReader(source);
    List<Row> rows = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(new Row(number, line, line.split("\t", -1)));
      }
    }
    return rows;
  }

  /** The model in {@code resource}, or null when the class path has no such resource. */
  public static <T> T load(String resource, Parser<T> parser) {
    InputStream in = ModelTables.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      return null;
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parser.read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The linear classifier of a weights table shipped as a class-path resource (feature, label,
   * weight per row: the event trigger, class and date models), or null when the class path has no
   * such resource or it holds no weights.
   */
  public static LinearClassifier<String, String> linearClassifier(String resource) {
    if (ModelTables.class.getClassLoader().getResource(resource) == null) {
      return null;
    }
    Counter<Pair<String, String>> weights = new ClassicCounter<>();
    for (String[] row : Lexicons.rows(resource, 3)) {
      weights.setCount(new Pair<>(row[0], row[1]), Double.parseDouble(row[2]));
    }
    return weights.size() == 0 ? null : new LinearClassifier<>(weights);
  }

  /** The model in the table file {@code path} ({@code what} names it in the error). */
  public static <T> T file(String what, String path, Parser<T> parser) {
    try (Reader reader = Files.newBufferedReader(Path.of(path))) {
      return parser.read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(what + " " + path, e);
    }
  }
}
