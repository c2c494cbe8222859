package org.newsevents.nlp.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a model table shipped as a class-path resource (the models module). */
final class ModelTables {

  /** How a model is read from its table. */
  interface Parser<T> {
    T read(Reader table) throws IOException;
  }

  private ModelTables() {}

  /** The model in {@code resource}, or null when the class path has no such resource. */
  static <T> T load(String resource, Parser<T> parser) {
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
}
