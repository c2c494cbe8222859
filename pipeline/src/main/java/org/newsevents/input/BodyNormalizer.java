package org.newsevents.input;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an article body as read (possibly hard-wrapped) into paragraphs, one line each, joined by a
 * blank line.
 */
public final class BodyNormalizer {

  /** A line at most this share of the wrap width may be a subheading. */
  static final double SUBHEADING_MAX_SHARE = 0.6;

  /**
   * The body counts as hard-wrapped when at least this share of its single line breaks fall inside
   * a sentence; text with one paragraph per line (news-please) breaks almost only after sentences.
   * Whether the next word would have fit is no test here: wrappers that measure rendered width (the
   * BBC sample) leave lines short of the longest one.
   */
  static final double WRAPPED_MIN_SHARE = 0.5;

  /**
   * Hard-wrapped text also has a median line no longer than this; without it, scraped text whose
   * paragraph lines end in captions without punctuation ("Hide Caption 1 of 8") looked wrapped.
   */
  static final int WRAPPED_MAX_MEDIAN_LENGTH = 100;

  /**
   * The fit test (would the next word have fit on the line?) is trusted only when at most this
   * share of the breaks inside sentences fail it. A greedy wrapper never breaks where the next word
   * fits; one that measures rendered width (the BBC sample) often does, and for such text the fit
   * test would merge paragraphs whose last line is long, so every line ending a sentence ends one.
   */
  static final double GREEDY_MAX_SHARE = 0.2;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201D\u2019\u00BB)]*$");
  private static final Pattern SPACES = Pattern.compile("[\\t\\u00A0\\u2007\\u202F ]+");
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
  private static final Pattern TRAILING_WORD = Pattern.compile("(\\p{L}+)-$");
  private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{L}+)");

  private final EnglishWords words;

  public BodyNormalizer(EnglishWords words) {
    this.words = words;
  }

  /** The body as paragraphs joined by {@code "\n\n"}. */
  public String normalize(String body) {
    return String.join("\n\n", paragraphs(body));
  }

  /** The body's paragraphs, each one line with single spaces. */
  public List<String> paragraphs(String body) {
    List<List<String>> blocks = blocks(body);
    int width = 0;
    for (List<String> block : blocks) {
      for (String line : block) {
        width = Math.max(width, line.length());
      }
    }
    Set<String> vocabulary = vocabulary(blocks);
    boolean wrapped = isHardWrapped(blocks);
    boolean greedy = isGreedy(blocks, width);
    List<String> paragraphs = new ArrayList<>();
    for (List<String> block : blocks) {
      if (wrapped) {
        unwrap(block, width, greedy, vocabulary, paragraphs);
      } else {
        paragraphs.addAll(block);
      }
    }
    return paragraphs;
  }

  /** Blocks of non-blank lines, split at blank lines; lines trimmed, spaces collapsed. */
  private static List<List<String>> blocks(String body) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String raw : TextLines.split(body)) {
      String line = SPACES.matcher(raw).replaceAll(" ").strip();
      if (line.isEmpty()) {
        if (!current.isEmpty()) {
          blocks.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line);
      }
    }
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    return blocks;
  }

  private static boolean isHardWrapped(List<List<String>> blocks) {
    int breaks = 0;
    int insideSentence = 0;
    for (List<String> block : blocks) {
      for (int i = 0; i + 1 < block.size(); i++) {
        breaks++;
        if (!endsSentence(block.get(i))) {
          insideSentence++;
        }
      }
    }
    List<Integer> lengths = new ArrayList<>();
    blocks.forEach(block -> block.forEach(line -> lengths.add(line.length())));
    lengths.sort(null);
    int median = lengths.isEmpty() ? 0 : lengths.get(lengths.size() / 2);
    return breaks > 0
        && insideSentence >= WRAPPED_MIN_SHARE * breaks
        && median <= WRAPPED_MAX_MEDIAN_LENGTH;
  }

  private static boolean isGreedy(List<List<String>> blocks, int width) {
    int insideSentence = 0;
    int wouldHaveFit = 0;
    for (List<String> block : blocks) {
      for (int i = 0; i + 1 < block.size(); i++) {
        if (!endsSentence(block.get(i))) {
          insideSentence++;
          if (fits(block.get(i), block.get(i + 1), width)) {
            wouldHaveFit++;
          }
        }
      }
    }
    return wouldHaveFit <= GREEDY_MAX_SHARE * insideSentence;
  }

  private void unwrap(
      List<String> block, int width, boolean greedy, Set<String> vocabulary, List<String> out) {
    StringBuilder paragraph = new StringBuilder(block.get(0));
    for (int i = 0; i + 1 < block.size(); i++) {
      String line = block.get(i);
      String next = block.get(i + 1);
      boolean breakHere =
          (endsSentence(line) && (!greedy || fits(line, next, width)))
              || isSubheading(block, i, width)
              || isSubheading(block, i + 1, width);
      if (breakHere) {
        out.add(paragraph.toString());
        paragraph = new StringBuilder(next);
      } else {
        appendLine(paragraph, next, vocabulary);
      }
    }
    out.add(paragraph.toString());
  }

  /** A short, capitalized line without final punctuation that follows a sentence end. */
  private static boolean isSubheading(List<String> block, int i, int width) {
    String line = block.get(i);
    boolean afterSentence = i == 0 || endsSentence(block.get(i - 1));
    return afterSentence
        && i + 1 < block.size()
        && line.length() <= SUBHEADING_MAX_SHARE * width
        && Character.isUpperCase(line.codePointAt(0))
        && !line.matches(".*[.!?:;,\"'\u201D\u2019)]$");
  }

  private void appendLine(StringBuilder paragraph, String next, Set<String> vocabulary) {
    Matcher left = TRAILING_WORD.matcher(paragraph);
    Matcher right = LEADING_WORD.matcher(next);
    if (left.find() && right.find()) {
      boolean keepHyphen = keepHyphen(left.group(1), right.group(1), vocabulary);
      paragraph.setLength(paragraph.length() - (keepHyphen ? 0 : 1));
      paragraph.append(next);
    } else {
      paragraph.append(' ').append(next);
    }
  }

  /**
   * Whether a hyphen at a line break belongs to the word. Evidence in the document comes first,
   * then a capitalized second part (al-Assad, US-Russian), then the word list: both parts words
   * means a compound (heart-rending); a joined word whose first part is no word means a typesetting
   * break (negoti-ations). Unknown cases keep the hyphen, which loses nothing.
   */
  boolean keepHyphen(String left, String right, Set<String> vocabulary) {
    String hyphenated = (left + "-" + right).toLowerCase(Locale.ROOT);
    String joined = (left + right).toLowerCase(Locale.ROOT);
    if (vocabulary.contains(hyphenated)) {
      return true;
    }
    if (vocabulary.contains(joined)) {
      return false;
    }
    if (Character.isUpperCase(right.codePointAt(0))) {
      return true;
    }
    if (words.contains(left) && words.contains(right)) {
      return true;
    }
    return !(words.contains(joined) && !words.contains(left));
  }

  /** The lower-cased words (hyphenated ones whole) written on one line in the document. */
  private static Set<String> vocabulary(List<List<String>> blocks) {
    Set<String> vocabulary = new HashSet<>();
    for (List<String> block : blocks) {
      for (String line : block) {
        Matcher m = WORD.matcher(line);
        while (m.find()) {
          // A word broken at this line's end is not evidence of itself.
          if (m.end() < line.length()
              && line.charAt(m.end()) == '-'
              && m.end() + 1 == line.length()) {
            continue;
          }
          vocabulary.add(m.group().toLowerCase(Locale.ROOT));
        }
      }
    }
    return vocabulary;
  }

  private static boolean endsSentence(String line) {
    return SENTENCE_END.matcher(line).find();
  }

  /** Whether the next line's first word would have fit on this line within the wrap width. */
  private static boolean fits(String line, String next, int width) {
    int space = next.indexOf(' ');
    int firstWord = space < 0 ? next.length() : space;
    return line.length() + 1 + firstWord <= width;
  }
}
