package org.newsevents.nlp.statements;

import java.util.Set;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * Quotations that name something rather than report speech: a quotation no cue introduces goes in;
 * whether it is a title ("on CNN's \"New Day.\"", "\"Meet the Press.\"", a party letter "R") comes
 * out. PolNeAR marks no attribution for these; a quotation that a cue introduces is never asked.
 */
final class QuoteTitles {

  private QuoteTitles() {}

  /** Lower-case words a title keeps ("Meet the Press", "Party of Reagan"). */
  private static final Set<String> TITLE_WORDS =
      Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by");

  private static final int TITLE_MAX_WORDS = 4;

  /**
   * A quotation of at most four words, each capitalised but for a title's small words ("Meet the
   * Press.", "New Day", "R"): a title or name, not something said, when no cue introduces it.
   */
  static boolean isTitle(AnnotatedText text, Quotations.Quote quote) {
    String inner = text.body().substring(quote.content.getBegin(), quote.content.getEnd());
    String[] words = inner.replaceAll("[^\\p{L}\\p{N}'’\\s-]", " ").trim().split("\\s+");
    if (words[0].isEmpty() || words.length > TITLE_MAX_WORDS) {
      return false;
    }
    for (String word : words) {
      boolean capital = Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0));
      if (!capital && !TITLE_WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
