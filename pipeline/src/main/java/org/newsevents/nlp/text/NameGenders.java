package org.newsevents.nlp.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsevents.nlp.knowledge.Lexicons;

/**
 * The gender a person's name or title says, for pronoun agreement when CoreNLP's coreference did
 * not run: a title before the name ("Mr", "Baroness"; {@code models/lexicons/gendered-titles.tsv})
 * or the first name in CoreNLP's own first-name list (the statistical coreference's {@code
 * namegender.combine.txt}, in the CoreNLP models jar). Unknown when neither says.
 */
public final class NameGenders {

  /** What a name or a pronoun says of a person's gender. */
  public enum Gender {
    MALE,
    FEMALE,
    UNKNOWN;

    /** Whether a pronoun of this gender can stand for a person of {@code other}. */
    public boolean agreesWith(Gender other) {
      return this == UNKNOWN || other == UNKNOWN || this == other;
    }
  }

  private static final String FIRST_NAMES = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private static final String TITLES = "newsevents/lexicons/gendered-titles.tsv";

  private static final Map<String, Gender> BY_FIRST_NAME = firstNames();
  private static final Map<String, Gender> BY_TITLE = titles();

  private NameGenders() {}

  /** "he"/"him"/"his" MALE, "she"/"her"/"hers" FEMALE, anything else UNKNOWN. */
  public static Gender ofPronoun(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "he", "him", "his", "himself" -> Gender.MALE;
      case "she", "her", "hers", "herself" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  /** The gender of a title word ("Mr", "Mrs.", "Lady"), UNKNOWN for any other word. */
  public static Gender ofTitle(String word) {
    return BY_TITLE.getOrDefault(key(word), Gender.UNKNOWN);
  }

  /**
   * The gender of a full name's first word ("Hillary Clinton" FEMALE, "John Kerry" MALE); UNKNOWN
   * for a one-word name (a surname says nothing) or a first name the list lacks or gives both.
   */
  public static Gender ofName(String name) {
    String[] words = name.trim().split("\\s+");
    return words.length < 2
        ? Gender.UNKNOWN
        : BY_FIRST_NAME.getOrDefault(key(words[0]), Gender.UNKNOWN);
  }

  private static String key(String word) {
    return word.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
  }

  private static Map<String, Gender> titles() {
    Map<String, Gender> genders = new HashMap<>();
    List<String[]> rows = Lexicons.rows(TITLES, 2);
    for (String[] row : rows.subList(1, rows.size())) { // after the header
      genders.put(key(row[0]), gender(row[1]));
    }
    return Map.copyOf(genders);
  }

  /**
   * CoreNLP's list: a lower-case first name, then MALE or FEMALE, tab-separated; a few lines of its
   * 14,607 have an extra or an empty middle field ("kaiyo\t\tFEMALE"), so the first and last fields
   * are read. A name listed with both genders says nothing.
   */
  private static Map<String, Gender> firstNames() {
    InputStream in = NameGenders.class.getClassLoader().getResourceAsStream(FIRST_NAMES);
    if (in == null) {
      throw new IllegalStateException(
          "missing resource " + FIRST_NAMES + " (CoreNLP's models jar)");
    }
    Map<String, Gender> genders = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length >= 2) {
          genders.merge(
              key(fields[0]),
              gender(fields[fields.length - 1]),
              (a, b) -> a == b ? a : Gender.UNKNOWN);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(genders);
  }

  private static Gender gender(String value) {
    return switch (value.trim()) {
      case "MALE" -> Gender.MALE;
      case "FEMALE" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }
}
