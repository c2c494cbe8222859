package org.newsevents.nlp.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.nlp.knowledge.Lexicons;

/**
 * The political parties of models/gazetteers/governing-parties.tsv: a phrase goes in; the party it
 * names comes out, and whether that party governs its country on a date.
 */
final class Parties {

  /** A party named in a phrase: its country, name and the words that matched. */
  record Party(String country, String name, String matched) {}

  private record Row(String country, String party, Pattern names, LocalDate from, LocalDate to) {}

  private static volatile Parties standard;
  private final List<Row> rows = new ArrayList<>();

  static Parties standard() {
    if (standard == null) {
      synchronized (Parties.class) {
        if (standard == null) {
          standard = new Parties(Lexicons.rows("newsevents/gazetteers/governing-parties.tsv", 5));
        }
      }
    }
    return standard;
  }

  Parties(List<String[]> table) {
    for (String[] row : table.subList(1, table.size())) {
      StringBuilder alternatives = new StringBuilder();
      for (String name : row[2].split("\\|")) {
        alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(name));
      }
      rows.add(
          new Row(
              row[0],
              row[1],
              Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])"),
              row[3].isBlank() ? null : LocalDate.parse(row[3]),
              row[4].isBlank() ? null : LocalDate.parse(row[4])));
    }
  }

  /** The first party the phrase names (the longest at the first place), or null. */
  Party find(String phrase) {
    Party best = null;
    int bestStart = Integer.MAX_VALUE;
    for (Row row : rows) {
      Matcher m = row.names().matcher(phrase);
      if (m.find()
          && (m.start() < bestStart
              || (m.start() == bestStart && m.group().length() > best.matched().length()))) {
        best = new Party(row.country(), row.party(), m.group());
        bestStart = m.start();
      }
    }
    return best;
  }

  /**
   * Whether the party governs on the date (from inclusive, to exclusive: the day power changes
   * belongs to the new party). With no date: whether it governs in its country's latest period.
   */
  boolean governs(Party party, LocalDate date) {
    if (date == null) {
      Row latest = null;
      for (Row row : rows) {
        if (row.country().equals(party.country())
            && row.from() != null
            && (latest == null || row.from().isAfter(latest.from()))) {
          latest = row;
        }
      }
      return latest != null && latest.party().equals(party.name());
    }
    for (Row row : rows) {
      if (row.country().equals(party.country())
          && row.party().equals(party.name())
          && row.from() != null
          && !date.isBefore(row.from())
          && (row.to() == null || date.isBefore(row.to()))) {
        return true;
      }
    }
    return false;
  }
}
