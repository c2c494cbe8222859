package org.newsevents.nlp.statements;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Set;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * Quotations that name something rather than report speech: a quotation goes in; whether it is a
 * title ("on CNN's \"New Day.\"", "\"Meet the Press.\"", a party letter "R") comes out. PolNeAR
 * marks no attribution for these: a title no cue introduces is no statement, and a cue takes a
 * title as its quotation only when the cue's content clause lies in it.
 */
final class QuoteTitles {

  private QuoteTitles() {}

  /** Lower-case words a title keeps ("Meet the Press", "Party of Reagan"): title-words.tsv. */
  private static final Set<String> TITLE_WORDS =
      Set.copyOf(
          Lexicons.rows("newsevents/lexicons/title-words.tsv", 1).stream()
              .map(row -> row[0])
              .toList());

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

  /**
   * A title in quotation marks near a cue ("told Fox's \"Sean Hannity Show.\"") is not what the cue
   * introduces unless the cue's content clause lies in it ("\"No Deal,\" the minister said").
   */
  static Quotations.Quote aside(
      AnnotatedText text, Quotations.Quote quote, List<IndexedWord> contentHeads) {
    if (quote == null || !isTitle(text, quote)) {
      return quote;
    }
    for (IndexedWord head : contentHeads) {
      if (quote.contains(head.beginPosition())) {
        return quote;
      }
    }
    return null;
  }
}
