package org.newsevents.nlp.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsevents.nlp.knowledge.Lexicons;

/**
 * The sector an organisation's name or description names by its head words (the rows of
 * models/gazetteers/organisation-heads.tsv): "Securities and Exchange Commission" GOV, "Office for
 * National Statistics" GOV, "Nature Air" BUS, "engineering group" BUS, "rights group" NGO; and
 * whether an organisation's name is the acronym of another ("SEC", "ONS").
 */
final class OrganisationHeads {

  /** A head found: the words that matched, their sector, and whether they name a state's body. */
  record Head(String matched, String sector, boolean state) {}

  private record Row(String sector, boolean state, boolean of) {}

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z&]{1,5}");

  /** Lower-case words an organisation's initials skip ("Office for National Statistics": ONS). */
  private static final Set<String> SKIPPED = Set.of("of", "for", "and", "the", "&", "on", "in");

  private static volatile OrganisationHeads standard;
  private final Map<String, Row> rows = new HashMap<>();
  private final Set<String> international;

  static OrganisationHeads standard() {
    if (standard == null) {
      synchronized (OrganisationHeads.class) {
        if (standard == null) {
          standard =
              new OrganisationHeads(
                  Lexicons.rows("newsevents/gazetteers/organisation-heads.tsv", 4),
                  Lexicons.rows("newsevents/gazetteers/international-words.tsv", 2).stream()
                      .skip(1)
                      .map(row -> (row[1].strip().equals("anywhere") ? "*" : "") + row[0].strip())
                      .collect(Collectors.toUnmodifiableSet()));
        }
      }
    }
    return standard;
  }

  OrganisationHeads(List<String[]> table) {
    this(table, Set.of());
  }

  OrganisationHeads(List<String[]> table, Set<String> international) {
    this.international = international;
    for (int i = 1; i < table.size(); i++) {
      String[] row = table.get(i);
      for (int c = 2; c <= 3; c++) {
        if (!row[c].equals("yes") && !row[c].equals("no")) {
          throw new IllegalStateException(
              "organisation-heads.tsv row "
                  + (i + 1)
                  + ": column "
                  + (c + 1)
                  + " must be yes or no");
        }
      }
      for (String words : row[0].split("\\|")) {
        Row before = rows.put(words, new Row(row[1], row[2].equals("yes"), row[3].equals("yes")));
        if (before != null) {
          throw new IllegalStateException(
              "organisation-heads.tsv row " + (i + 1) + ": '" + words + "' listed twice");
        }
      }
    }
  }

  /**
   * The head of an organisation's name, or null: for rows that allow it, the last two words or last
   * word before its first "of" or "for" ("Ministry of Communications" GOV, not the BUS of
   * "communications"), else its last two words or last word; a name of one word (after "the") has
   * none.
   */
  Head ofName(String name) {
    List<String> words = words(name);
    if (words.size() < 2) {
      return null;
    }
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      if (w.equals("of") || w.equals("for")) { // "Ministry of Communications": the ministry
        Head before = last(words.subList(0, i), true);
        if (before != null) {
          return before;
        }
        break;
      }
    }
    return last(words, false);
  }

  /** Whether a name's first word is an international body's ("European", "Inter-American"). */
  boolean internationalByFirstWord(String name) {
    List<String> words = words(name);
    return !words.isEmpty() && international.contains(words.get(0));
  }

  /**
   * Whether a name is an international body's by its first word (international-words.tsv: "the
   * European Court of Human Rights", "World Anti-Doping Agency"), or by a word anywhere in it
   * (written "*Arbitration" in the set: "the Court of Arbitration for Sport"): no body of one
   * state.
   */
  boolean international(String name) {
    List<String> words = words(name);
    if (!words.isEmpty() && international.contains(words.get(0))) {
      return true;
    }
    for (String word : words) {
      if (international.contains("*" + word)) {
        return true;
      }
    }
    return false;
  }

  /** The head of a description beside a name ("engineering group", "rights group"), or null. */
  Head ofDescription(String description) {
    List<String> words = words(description);
    return words.isEmpty() ? null : last(words, false);
  }

  private Head last(List<String> words, boolean beforeOf) {
    for (int n = Math.min(2, words.size()); n >= 1; n--) {
      String key =
          String.join(" ", words.subList(words.size() - n, words.size())).toLowerCase(Locale.ROOT);
      Row row = rows.get(key);
      if (row != null && (!beforeOf || row.of())) {
        return new Head(key, row.sector(), row.state());
      }
    }
    return null;
  }

  private static List<String> words(String phrase) {
    List<String> words =
        new ArrayList<>(List.of(WHITESPACE.split(phrase.strip().replace("'s", ""))));
    words.removeIf(String::isEmpty);
    if (!words.isEmpty() && words.get(0).equalsIgnoreCase("the")) {
      words.remove(0);
    }
    return words;
  }

  /**
   * Whether a name ("SEC", "the ONS") is the acronym of another ("Securities and Exchange
   * Commission": the initials of its words, the lower-case "of", "for", "and" ... skipped).
   */
  static boolean acronymOf(String acronym, String name) {
    List<String> a = words(acronym);
    if (a.size() != 1 || !ACRONYM.matcher(a.get(0)).matches()) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String word : words(name)) {
      if (SKIPPED.contains(word)) {
        continue;
      }
      if (!Character.isUpperCase(word.charAt(0))) {
        return false;
      }
      initials.append(word.charAt(0));
    }
    String want = a.get(0).replace("&", "");
    return initials.length() >= 2 && initials.toString().equals(want);
  }
}
