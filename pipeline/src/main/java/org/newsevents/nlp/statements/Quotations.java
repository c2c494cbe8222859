package org.newsevents.nlp.statements;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Span;

/**
 * Quotations and who said them: CoreNLP's quote spans go in; which quotations are speech (not scare
 * quotes), which cue introduces each, and the speaker of a quotation without a cue of its own come
 * out.
 */
final class Quotations {

  private Quotations() {}

  /** A quotation that ends in punctuation inside the marks, or fills whole sentences: speech. */
  private static final Pattern SPEECH_END = Pattern.compile("[.,!?:;\u2026\u2014-]\\s*$");

  /** "I" inside a quotation is its speaker: "'I think it's a mistake,' Ban said" -> Ban. */
  static StatementExtractor.Found firstPersonInside(
      StatementExtractor.Found f, List<StatementExtractor.Found> all) {
    Mention speaker = f.speaker();
    if (speaker == null
        || speaker.getCanonical() != null
        || !FIRST_PERSON.contains(speaker.getText().toLowerCase())) {
      return f;
    }
    for (StatementExtractor.Found outer : all) {
      Mention outerSpeaker = outer.speaker();
      if (outer != f
          && outer.direct()
          && outerSpeaker != null
          && outerSpeaker.getCanonical() != null
          && speaker.getBegin() >= outer.content().getBegin()
          && speaker.getEnd() <= outer.content().getEnd()) {
        Mention resolved =
            Mention.newBuilder(speaker).setCanonical(outerSpeaker.getCanonical()).build();
        return new StatementExtractor.Found(
            f.sentence(),
            f.cue(),
            f.sense(),
            resolved,
            f.speakers(),
            f.addressee(),
            f.content(),
            f.direct(),
            f.rule(),
            f.continues());
      }
    }
    return f;
  }

  private static final Set<String> FIRST_PERSON = Set.of("i", "me");

  /**
   * The unattributed speech quote a cue introduces: one holding its content clause or its governor,
   * else the nearest one in the same sentence that ends before the cue or starts after it.
   */
  static Quote introducedBy(
      AnnotatedText text,
      List<Quote> quotes,
      int s,
      IndexedWord cue,
      List<IndexedWord> contentHeads) {
    return introducedBy(text, quotes, s, cue, contentHeads, lemma -> false);
  }

  /**
   * The same, where the nearest quote of the sentence is not taken over another verb that {@code
   * cueVerb} calls a cue, standing between them ("Commenting on the decision, a spokesman said:
   * '...'": the quote is the spokesman's, not "Commenting"'s).
   */
  static Quote introducedBy(
      AnnotatedText text,
      List<Quote> quotes,
      int s,
      IndexedWord cue,
      List<IndexedWord> contentHeads,
      Predicate<String> cueVerb) {
    int cueAt = cue.beginPosition();
    for (Quote quote : quotes) {
      if (quote.used || !quote.speech || quote.contains(cueAt)) {
        continue;
      }
      for (IndexedWord head : contentHeads) {
        if (quote.contains(head.beginPosition())) {
          return quote;
        }
      }
      IndexedWord governor = text.basic(s).getParent(text.basic(s).getNodeByIndexSafe(cue.index()));
      if (governor != null && quote.contains(governor.beginPosition())) {
        return quote;
      }
    }
    if (!contentHeads.isEmpty()) {
      return null;
    }
    CoreMap sentence = text.sentence(s);
    int sentenceBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int sentenceEnd = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    Quote best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Quote quote : quotes) {
      if (quote.used || !quote.speech || quote.end <= sentenceBegin || quote.begin >= sentenceEnd) {
        continue;
      }
      int distance = quote.end <= cueAt ? cueAt - quote.end : quote.begin - cue.endPosition();
      if (distance >= 0 && distance < bestDistance && !cueBetween(text, s, cue, quote, cueVerb)) {
        best = quote;
        bestDistance = distance;
      }
    }
    return best != null ? best : endingBefore(text, quotes, s, sentenceBegin);
  }

  /** Whether a verb {@code cueVerb} accepts stands between the cue and the quote. */
  private static boolean cueBetween(
      AnnotatedText text, int s, IndexedWord cue, Quote quote, Predicate<String> cueVerb) {
    int from = Math.min(cue.endPosition(), quote.end);
    int to = Math.max(cue.beginPosition(), quote.begin);
    for (CoreLabel token : text.tokens(s)) {
      if (token.beginPosition() >= from
          && token.endPosition() <= to
          && token.tag().startsWith("VB")
          && token.lemma() != null
          && cueVerb.test(token.lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "'... which licensed premises do you go and lay the responsibility at the door of?' he asked on
   * BBC Radio 4.": the sentence splitter ended the sentence inside the quotation, so the cue's
   * sentence opens with a lower-case word right after an unused speech quote; that quote, else
   * null.
   */
  private static Quote endingBefore(
      AnnotatedText text, List<Quote> quotes, int s, int sentenceBegin) {
    List<CoreLabel> tokens = text.tokens(s);
    String first = tokens.isEmpty() ? "" : tokens.get(0).word();
    if (first.isEmpty() || !Character.isLowerCase(first.charAt(0))) {
      return null;
    }
    for (Quote quote : quotes) {
      if (!quote.used
          && quote.speech
          && quote.end <= sentenceBegin
          && text.body().substring(quote.end, sentenceBegin).isBlank()) {
        return quote;
      }
    }
    return null;
  }

  /**
   * A speech quote left without a cue is a piece of the statement whose cue splits its quoted
   * sentence after it ("'The plan,' he said, 'will end poverty.'"), else continues the speaker of
   * the statement just before it, in its paragraph or the one before; with none, it is kept with an
   * explicitly unknown speaker.
   */
  static void attributeRemaining(
      AnnotatedText text, List<Quote> quotes, List<StatementExtractor.Found> found) {
    for (Quote quote : quotes) {
      if (quote.used || !quote.speech) {
        continue;
      }
      if (QuoteTitles.isTitle(text, quote)) {
        continue; // "on CNN's \"New Day.\"": a title, no statement
      }
      int sentence = Math.max(0, text.sentenceAt(quote.content.getBegin()));
      StatementExtractor.Found previous = splitBy(quote, sentence, found);
      if (previous == null) {
        previous = lastDirectBefore(quote, found);
      }
      boolean continues =
          previous != null
              && text.paragraphAt(quote.begin) - text.paragraphAt(previous.content().getEnd()) <= 1;
      if (continues) {
        found.add(
            new StatementExtractor.Found(
                sentence,
                null,
                previous.sense(),
                previous.speaker(),
                previous.speakers(),
                previous.addressee(),
                quote.content,
                true,
                "quote-continuation",
                // All pieces name the first: the statement with the cue.
                previous.continues() == null ? previous : previous.continues()));
      } else {
        found.add(
            new StatementExtractor.Found(
                sentence,
                null,
                null,
                null,
                List.of(),
                null,
                quote.content,
                true,
                "quote-unattributed"));
      }
      quote.used = true;
    }
  }

  /**
   * The direct statement with a speaker whose quotation ends last before this one; null when none.
   * Only a direct quotation is continued ("I think ..." inside it is not the speaker).
   */
  private static StatementExtractor.Found lastDirectBefore(
      Quote quote, List<StatementExtractor.Found> found) {
    StatementExtractor.Found previous = null;
    for (StatementExtractor.Found f : found) {
      if (f.direct()
          && f.content().getEnd() <= quote.begin
          && f.speaker() != null
          && (previous == null || f.content().getEnd() >= previous.content().getEnd())) {
        previous = f;
      }
    }
    return previous;
  }

  /**
   * The statement whose cue splits a quoted sentence after this quotation ("'The plan,' he said,
   * 'will end poverty.'"): a direct statement with a cue in the same sentence, after this
   * quotation, whose own quotation follows the cue. Null when there is none.
   */
  private static StatementExtractor.Found splitBy(
      Quote quote, int sentence, List<StatementExtractor.Found> found) {
    for (StatementExtractor.Found f : found) {
      if (f.direct()
          && f.cue() != null
          && f.speaker() != null
          && f.sentence() == sentence
          && f.cue().beginPosition() >= quote.end
          && f.content().getBegin() > f.cue().beginPosition()) {
        return f;
      }
    }
    return null;
  }

  /** A quotation from CoreNLP's quote annotator with its content span (inside the marks). */
  static final class Quote {
    final int begin;
    final int end;
    final Span content;
    final boolean speech;
    boolean used;

    Quote(AnnotatedText text, int begin, int end) {
      this.begin = begin;
      this.end = end;
      String body = text.body();
      // A mark is one character, or two in the PTB/NYT style: ``…'' (also ''…'').
      int open = body.startsWith("``", begin) || body.startsWith("''", begin) ? 2 : 1;
      int close = end - begin >= open + 3 && body.startsWith("''", end - 2) ? 2 : 1;
      int innerBegin = begin + open;
      int innerEnd = end - close;
      while (innerBegin < innerEnd && Character.isWhitespace(body.charAt(innerBegin))) {
        innerBegin++;
      }
      String inner = body.substring(innerBegin, innerEnd);
      this.speech = SPEECH_END.matcher(inner).find() || startsSentence(text, begin);
      while (innerEnd > innerBegin && ",; \n".indexOf(body.charAt(innerEnd - 1)) >= 0) {
        innerEnd--;
      }
      this.content = text.span(innerBegin, innerEnd);
    }

    boolean contains(int offset) {
      return offset > begin && offset < end;
    }

    private static boolean startsSentence(AnnotatedText text, int begin) {
      int i = begin - 1;
      while (i >= 0 && Character.isWhitespace(text.body().charAt(i))) {
        i--;
      }
      return i < 0 || ".!?\"\u201d".indexOf(text.body().charAt(i)) >= 0;
    }
  }

  static List<Quote> find(AnnotatedText text) {
    List<Quote> quotes = new ArrayList<>();
    List<CoreMap> annotated = text.annotation().get(CoreAnnotations.QuotationsAnnotation.class);
    if (annotated != null) {
      for (CoreMap q : annotated) {
        int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (end - begin >= 3) {
          quotes.add(new Quote(text, begin, end));
        }
      }
    }
    return quotes;
  }
}
