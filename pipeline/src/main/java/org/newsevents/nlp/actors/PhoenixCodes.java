package org.newsevents.nlp.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsevents.nlp.knowledge.ActorGazetteer;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.knowledge.WordNetSenses;
import org.newsevents.nlp.knowledge.phoenix.PhoenixActors;
import org.newsevents.nlp.knowledge.phoenix.PhoenixAgents;

/**
 * Codes from the Phoenix/PETRARCH actor dictionaries: a phrase goes in; the first (longest) name of
 * the dictionaries it contains, written as a proper name, comes out with the code valid on the
 * date, brought to the project's scheme (country + one sector, a group of groups.tsv, or a sector).
 * Entries that give a bare country ("GBR": countries and their cities) are left to countries.tsv.
 */
final class PhoenixCodes {

  /** The sectors of the project's scheme (docs/actor-codebook.md). */
  static final Set<String> SECTORS =
      Set.of(
          "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "UAF", "CRM", "BUS", "MED", "NGO", "IGO",
          "HLH", "EDU", "ELI", "CVL");

  /** What {@link #find} turns into spaces: a possessive "'s" and punctuation around names. */
  private static final Pattern NOT_NAME = Pattern.compile("'s\\b|[,;:\"()]");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final PhoenixActors dictionary;
  private final ActorGazetteer gazetteer;
  private final java.util.Map<String, String[]> overrides;

  /** The article's body, or null: no support check. */
  private final String body;

  /** The article's body in the dictionaries' key form (upper case, words; made on first use). */
  private String bodyKey;

  /** The countries the article names by name or demonym (read on first use), or null. */
  private java.util.Map<String, Integer> countriesNamed;

  PhoenixCodes(PhoenixActors dictionary, ActorGazetteer gazetteer) {
    this.dictionary = dictionary;
    this.gazetteer = gazetteer;
    this.overrides = new java.util.HashMap<>();
    this.body = null;
    List<String[]> rows = Lexicons.rows("newsevents/gazetteers/phoenix-overrides.tsv", 3);
    for (String[] row : rows.subList(1, rows.size())) {
      for (String name : row[0].split("\\|")) {
        overrides.put(PhoenixActors.key(name), row);
      }
    }
  }

  private PhoenixCodes(PhoenixCodes shared, ActorGazetteer gazetteer, String body) {
    this.dictionary = shared.dictionary;
    this.gazetteer = gazetteer;
    this.overrides = shared.overrides;
    this.body = body;
  }

  /**
   * The codes for one article, whose short acronyms need its support (see {@link #supported}), with
   * the article's gazetteer.
   */
  PhoenixCodes forArticle(ActorGazetteer articleGazetteer, String body) {
    return body == null ? this : new PhoenixCodes(this, articleGazetteer, body);
  }

  /**
   * Whether the article supports a dictionary entry matched by a short acronym that is another name
   * of it ("FSA" for FREE_SYRIAN_ARMY_): it writes the entry's first name, or it names the country
   * of the entry's code by a country name or demonym (codebook rule 15). An entry matched by one
   * word that is also a common noun ("Tigers": TIGERS_ [SWZREB], a club's nickname in a rugby
   * story; "Senate", "Pentagon") needs the country named the same way. Any other match, a company's
   * initials ("BP_" [MNCGBR], "UBS"), and any match with no article are supported.
   */
  private boolean supported(String name, PhoenixActors.Entry entry, String code) {
    boolean acronym = ActorGazetteer.isAcronym(name);
    boolean commonWord =
        !acronym && !name.strip().contains(" ") && WordNetSenses.standard().commonNoun(name);
    if (body == null || !(acronym || commonWord) || code.startsWith("MNC")) {
      return true; // a company's initials are how the news names it ("BP", "UBS")
    }
    if (acronym) {
      String expansion = wordsKey(entry.name());
      if (bodyKey == null) {
        bodyKey = " " + wordsKey(body) + " ";
      }
      if (expansion.equals(PhoenixActors.key(name).replace(".", ""))
          || bodyKey.contains(" " + expansion + " ")) {
        return true; // the acronym is the entry's own name, or the article spells it out
      }
    }
    String country = country(code);
    if (country == null) {
      return false;
    }
    if (countriesNamed == null) {
      countriesNamed = gazetteer.countryMentions(body);
    }
    return countriesNamed.containsKey(country);
  }

  /** A text's words in the dictionaries' key form (upper case, one space between words). */
  private static String wordsKey(String text) {
    return PhoenixActors.key(text.replaceAll("[^\\p{L}\\p{N}&]+", " "));
  }

  /** The country of a Phoenix code: its first three letters, a company's, or a group's. */
  private String country(String code) {
    if (code.length() >= 6 && code.startsWith("MNC")) {
      return gazetteer.isCountry(code.substring(3, 6)) ? code.substring(3, 6) : null;
    }
    if (code.length() >= 3 && gazetteer.isCountry(code.substring(0, 3))) {
      return code.substring(0, 3);
    }
    return code.length() >= 6 ? gazetteer.countryOf(code.substring(0, 6)) : null;
  }

  Code find(String phrase, LocalDate date) {
    String[] words = WHITESPACE.split(NOT_NAME.matcher(phrase).replaceAll(" ").strip());
    for (int start = 0; start < words.length; start++) {
      if (!proper(words[start])) {
        continue;
      }
      for (int end = Math.min(words.length, start + dictionary.longest()); end > start; end--) {
        if (!proper(words[end - 1])) {
          continue;
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, start, end));
        String[] override = overrides.get(PhoenixActors.key(name));
        if (override != null) {
          if (override[1].equals("-")) {
            continue; // no code from this name
          }
          Code code =
              scheme(
                  override[1],
                  name,
                  "override:phoenix-overrides.tsv "
                      + override[0]
                      + " "
                      + override[1]
                      + ": "
                      + override[2]);
          if (code != null) {
            return code.madeAs(Code.Origin.OVERRIDE);
          }
        }
        PhoenixActors.Entry entry = dictionary.find(name);
        if (entry == null || PhoenixAgents.standard().find(name) != null) {
          // A role noun of the agents dictionary is no name ("Secretary of State").
          continue;
        }
        PhoenixActors.Coded coded = PhoenixActors.codeOn(entry, date);
        if (coded != null && !supported(name, entry, coded.code())) {
          continue; // "FSA" in a story that never names the Free Syrian Army nor Syria
        }
        Code code = coded == null ? null : scheme(coded.code(), name, source(entry, coded));
        if (code != null) {
          return code.madeAs(Code.Origin.PHOENIX);
        }
      }
    }
    return null;
  }

  /**
   * The code of an organisation's name that is a Phoenix company's name without its legal suffix
   * ("Apple": APPLE_INC_ [MNCUSA] -> USABUS), or null; a role noun of the agents dictionary is
   * none.
   */
  Code company(String name, LocalDate date) {
    PhoenixActors.Entry entry = dictionary.findCompany(name);
    if (entry == null || PhoenixAgents.standard().find(name) != null) {
      return null;
    }
    PhoenixActors.Coded coded = PhoenixActors.codeOn(entry, date);
    Code code =
        coded == null
            ? null
            : scheme(coded.code(), name, source(entry, coded) + " without its legal suffix");
    return code == null ? null : code.madeAs(Code.Origin.PHOENIX);
  }

  private static String source(PhoenixActors.Entry entry, PhoenixActors.Coded coded) {
    return "phoenix:" + entry.file() + ":" + entry.line() + " " + entry.name() + " " + coded.how();
  }

  private static boolean proper(String word) {
    return !word.isEmpty()
        && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)));
  }

  /**
   * A Phoenix code in the project's scheme, or null for a bare country: "GBRGOVEDU" -> GBRGOV,
   * "IGOUNOHLHWHO" -> IGOUNO (a group of groups.tsv) or IGO, "MNCUSAMED" -> USABUS (companies are
   * BUS), "NGOxxx" -> the group or NGO, a bare sector ("MED") stays.
   */
  Code scheme(String phoenix, String matched, String source) {
    if (phoenix.length() < 3) {
      return null;
    }
    String head = phoenix.substring(0, 3);
    String rest = phoenix.substring(3);
    if (head.equals("MNC")) {
      String country =
          rest.length() >= 3 && gazetteer.isCountry(rest.substring(0, 3))
              ? rest.substring(0, 3)
              : null;
      return new Code(
          country == null ? "BUS" : country + "BUS", country, null, "BUS", matched, source);
    }
    if (head.equals("IGO") || head.equals("NGO") || head.equals("IMG")) {
      String group = phoenix.length() >= 6 ? phoenix.substring(0, 6) : null;
      String sector = head.equals("IMG") ? "REB" : head;
      if (group != null && gazetteer.isGroup(group)) {
        return new Code(group, gazetteer.countryOf(group), group, sector, matched, source);
      }
      return new Code(sector, null, null, sector, matched, source);
    }
    if (gazetteer.isCountry(head)) {
      if (rest.startsWith("GOVLEG")) {
        // A legislator (Phoenix: government, legislative branch): LEG in the codebook.
        return new Code(head + "LEG", head, null, "LEG", matched, source);
      }
      for (int i = 0; i + 3 <= rest.length(); i += 3) {
        String sector = rest.substring(i, i + 3);
        if (SECTORS.contains(sector)) {
          return new Code(head + sector, head, null, sector, matched, source);
        }
      }
      return null; // a bare country, or sectors outside the scheme: countries.tsv decides
    }
    return SECTORS.contains(head) ? new Code(head, null, null, head, matched, source) : null;
  }
}
