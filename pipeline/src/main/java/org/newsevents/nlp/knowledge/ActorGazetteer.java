package org.newsevents.nlp.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.nlp.text.WholeWords;

/**
 * The actor gazetteers of models/gazetteers (countries, groups, people, sectors): a phrase goes in;
 * the country, group or person it names and the sector word nearest its end come out.
 */
public final class ActorGazetteer {

  /** What a name stands for: a country (ISO3), a group code, or a dated person entry. */
  public record Entry(
      String kind, String country, String group, String sector, LocalDate from, LocalDate to) {
    boolean validOn(LocalDate date) {
      if (from == null && to == null) {
        return true;
      }
      // An article with no date: the entry holds (its latest role; the source says "undated").
      return date == null
          || ((from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to)));
    }
  }

  /**
   * A name found in a phrase: the words as written and what they stand for; {@code place} when it
   * is a country's name, demonym or capital in a compound of place ("Paris-based", "German-born"):
   * where someone is or comes from, not whom they belong to.
   */
  public record Hit(String matched, int begin, Entry entry, boolean place) {}

  /** A sector word found in a phrase. */
  public record SectorHit(String matched, int end, String sector) {}

  private record Name(String surface, Pattern pattern, Entry entry) {}

  /** A sector word: its pattern, and the lower-case text every match of it holds. */
  private record SectorWord(Pattern pattern, String literal, String sector) {}

  private static final String DIR = "newsevents/gazetteers/";

  /** "shadow" just before a government word makes it the opposition's. */
  private static final Pattern SHADOW = Pattern.compile("(?<![\\p{L}])shadow\\s+$");

  /**
   * "shadow", its portfolio's words (no "of": "in the shadow of"), then a minister's role: a member
   * of the opposition's front bench ("the shadow education secretary", "shadow chief secretary to
   * the Treasury").
   */
  private static final Pattern SHADOW_ROLE =
      Pattern.compile(
          "(?<![\\p{L}])shadow\\s+(?!of\\b)(?:[\\p{L}-]+\\s+){0,4}?"
              + "(?:secretary|minister|chancellor|spokesman|spokeswoman|spokesperson)(?![\\p{L}])");

  private static volatile ActorGazetteer standard;

  // Filled by load() only; an article's view (forArticle) shares them.
  private final List<Name> names;

  /**
   * The positions in {@link #names} of the names that begin with a word, by that word (a maximal
   * run of letters and digits, as the names' patterns bound them); {@link #unindexed}: those that
   * begin with another character.
   */
  private final Map<String, int[]> byFirstWord;

  private final BitSet unindexed;
  private final List<SectorWord> sectors;
  private final Map<String, String> groupCountries;
  private final Set<String> countries;

  /**
   * Short acronyms of national groups that this article does not support (see {@link #forArticle}):
   * their matches are skipped. Empty for the shared instance.
   */
  private final Set<String> unsupported;

  /** A short acronym: two to five capitals, optionally dotted ("FSA", "U.N."). */
  private static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}\\.?){2,5}");

  private ActorGazetteer() {
    this.names = new ArrayList<>();
    this.byFirstWord = new HashMap<>();
    this.unindexed = new BitSet();
    this.sectors = new ArrayList<>();
    this.groupCountries = new HashMap<>();
    this.countries = new HashSet<>();
    this.unsupported = Set.of();
  }

  /**
   * The same lists (shared, not copied: nothing changes them after load) with the given acronyms
   * unsupported.
   */
  private ActorGazetteer(ActorGazetteer shared, Set<String> unsupported) {
    this.names = shared.names;
    this.byFirstWord = shared.byFirstWord;
    this.unindexed = shared.unindexed;
    this.sectors = shared.sectors;
    this.groupCountries = shared.groupCountries;
    this.countries = shared.countries;
    this.unsupported = Set.copyOf(unsupported);
  }

  /** Whether a name is a short acronym: two to five capitals, optionally dotted ("FSA", "U.N."). */
  public static boolean isAcronym(String name) {
    return ACRONYM.matcher(name).matches();
  }

  /**
   * The gazetteer for one article: a short acronym of a national group ("FSA": SYRFSA, the Free
   * Syrian Army) names that group only when the article supports it, by one of the group's longer
   * names ("Free Syrian Army") or by naming the group's country by its name or demonym ("Syria",
   * "Syrian"); otherwise it stands for something else ("the FSA", the Financial Services Authority,
   * in a story about British insurers) and it is neither a match of {@link #find} nor a country
   * mention (codebook rule 15). International groups with no country ("UN", "EU") and countries'
   * own short names ("US", "UK") are unaffected. This instance when nothing changes.
   */
  public ActorGazetteer forArticle(String body) {
    if (body == null) {
      return this;
    }
    Set<String> dropped = new HashSet<>();
    Map<String, Integer> countriesNamed = null;
    for (Name name : names) {
      Entry e = name.entry();
      if (!e.kind().equals("GROUP")
          || e.country() == null
          || !body.contains(name.surface())
          || !isAcronym(name.surface())
          || !name.pattern().matcher(body).find()) {
        continue;
      }
      boolean expanded = false;
      for (Name other : names) {
        if (other.entry() == e
            && !isAcronym(other.surface())
            && body.contains(other.surface())
            && other.pattern().matcher(body).find()) {
          expanded = true;
          break;
        }
      }
      if (!expanded) {
        if (countriesNamed == null) {
          countriesNamed = countryMentions(body, false);
        }
        if (!countriesNamed.containsKey(e.country())) {
          dropped.add(name.surface());
        }
      }
    }
    return dropped.isEmpty() ? this : new ActorGazetteer(this, dropped);
  }

  /** The acronyms this article's gazetteer skips (empty for the shared one). */
  public Set<String> unsupported() {
    return unsupported;
  }

  /** The gazetteers in models/gazetteers, loaded once. */
  public static ActorGazetteer standard() {
    if (standard == null) {
      synchronized (ActorGazetteer.class) {
        if (standard == null) {
          standard = load();
        }
      }
    }
    return standard;
  }

  private static ActorGazetteer load() {
    ActorGazetteer g = new ActorGazetteer();
    // Groups before people before countries: on a tie of length the earlier kind wins, so
    // "Brussels" is the EU and "UN Security Council" is the UN.
    for (String[] row : rows("groups.tsv", 4)) {
      Entry entry = new Entry("GROUP", blank(row[1]), row[0], blank(row[2]), null, null);
      g.addNames(row[3], entry);
      g.groupCountries.put(row[0], row[1]);
    }
    for (String[] row : rows("people.tsv", 5)) {
      boolean group = row[1].length() != 3;
      Entry entry =
          new Entry(
              "PERSON",
              group ? null : row[1],
              group ? row[1] : null,
              blank(row[2]),
              row[3].isBlank() ? null : LocalDate.parse(row[3]),
              row[4].isBlank() ? null : LocalDate.parse(row[4]));
      g.addNames(row[0], entry);
    }
    for (String[] row : rows("countries.tsv", 4)) {
      Entry entry = new Entry("COUNTRY", row[0], null, null, null, null);
      g.countries.add(row[0]);
      g.addNames(row[1], entry);
      g.addNames(row[2], entry);
      g.addNames(row[3], new Entry("COUNTRY", row[0], null, "GOV", null, null));
    }
    for (String[] row : rows("sectors.tsv", 2)) {
      for (String word : row[0].split("\\|")) {
        String literal = word.toLowerCase(Locale.ROOT);
        g.sectors.add(new SectorWord(boundary(literal), literal, row[1]));
      }
    }
    // Longest names first, so that "South Korea" is found before "Korea".
    g.names.sort(Comparator.comparingInt((Name n) -> -n.surface().length()));
    g.index();
    return g;
  }

  private void addNames(String list, Entry entry) {
    for (String name : list.split("\\|")) {
      if (!name.isBlank()) {
        names.add(new Name(name, boundary(name), entry));
      }
    }
  }

  /** A country's word as a place in a compound adjective: "Paris-based", "German-born". */
  private static final Pattern PLACE_SUFFIX =
      Pattern.compile("-(based|born|bred|headquartered|listed|registered)(?![\\p{L}])");

  /**
   * The first name in the phrase (in text order, longest at a position) that stands for something
   * on that date; people outside their dates are skipped. A country's word in a compound of place
   * ("Paris-based Euronext", "Moscow-born") is a place, not the government, and gives way to any
   * other name of the phrase: "London-based US bank" is American, "German-born British actress"
   * British, "the Geneva-based WTO" the organisation.
   */
  public Hit find(String phrase, LocalDate date) {
    if (phrase == null) {
      return null;
    }
    Hit best = null;
    Hit bestPlace = null;
    BitSet candidates = candidates(phrase);
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      Name name = names.get(i);
      if (!phrase.contains(name.surface())
          || !name.entry().validOn(date)
          || unsupported.contains(name.surface())) {
        continue; // the plain substring test first: most names are not in a given phrase
      }
      Matcher m = name.pattern().matcher(phrase);
      if (!m.find()) {
        continue;
      }
      Entry entry = name.entry();
      if (entry.kind().equals("COUNTRY")
          && PLACE_SUFFIX.matcher(phrase).region(m.end(), phrase.length()).lookingAt()) {
        if (bestPlace == null || m.start() < bestPlace.begin()) {
          entry = new Entry("COUNTRY", entry.country(), null, null, null, null);
          bestPlace = new Hit(m.group(), m.start(), entry, true);
        }
      } else if (best == null || m.start() < best.begin()) {
        best = new Hit(m.group(), m.start(), entry, false);
      }
    }
    return best != null ? best : bestPlace;
  }

  /**
   * Where in {@link #names} a name of the phrase can be, in ascending order: those whose first word
   * is a word of the phrase, and those that begin with no word. A match of a name's pattern has no
   * letter or digit before or after it, so the name's first word is a whole word of the phrase;
   * every other name fails the test in {@link #find}, and skipping them changes no answer.
   */
  private BitSet candidates(String phrase) {
    BitSet found = (BitSet) unindexed.clone();
    int at = 0;
    while (at < phrase.length()) {
      int cp = phrase.codePointAt(at);
      if (!WholeWords.isWordChar(cp)) {
        at += Character.charCount(cp);
        continue;
      }
      int end = WholeWords.wordEnd(phrase, at);
      int[] names = byFirstWord.get(phrase.substring(at, end));
      if (names != null) {
        for (int i : names) {
          found.set(i);
        }
      }
      at = end;
    }
    return found;
  }

  /** Builds {@link #byFirstWord} and {@link #unindexed} from the sorted names. */
  private void index() {
    Map<String, List<Integer>> positions = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String surface = names.get(i).surface();
      if (WholeWords.isWordChar(surface.codePointAt(0))) {
        positions
            .computeIfAbsent(
                surface.substring(0, WholeWords.wordEnd(surface, 0)), w -> new ArrayList<>())
            .add(i);
      } else {
        unindexed.set(i);
      }
    }
    positions.forEach(
        (word, at) -> byFirstWord.put(word, at.stream().mapToInt(Integer::intValue).toArray()));
  }

  /**
   * How often the text names each country by its name or demonym (capitals and seats of government
   * not counted), longest names first and no stretch of text counted twice ("South Korea" is not
   * also "Korea").
   */
  public Map<String, Integer> countryMentions(String text) {
    return countryMentions(text, false);
  }

  /**
   * How often the text names each country: with {@code everyName}, by any name of these lists that
   * carries a country (a country, demonym, capital or seat of government, a national group or
   * party, a person of people.tsv whatever the dates), else by country names and demonyms only.
   */
  public Map<String, Integer> countryMentions(String text, boolean everyName) {
    Map<String, Integer> counts = new HashMap<>();
    boolean[] taken = new boolean[text.length()];
    // Longest first, as in names; only the names whose first word is a word of the text can match
    // (see candidates).
    BitSet candidates = candidates(text);
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      Name name = names.get(i);
      Entry e = name.entry();
      boolean counted =
          everyName ? e.country() != null : e.kind().equals("COUNTRY") && e.sector() == null;
      if (!counted || !text.contains(name.surface()) || unsupported.contains(name.surface())) {
        continue;
      }
      Matcher m = name.pattern().matcher(text);
      while (m.find()) {
        if (!taken[m.start()] && !taken[m.end() - 1]) {
          Arrays.fill(taken, m.start(), m.end(), true);
          counts.merge(e.country(), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /**
   * The country part of an actor code, or null when it has none: a group's country ("LBNHEZ" ->
   * LBN, "IGOUNO" -> null), else the code's first three letters when they are a country ("SYRGOV"
   * -> SYR, "GOV" -> null).
   */
  public String countryOf(String code) {
    String group = groupCountries.get(code);
    if (group != null) {
      return blank(group);
    }
    return code.length() >= 3 && countries.contains(code.substring(0, 3))
        ? code.substring(0, 3)
        : null;
  }

  /** Whether the code is a country of countries.tsv ("GBR"). */
  public boolean isCountry(String code) {
    return countries.contains(code);
  }

  /** Whether the code is a group of groups.tsv ("IGOUNO"). */
  public boolean isGroup(String code) {
    return groupCountries.containsKey(code);
  }

  /**
   * The sector word nearest the end of the phrase (its head), or null; of words ending at the same
   * place the longest wins, so that "opposition leader" is OPP, not the GOV of "leader"; a
   * government word just after "shadow" is OPP ("the shadow Cabinet"), and so is a minister's role
   * after "shadow" and its portfolio ("the shadow education secretary").
   */
  public SectorHit sector(String phrase) {
    if (phrase == null) {
      return null;
    }
    String lower = phrase.toLowerCase(Locale.ROOT);
    SectorHit best = null;
    int bestStart = 0;
    for (SectorWord word : sectors) {
      if (!lower.contains(word.literal())) {
        continue; // the plain substring test first: most sector words are not in a given phrase
      }
      Matcher m = word.pattern().matcher(lower);
      while (m.find()) {
        if (best == null
            || m.end() > best.end()
            || (m.end() == best.end() && m.start() < bestStart)) {
          best = new SectorHit(phrase.substring(m.start(), m.end()), m.end(), word.sector());
          bestStart = m.start();
        }
      }
    }
    if (best != null
        && best.sector().equals("GOV")
        && SHADOW.matcher(lower.substring(0, bestStart)).find()) {
      // "the shadow Cabinet", "the Shadow Secretary of State": the opposition's front bench.
      return new SectorHit(
          phrase.substring(lower.lastIndexOf("shadow", bestStart), best.end()), best.end(), "OPP");
    }
    Matcher shadow = SHADOW_ROLE.matcher(lower);
    if (shadow.find()
        && (best == null || best.sector().equals("GOV") && bestStart < shadow.end())) {
      // "the shadow education secretary": no government word of its own, or one inside the
      // portfolio ("Shadow Treasury chief secretary")
      return new SectorHit(
          phrase.substring(shadow.start(), shadow.end()),
          Math.max(shadow.end(), best == null ? 0 : best.end()),
          "OPP");
    }
    return best;
  }

  private static Pattern boundary(String words) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])");
  }

  private static String blank(String value) {
    return value.isBlank() ? null : value;
  }

  /** The rows of a gazetteer file after its header row, which names the columns. */
  private static List<String[]> rows(String file, int columns) {
    List<String[]> rows = Lexicons.rows(DIR + file, columns);
    return rows.subList(1, rows.size());
  }
}
