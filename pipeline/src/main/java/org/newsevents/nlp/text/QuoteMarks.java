package org.newsevents.nlp.text;

/**
 * The text CoreNLP is given for a body: the body with its double-apostrophe quotation marks made
 * readable to CoreNLP's quote annotator, every character at its place (same length, so offsets into
 * the annotation are offsets into the body, and records quote the body as written).
 *
 * <p>The New York Times texts of PolNeAR open and close a quotation with two apostrophes ({@code
 * ''We will not give up,'' Mr. Kerry said.}); CoreNLP's quote annotator takes {@code ''} for a
 * closing mark only (it pairs {@code ``} with {@code ''}), so it found none of them. Here an
 * opening {@code ''} becomes {@code ``}: two apostrophes at the start of the text, after white
 * space or an opening bracket, before a letter, digit, {@code $} or a single quote that opens a
 * quotation inside ({@code '''Sir, ...}). Two apostrophes after a letter ({@code the students''
 * union}, {@code ''carried interest'' loophole}) or before a space stay as written: in the PolNeAR
 * texts they always close.
 *
 * <p>News writes a quotation over several paragraphs by leaving each paragraph but the last
 * unclosed and opening the next with a mark again. CoreNLP joins such pieces written with {@code "}
 * into one quotation (the reopening {@code "} before a letter does not close it), but it counts a
 * reopening {@code ``} as a quotation inside and never finds the close, losing the pieces. So when
 * a paragraph ends inside a double-mark quotation and the next opens with one, that reopening mark
 * is given to CoreNLP as two spaces: it then sees one quotation from the first opening mark to the
 * last closing one, as it does for {@code "}.
 */
public final class QuoteMarks {

  /**
   * Off ({@code -Dnewsevents.quoteMarks=false}) CoreNLP reads every body as written: the
   * before-and-after measurement of this rewrite, with the annotations stored before it.
   */
  private static final boolean ON =
      Boolean.parseBoolean(System.getProperty("newsevents.quoteMarks", "true"));

  private QuoteMarks() {}

  /** The body as CoreNLP should read it; the body itself when it has no double marks. */
  public static String forCoreNlp(String body) {
    if (!ON || (body.indexOf("''") < 0 && body.indexOf("``") < 0)) {
      return body;
    }
    char[] out = body.toCharArray();
    boolean open = false;
    int paragraphStart = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\n' && body.startsWith("\n\n", i)) {
        paragraphStart = -1;
        continue;
      }
      if (paragraphStart < 0 && !Character.isWhitespace(c)) {
        paragraphStart = i;
        boolean reopens = opensWithBackticks(body, i) || opensWithApostrophes(body, i);
        if (open && reopens) {
          out[i] = ' ';
          out[i + 1] = ' ';
          i++;
          continue;
        }
        open = false;
      }
      if (opensWithBackticks(body, i)) {
        open = true;
        i++;
      } else if (opensWithApostrophes(body, i)) {
        out[i] = '`';
        out[i + 1] = '`';
        open = true;
        i++;
      } else if (c == '\'' && body.startsWith("''", i)) {
        int run = i;
        while (run < body.length() && body.charAt(run) == '\'') {
          run++;
        }
        open = false;
        i = run - 1;
      }
    }
    return new String(out);
  }

  private static boolean opensWithBackticks(String body, int i) {
    return body.startsWith("``", i) && (i + 2 >= body.length() || body.charAt(i + 2) != '`');
  }

  /**
   * Two apostrophes (or three: a single quote opening inside) at an opening place: text start,
   * white space or an opening bracket before, a word after.
   */
  static boolean opensWithApostrophes(String body, int i) {
    if (!body.startsWith("''", i) || (i > 0 && body.charAt(i - 1) == '\'')) {
      return false;
    }
    if (i > 0
        && !Character.isWhitespace(body.charAt(i - 1))
        && "([{".indexOf(body.charAt(i - 1)) < 0) {
      return false;
    }
    int next = i + 2;
    if (next < body.length() && body.charAt(next) == '\'') {
      next++;
    }
    if (next >= body.length()) {
      return false;
    }
    char after = body.charAt(next);
    return Character.isLetterOrDigit(after) || after == '$';
  }
}
