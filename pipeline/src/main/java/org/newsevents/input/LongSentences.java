package org.newsevents.input;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks runs of more than a maximum number of tokens without a sentence end (lists, scraped
 * navigation, unpunctuated text) with a paragraph break, so that CoreNLP, whose profiles end a
 * sentence at a blank line ({@code ssplit.newlineIsSentenceBreak = two}), never sees a sentence
 * longer than the maximum: the parser, NER and the extractors cost more than linear time in it.
 */
final class LongSentences {

  /** The body with overlong runs broken, and how many breaks were inserted. */
  record Result(String body, int breaks) {}

  /**
   * Roughly CoreNLP's tokens: a run of letters or digits, or any other single non-space character
   * (each quote mark or dash is a token), so the count errs on the high side.
   */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]");

  private LongSentences() {}

  static Result split(String body, int maxTokens) {
    StringBuilder out = new StringBuilder(body.length() + 16);
    Matcher token = TOKEN.matcher(body);
    int copied = 0;
    int run = 0;
    int breaks = 0;
    int previousEnd = 0;
    while (token.find()) {
      String gap = body.substring(previousEnd, token.start());
      if (gap.indexOf('\n') >= 0 && gap.indexOf('\n') != gap.lastIndexOf('\n')) {
        run = 0; // a paragraph break ends a sentence
      }
      if (run >= maxTokens && !gap.isEmpty()) {
        // Replace the whitespace before this token with a paragraph break.
        out.append(body, copied, previousEnd).append("\n\n");
        copied = token.start();
        run = 0;
        breaks++;
      }
      run++;
      if (SENTENCE_END.matcher(token.group()).matches()) {
        run = 0;
      }
      previousEnd = token.end();
    }
    if (breaks == 0) {
      return new Result(body, 0);
    }
    out.append(body, copied, body.length());
    return new Result(out.toString(), breaks);
  }
}
