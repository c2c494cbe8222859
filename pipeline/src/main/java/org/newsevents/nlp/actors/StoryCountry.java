package org.newsevents.nlp.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.nlp.knowledge.ActorGazetteer;
import org.newsevents.nlp.knowledge.Lexicons;

/**
 * The country a story is filed from, read from its dateline ("BERLIN — ...", "ERIE, Pa. — ...",
 * "KABUL, Afghanistan (Reuters) - ..."): the place in capitals, then the region after its comma,
 * resolved by models/gazetteers/dateline-places.tsv (US states as the AP abbreviates or writes
 * them, and the US cities the AP writes with no state) or by countries.tsv (a country, or a
 * capital: "Berlin" is Germany). It is evidence for the people of the story whom nothing else
 * places (provenance "story-country"); an article with no dateline has no story country.
 */
final class StoryCountry {

  /** A story country, the words that gave it, and of which kind they are (dateline, outlet). */
  record Evidence(String country, String dateline, String kind) {
    Evidence(String country, String dateline) {
      this(country, dateline, "dateline");
    }
  }

  /** Place in capitals, an optional region after a comma, an optional "(AP)", then a dash. */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*(\\p{Lu}[\\p{Lu}.'’\\- ]*\\p{Lu}\\.?)(?:,\\s*(\\p{Lu}[\\p{L}.'’ ]{0,30}?))?"
              + "\\s*(?:\\([\\p{L} ]{1,30}\\)\\s*)?(?:—|–|--|-)\\s");

  private StoryCountry() {}

  /** The dateline's country, or null when the body has no dateline or its place is unknown. */
  static Evidence of(String body, ActorGazetteer gazetteer) {
    Matcher m = DATELINE.matcher(body.length() > 120 ? body.substring(0, 120) : body);
    if (!m.find()) {
      return null;
    }
    String place = titleCase(m.group(1).strip());
    String region = m.group(2) == null ? null : m.group(2).strip();
    String country = region == null ? null : country(region, gazetteer);
    if (country == null) {
      country = country(place, gazetteer);
    }
    String words = m.group(1).strip() + (region == null ? "" : ", " + region);
    return country == null ? null : new Evidence(country, words);
  }

  /** The dateline's country, else the outlet's (see ofOutlet), else null. */
  static Evidence of(String body, String url, ActorGazetteer gazetteer) {
    Evidence dateline = of(body, gazetteer);
    return dateline != null ? dateline : ofOutlet(url, body, gazetteer);
  }

  /**
   * The country of the outlet that published the article (models/gazetteers/outlets.tsv, by the
   * URL's host), only when the body also names that country most: at least twice and at least twice
   * as often as any other country. Null otherwise: an American paper's story of a Costa Rican crash
   * is no American story.
   */
  static Evidence ofOutlet(String url, String body, ActorGazetteer gazetteer) {
    String host = host(url);
    String outlet = host == null ? null : outlet(host);
    if (outlet == null) {
      return null;
    }
    Map<String, Integer> named = gazetteer.countryMentions(body);
    int own = named.getOrDefault(outlet, 0);
    int other = 0;
    for (Map.Entry<String, Integer> e : named.entrySet()) {
      if (!e.getKey().equals(outlet)) {
        other = Math.max(other, e.getValue());
      }
    }
    return own >= 2 && own >= 2 * other
        ? new Evidence(outlet, host + ", named " + own + " times", "outlet")
        : null;
  }

  /**
   * Office sectors: a named person holding one holds an office of some country (codebook rule 1).
   */
  static final java.util.Set<String> OFFICE_SECTORS = java.util.Set.of("GOV", "LEG", "OPP", "JUD");

  /**
   * Sectors of a state's bodies: an organisation of one named without its country ("the Electoral
   * Commission", "the Metropolitan Police") is a body of the story's country (codebook rule 13).
   */
  static final java.util.Set<String> OFFICE_SECTORS_AND_FORCES =
      java.util.Set.of("GOV", "LEG", "JUD", "COP", "MIL");

  /**
   * Whether a title read from the sentence (the code's matched words: "Justice Minister", "shadow",
   * "chairman") ends with an office of state of models/gazetteers/office-titles.tsv.
   */
  static boolean officeTitle(String matched) {
    if (matched == null) {
      return false;
    }
    String words = matched.toLowerCase(java.util.Locale.ROOT).strip();
    for (String title : OfficeTitles.SET) {
      if (words.equals(title) || words.endsWith(" " + title)) {
        return true;
      }
    }
    return false;
  }

  /** The office titles, read once per JVM on first use (the holder idiom). */
  private static final class OfficeTitles {
    static final java.util.Set<String> SET = read();

    private static java.util.Set<String> read() {
      List<String[]> rows = Lexicons.rows("newsevents/gazetteers/office-titles.tsv", 1);
      java.util.Set<String> set = new java.util.HashSet<>();
      for (String[] row : rows.subList(1, rows.size())) {
        set.add(row[0].strip());
      }
      return java.util.Set.copyOf(set);
    }
  }

  /**
   * The country an article is about, for the offices it names without their country: the country
   * the body names most by the names of the gazetteers that carry one (countries, demonyms,
   * capitals and seats, national groups and parties, people of people.tsv: "Labour", "Downing
   * Street", "Tony Blair" are GBR), at least three times and at least twice as often as any other.
   * Null otherwise. Only for a named person whose title gives an office sector and no country
   * ("Committee chairman Edward Leigh" in a story that names the UK and Britain five times: GBR); a
   * title alone ("the lord chancellor") and people with no office are not placed by it (codebook
   * rules 1 and 6).
   */
  static Evidence ofOffices(String body, ActorGazetteer gazetteer) {
    Map<String, Integer> named = gazetteer.countryMentions(body, true);
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(named).entrySet()) {
      if (e.getValue() > most) {
        most = e.getValue();
        best = e.getKey();
      }
    }
    int next = 0;
    for (Map.Entry<String, Integer> e : named.entrySet()) {
      if (!e.getKey().equals(best)) {
        next = Math.max(next, e.getValue());
      }
    }
    return best != null && most >= 3 && most >= 2 * next
        ? new Evidence(best, "named " + most + " times", "office")
        : null;
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = java.net.URI.create(url.strip()).getHost();
      return host == null
          ? null
          : host.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null; // not a URL: no outlet
    }
  }

  /** The outlet's country: the host, else the longest domain it ends with, in outlets.tsv. */
  private static String outlet(String host) {
    for (String domain = host; ; domain = domain.substring(domain.indexOf('.') + 1)) {
      String country = Outlets.MAP.get(domain);
      if (country != null || domain.indexOf('.') < 0) {
        return country;
      }
    }
  }

  private static String country(String name, ActorGazetteer gazetteer) {
    String listed = places().get(name);
    if (listed != null) {
      return listed;
    }
    ActorGazetteer.Hit hit = gazetteer.find(name, null);
    return hit != null && hit.entry().kind().equals("COUNTRY") && hit.matched().equals(name)
        ? hit.entry().country()
        : null;
  }

  /** "NEW YORK" -> "New York", "ST. LOUIS" -> "St. Louis". */
  static String titleCase(String capitals) {
    StringBuilder out = new StringBuilder(capitals.length());
    boolean start = true;
    for (char c : capitals.toCharArray()) {
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c) && c != '\'' && c != '’';
    }
    return out.toString();
  }

  private static Map<String, String> places() {
    return Places.MAP;
  }

  /** The outlets' countries, read once per JVM on first use (the holder idiom). */
  private static final class Outlets {
    static final Map<String, String> MAP = read();

    private static Map<String, String> read() {
      Map<String, String> map = new HashMap<>();
      List<String[]> rows = Lexicons.rows("newsevents/gazetteers/outlets.tsv", 2);
      for (String[] row : rows.subList(1, rows.size())) {
        map.put(row[0].strip(), row[1].strip());
      }
      return Map.copyOf(map);
    }
  }

  /** The dateline places, read once per JVM on first use (the holder idiom). */
  private static final class Places {
    static final Map<String, String> MAP = read();

    private static Map<String, String> read() {
      Map<String, String> map = new HashMap<>();
      List<String[]> rows = Lexicons.rows("newsevents/gazetteers/dateline-places.tsv", 2);
      for (String[] row : rows.subList(1, rows.size())) {
        for (String name : row[0].split("\\|")) {
          map.put(name, row[1]);
        }
      }
      return Map.copyOf(map);
    }
  }
}
