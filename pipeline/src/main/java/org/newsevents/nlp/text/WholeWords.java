package org.newsevents.nlp.text;

/**
 * Words as the project's patterns bound them ({@code (?<![\p{L}\p{N}])} ... {@code
 * (?![\p{L}\p{N}])}): runs of letters and digits. A text goes in; where a run ends, or where a
 * literal occurs as a whole word, comes out, without compiling a pattern per call.
 */
public final class WholeWords {

  private WholeWords() {}

  /** A letter or digit as {@code [\p{L}\p{N}]} means it (any letter; any number, not only 0-9). */
  public static boolean isWordChar(int codePoint) {
    if (Character.isLetter(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * The end of the run of letters and digits that starts at {@code start} ({@code start} if none).
   */
  public static int wordEnd(String text, int start) {
    int at = start;
    while (at < text.length()) {
      int codePoint = text.codePointAt(at);
      if (!isWordChar(codePoint)) {
        break;
      }
      at += Character.charCount(codePoint);
    }
    return at;
  }

  /**
   * The first index of {@code literal} in {@code text} with no letter or digit just before or just
   * after it, or -1: what {@code Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(literal) +
   * "(?![\\p{L}\\p{N}])").matcher(text).find()} finds.
   */
  public static int indexOf(String text, String literal) {
    int at = text.indexOf(literal);
    while (at >= 0) {
      int end = at + literal.length();
      boolean before = at > 0 && isWordChar(text.codePointBefore(at));
      boolean after = end < text.length() && isWordChar(text.codePointAt(end));
      if (!before && !after) {
        return at;
      }
      at = at < text.length() ? text.indexOf(literal, at + 1) : -1;
    }
    return -1;
  }
}
