package org.newsevents.nlp.statements;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The attribution at the end of a news sentence, read from the words when the parse links neither
 * subject nor content to the cue: "In 2004, growth will be 4.7%, the ministry said.", "..., Mr Law
 * said.", "..., said race director David Bedford." A sentence's tokens and its cue go in; the
 * source's noun phrase and the content before it come out, or null. The construction: a finite cue
 * that ends the sentence (only punctuation after it, or its source phrase and then punctuation),
 * its source a short noun phrase right before it (after a comma or closing quotation mark) or right
 * after it (inverted, after a comma or closing quotation mark before the cue), and the content the
 * words of the sentence before that comma.
 */
final class TailAttribution {

  private TailAttribution() {}

  /**
   * Token indexes (0-based) of the source phrase [first, last], its head (the last word) and of the
   * content [first, last].
   */
  record Tail(int sourceFirst, int sourceLast, int contentFirst, int contentLast) {
    int head() {
      return sourceLast;
    }
  }

  /**
   * Most words of a source phrase ("the Spurs sporting director", "market analysts Chart-Track").
   */
  private static final int MAX_SOURCE = 8;

  /** Tags of the words of a source phrase: determiners, possessives, adjectives, nouns, numbers. */
  private static boolean sourceWord(CoreLabel token) {
    String tag = token.tag();
    return tag.equals("DT")
        || tag.equals("PRP$")
        || tag.equals("POS")
        || tag.equals("CD")
        || tag.startsWith("JJ")
        || tag.startsWith("NN");
  }

  /** The finite verb tags. */
  static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  /** Tags that may stand after the attribution: the sentence's end and closing marks. */
  private static boolean closing(CoreLabel token) {
    String tag = token.tag();
    return tag.equals(".") || tag.equals("''") || tag.equals("-RRB-");
  }

  /** Whether token t may stand between the content and the attribution. */
  private static boolean separator(List<CoreLabel> tokens, int t) {
    String tag = tokens.get(t).tag();
    return tag.equals(",")
        || tag.equals("''")
        || StatementExtractor.closingQuoteTaggedOpening(tokens, t);
  }

  /**
   * The tail attribution of the cue at token {@code cue} (0-based), or null. {@code cueWord} says
   * whether a lemma is a cue word: an inverted source of one such word is the cue itself, the verb
   * before it a noun the tagger took for a verb ("..., reports claim.").
   */
  static Tail find(List<CoreLabel> tokens, int cue, Predicate<String> cueWord) {
    int lead = perfect(tokens, cue) ? cue - 1 : cue; // "..., unions at the carmaker have said."
    if (!FINITE.contains(tokens.get(lead).tag())) {
      return null;
    }
    if (cue + 1 < tokens.size() && sourceWord(tokens.get(cue + 1))) {
      // "..., said race director David Bedford.": inverted, the source after the cue.
      int[] source = lead == cue ? sourceAfter(tokens, cue, cueWord) : null;
      return source == null ? null : withContent(tokens, source[0], source[1], cue - 1);
    }
    if (!endsSentence(tokens, cue + 1)) {
      return null;
    }
    if (lead > 0 && tokens.get(lead - 1).tag().equals("PRP")) {
      return withContent(tokens, lead - 1, lead - 1, lead - 2); // "..., he said."
    }
    // "..., the ministry said.": the source before the cue.
    int first = lead;
    while (first > 0 && sourceWord(tokens.get(first - 1)) && lead - first < MAX_SOURCE) {
      first--;
    }
    if (first == lead || !tokens.get(lead - 1).tag().startsWith("NN")) {
      return null;
    }
    return withContent(tokens, first, lead - 1, first - 1);
  }

  /**
   * The inverted source after the cue that ends the sentence: "said race director David Bedford.",
   * "said Gerhard Romen, head of market development at Nokia." (its apposition is no part of it).
   * Token indexes {first, last} of its noun phrase, or null; {@code cueWord} as {@link #find}.
   */
  static int[] sourceAfter(List<CoreLabel> tokens, int cue, Predicate<String> cueWord) {
    int after = sourceEnd(tokens, cue, cueWord);
    if (after < 0) {
      return null;
    }
    int end = endsSentence(tokens, after) ? after : apposition(tokens, after);
    return endsSentence(tokens, end) ? new int[] {cue + 1, after - 1} : null;
  }

  /**
   * The end (exclusive) of the source phrase right after an inverted cue: at most {@value
   * #MAX_SOURCE} words of {@link #sourceWord}, ending in a noun that is not a lone cue word ("...,
   * reports claim."); -1 when there is none.
   */
  private static int sourceEnd(List<CoreLabel> tokens, int cue, Predicate<String> cueWord) {
    int after = cue + 1;
    while (after < tokens.size() && sourceWord(tokens.get(after))) {
      after++;
    }
    int sourceLast = after - 1;
    if (after == cue + 1
        || after - cue - 1 > MAX_SOURCE
        || !tokens.get(sourceLast).tag().startsWith("NN")
        || (sourceLast == cue + 1 && cueWord.test(tokens.get(sourceLast).lemma()))) {
      return -1;
    }
    return after;
  }

  /**
   * The words of an inverted source whose head the parse found ("said Tait, who has burst into
   * contention", "said chairman of the ISM's survey committee"): from the word after the cue to the
   * head, and over an "of" phrase right after it; token indexes {first, last}, or null when the
   * head does not follow the cue.
   */
  static int[] nameAfter(List<CoreLabel> tokens, int cue, int head) {
    if (head <= cue) {
      return null;
    }
    int last = head;
    while (last + 1 < tokens.size() && nameWord(tokens, last + 1) && last - cue < MAX_SOURCE) {
      last++; // "Kidman's publicist Wendy Day" with "publicist" for head
    }
    if (last + 2 < tokens.size() && tokens.get(last + 1).word().equalsIgnoreCase("of")) {
      int end = last + 2;
      while (end < tokens.size() && sourceWord(tokens.get(end)) && end - head <= MAX_SOURCE) {
        end++;
      }
      if (end > last + 2 && tokens.get(end - 1).tag().startsWith("NN")) {
        last = end - 1;
      }
    }
    return new int[] {cue + 1, last};
  }

  /**
   * Whether token t may continue a name after its parse head: a noun, adjective, number or gerund
   * ("the Spurs sporting director"), or a preposition before a proper noun ("Treasury Under
   * Secretary John Taylor").
   */
  private static boolean nameWord(List<CoreLabel> tokens, int t) {
    String tag = tokens.get(t).tag();
    return tag.startsWith("NN")
        || tag.startsWith("JJ")
        || tag.equals("CD")
        || tag.equals("VBG")
        || (tag.equals("IN")
            && t + 1 < tokens.size()
            && tokens.get(t + 1).tag().startsWith("NNP")
            && Character.isUpperCase(tokens.get(t).word().charAt(0)));
  }

  /**
   * The end (exclusive) of an apposition that starts with the comma at {@code comma}: noun phrases
   * joined by prepositions ("a politics lecturer at the University of Lille", "principal security
   * consultant at Cisco"), ending in a noun; {@code comma} itself when there is none.
   */
  private static int apposition(List<CoreLabel> tokens, int comma) {
    if (comma >= tokens.size() || !tokens.get(comma).tag().equals(",")) {
      return comma;
    }
    int end = comma + 1;
    while (end < tokens.size()
        && (sourceWord(tokens.get(end)) || tokens.get(end).tag().equals("IN"))) {
      end++;
    }
    return end > comma + 1 && tokens.get(end - 1).tag().startsWith("NN") ? end : comma;
  }

  /** Whether the cue is a past participle after a form of "have" ("have said", "has warned"). */
  private static boolean perfect(List<CoreLabel> tokens, int cue) {
    return cue > 0
        && tokens.get(cue).tag().equals("VBN")
        && "have".equals(tokens.get(cue - 1).lemma())
        && FINITE.contains(tokens.get(cue - 1).tag());
  }

  /**
   * "Most importantly, say analysts, the failure of talks has not led to tensions.": an inverted
   * cue and its source between commas after an opening phrase with no verb of its own ("By
   * contrast", "For instance"); the content the rest of the sentence after them. Token indexes as
   * {@link #find}, or null; {@code cueWord} as there.
   */
  static Tail parenthetical(List<CoreLabel> tokens, int cue, Predicate<String> cueWord) {
    if (!FINITE.contains(tokens.get(cue).tag())
        || cue < 1
        || !tokens.get(cue - 1).tag().equals(",")
        || hasVerb(tokens, 0, cue - 1)) {
      return null; // not "Sales rose, said Paul King, principal consultant at Cisco, because ..."
    }
    int comma = sourceEnd(tokens, cue, cueWord);
    if (comma < 0 || comma >= tokens.size() || !tokens.get(comma).tag().equals(",")) {
      return null;
    }
    int sourceLast = comma - 1;
    // "said Paul King, principal security consultant at Cisco, because ...": the source's
    // apposition is not the content.
    int apposition = apposition(tokens, comma);
    if (apposition > comma
        && apposition < tokens.size()
        && tokens.get(apposition).tag().equals(",")) {
      comma = apposition;
    }
    int last = lastWord(tokens, tokens.size(), comma);
    if (last - comma < 3) {
      return null;
    }
    return new Tail(cue + 1, sourceLast, comma + 1, last);
  }

  /**
   * "Peter Nielson, who is UKIP Scotland chairman, said he had suspended Mr Houston.": the source a
   * short noun phrase that opens the sentence, then a phrase between commas, then the finite cue;
   * the content the rest of the sentence. Token indexes as {@link #find}, or null.
   */
  static Tail front(List<CoreLabel> tokens, int cue) {
    if (!FINITE.contains(tokens.get(cue).tag())
        || cue < 4
        || !tokens.get(cue - 1).tag().equals(",")) {
      return null;
    }
    int first = 0;
    while (first < cue && PUNCTUATION.contains(tokens.get(first).tag())) {
      first++;
    }
    int comma = first;
    while (comma < cue && sourceWord(tokens.get(comma))) {
      comma++;
    }
    if (comma == first
        || comma - first > MAX_SOURCE
        || comma >= cue - 1
        || !tokens.get(comma).tag().equals(",")
        || !tokens.get(comma - 1).tag().startsWith("NN")
        || !aside(tokens, comma + 1, cue - 1)
        || cue + 1 >= tokens.size()
        || tokens.get(cue + 1).tag().equals(",")) {
      return null; // not "Spacey, 45, wrote, directed and starred in the film"
    }
    int contentFirst = cue + 1;
    if (contentFirst < tokens.size() && tokens.get(contentFirst).word().equalsIgnoreCase("that")) {
      contentFirst++;
    }
    int last = lastWord(tokens, tokens.size(), contentFirst);
    if (last - contentFirst < 2) {
      return null;
    }
    return new Tail(first, comma - 1, contentFirst, last);
  }

  /**
   * Whether tokens [from, to) are an aside between commas: a relative clause ("who is UKIP Scotland
   * chairman") or a phrase with no finite verb and no comma ("the scorer of Chelsea's goal", "45",
   * "from Activcard"), not a clause of its own ("the scorer of Chelsea's goal, needed treatment
   * after being hit by a missile").
   */
  private static boolean aside(List<CoreLabel> tokens, int from, int to) {
    if (tokens.get(from).tag().startsWith("W")) {
      return true;
    }
    for (int t = from; t < to; t++) {
      if (tokens.get(t).tag().equals(",")) {
        return false;
      }
    }
    return !hasVerb(tokens, from, to);
  }

  /** Whether tokens [from, to) hold a finite verb or a modal. */
  private static boolean hasVerb(List<CoreLabel> tokens, int from, int to) {
    for (int t = from; t < to; t++) {
      if (FINITE.contains(tokens.get(t).tag()) || tokens.get(t).tag().equals("MD")) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsSentence(List<CoreLabel> tokens, int from) {
    for (int t = from; t < tokens.size(); t++) {
      if (!closing(tokens.get(t))) {
        return false;
      }
    }
    return true;
  }

  /** Tags of the marks at the edges of a content span. */
  private static final Set<String> PUNCTUATION =
      Set.of(",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP");

  /** The last token before {@code end} (exclusive) that is no mark, not below {@code floor}. */
  private static int lastWord(List<CoreLabel> tokens, int end, int floor) {
    int last = end - 1;
    while (last > floor && PUNCTUATION.contains(tokens.get(last).tag())) {
      last--;
    }
    return last;
  }

  /** The content: the sentence's words before the separator at {@code sep}, over its marks. */
  private static Tail withContent(
      List<CoreLabel> tokens, int sourceFirst, int sourceLast, int sep) {
    if (sep < 1 || !separator(tokens, sep)) {
      return null;
    }
    int last = lastWord(tokens, sep, -1);
    int first = 0;
    while (first < last && PUNCTUATION.contains(tokens.get(first).tag())) {
      first++;
    }
    if (last - first < 2) {
      return null; // fewer than three words: no clause ("Yes, he said.")
    }
    return new Tail(sourceFirst, sourceLast, first, last);
  }
}
