package org.newsevents.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A case-insensitive English word list, read from {@code models/lexicons/english-words.txt}. */
public final class EnglishWords {

  /** Classpath resource of the bundled word list (see models/lexicons/README.md). */
  public static final String RESOURCE = "newsevents/lexicons/english-words.txt";

  private final Set<String> words;

  private EnglishWords(Set<String> words) {
    this.words = words;
  }

  /** The bundled list, loaded once per JVM. */
  public static EnglishWords bundled() {
    return Holder.BUNDLED;
  }

  /** A list of the given words, for tests. */
  public static EnglishWords of(String... words) {
    Set<String> set = new HashSet<>();
    for (String w : words) {
      set.add(w.toLowerCase(Locale.ROOT));
    }
    return new EnglishWords(set);
  }

  public boolean contains(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  private static final class Holder {
    static final EnglishWords BUNDLED = load();

    private static EnglishWords load() {
      InputStream in = EnglishWords.class.getClassLoader().getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("word list not on the classpath: " + RESOURCE);
      }
      Set<String> set = new HashSet<>(150_000);
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.isBlank()) {
            set.add(line.strip().toLowerCase(Locale.ROOT));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
      return new EnglishWords(set);
    }
  }
}
