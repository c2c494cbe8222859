package org.newsevents.nlp.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.nlp.knowledge.Lexicons;

/**
 * The titles and role nouns of models/gazetteers/titles.tsv: a phrase goes in; the title nearest
 * its end (the longest of those ending there) comes out, with its kind (FOR: takes the code of whom
 * the person works for; TITLE: a sector) and sector (of a FOR title, the sector it gives with a
 * country named only by its name or demonym: "a US lawyer" JUD, RoleReader.national).
 */
final class Titles {

  /** A title found in a phrase. */
  record Title(String matched, int start, int end, boolean worksFor, String sector) {}

  /** A title word: its pattern, and the lower-case text every match of it holds. */
  private record Word(Pattern pattern, String literal, boolean worksFor, String sector) {}

  /**
   * Sectors of occupations, not offices: "former" before one says the person left it, and a city
   * beside one is a club's or employer's home, not the person's country ("Real Madrid striker").
   */
  static final java.util.Set<String> PAST_ONLY =
      java.util.Set.of("ELI", "CVL", "HLH", "EDU", "MED", "LAB");

  private static final Pattern PEER_TO_PEER = Pattern.compile("peer[\\s-]+to[\\s-]+peer");
  private static final Pattern FORMER = Pattern.compile("(?:\\bformer|\\bex)[\\s-]+$");

  private static volatile Titles standard;
  private final List<Word> words = new ArrayList<>();

  static Titles standard() {
    if (standard == null) {
      synchronized (Titles.class) {
        if (standard == null) {
          standard = new Titles(Lexicons.rows("newsevents/gazetteers/titles.tsv", 3));
        }
      }
    }
    return standard;
  }

  Titles(List<String[]> table) {
    for (String[] row : table.subList(1, table.size())) {
      if (!row[1].equals("FOR") && !row[1].equals("TITLE")) {
        throw new IllegalStateException("titles.tsv: kind must be FOR or TITLE: " + row[1]);
      }
      for (String word : row[0].split("\\|")) {
        String literal = word.toLowerCase(Locale.ROOT);
        words.add(
            new Word(
                Pattern.compile(
                    "(?<![\\p{L}\\p{N}])" + Pattern.quote(literal) + "(?![\\p{L}\\p{N}])"),
                literal,
                row[1].equals("FOR"),
                row[2].isBlank() ? null : row[2]));
      }
    }
  }

  /** The title nearest the end of the phrase, or null. "shadow" anywhere makes a title OPP. */
  Title find(String phrase) {
    // "a peer-to-peer service" holds no peer of the realm: the compound is blanked out, keeping the
    // offsets.
    String lower =
        PEER_TO_PEER
            .matcher(phrase.toLowerCase(Locale.ROOT))
            .replaceAll(m -> " ".repeat(m.group().length()));
    Title best = null;
    boolean shadow = false;
    for (Word word : words) {
      if (!lower.contains(word.literal())) {
        continue; // the plain substring test first: most titles are not in a given phrase
      }
      Matcher m = word.pattern().matcher(lower);
      while (m.find()) {
        if ("OPP".equals(word.sector()) && !word.worksFor()) {
          shadow = true;
          continue;
        }
        if (word.sector() != null
            && PAST_ONLY.contains(word.sector())
            && FORMER.matcher(lower.substring(0, m.start())).find()) {
          continue; // "former journalist X": an occupation left, no role now
        }
        if (best == null
            || m.end() > best.end()
            || (m.end() == best.end() && m.start() < best.start())) {
          best =
              new Title(
                  phrase.substring(m.start(), m.end()),
                  m.start(),
                  m.end(),
                  word.worksFor(),
                  word.sector());
        }
      }
    }
    if (best != null && shadow && !best.worksFor()) {
      best = new Title("shadow " + best.matched(), best.start(), best.end(), false, "OPP");
    }
    return best;
  }
}
