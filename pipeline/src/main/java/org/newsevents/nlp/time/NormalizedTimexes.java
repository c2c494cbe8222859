package org.newsevents.nlp.time;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.time.TimeResolver.Tense;

/**
 * The time expressions of an annotated text by a {@link TimeNormalizer}: SUTime's mentions (from
 * {@link Timexes#find}) and HeidelTime's expressions go in, one list of mentions in textual order
 * comes out, combined as the normalizer says.
 */
public final class NormalizedTimexes {

  /** What the project's resolver does to HeidelTime's values. */
  enum Rule {
    /** Nothing: HeidelTime's value. */
    NONE,
    /** Weekdays re-anchored by the tense rule. */
    WEEKDAYS,
    /** All of {@link TimeResolver#resolve}. */
    RESOLVER
  }

  /** Prepositions of a limit, after which a weekday or month is the coming one. */
  private static final Set<String> UNTIL = Set.of("until", "Until", "till", "Till");

  private NormalizedTimexes() {}

  /** The time expressions of the text under the normalizer. */
  public static List<Timexes.Mention> find(
      AnnotatedText text, LocalDate published, TimeNormalizer normalizer) {
    List<Timexes.Mention> sutime = Timexes.find(text, published);
    if (!normalizer.usesHeidelTime() || published == null) {
      return sutime;
    }
    List<HeidelTimes.Found> found =
        HeidelTimes.standard(normalizer.convertDurations()).tag(text, published);
    Rule rule =
        switch (normalizer.kind()) {
          case HEIDELTIME -> Rule.NONE;
          case HEIDELTIME_RESOLVED -> Rule.RESOLVER;
          default -> Rule.WEEKDAYS;
        };
    List<Timexes.Mention> tagged = new ArrayList<>();
    for (HeidelTimes.Found f : found) {
      Timexes.Mention mention = mention(text, f, published, rule);
      if (mention != null) {
        tagged.add(mention);
      }
    }
    List<Timexes.Mention> heidel =
        rule == Rule.RESOLVER ? resolved(text, published, tagged) : tagged;
    List<Timexes.Mention> out = new ArrayList<>();
    switch (normalizer.kind()) {
      case HEIDELTIME, HEIDELTIME_WEEKDAYS, HEIDELTIME_RESOLVED -> out.addAll(heidel);
      case COMBINED -> {
        out.addAll(heidel);
        sutime.stream().filter(s -> overlapsNone(s, heidel)).forEach(out::add);
      }
      case COMBINED_SUTIME_SPANS -> {
        for (Timexes.Mention s : sutime) {
          Timexes.Mention same =
              heidel.stream()
                  .filter(h -> h.begin() == s.begin() && h.finish() == s.finish())
                  .findFirst()
                  .orElse(null);
          out.add(same == null ? s : same);
        }
        heidel.stream().filter(h -> overlapsNone(h, sutime)).forEach(out::add);
      }
      default -> throw new IllegalStateException("not a HeidelTime normalizer: " + normalizer);
    }
    out.sort(
        Comparator.comparingInt(Timexes.Mention::begin).thenComparingInt(Timexes.Mention::finish));
    return out;
  }

  /**
   * HeidelTime's mentions (their values through the resolver) with the project's joins, rewrites
   * and additions, in order: clock times joined to their day, halves and decades, the additions of
   * {@code timex-additions.tsv}, the phrases of {@link PhraseValues}, the reporting periods.
   */
  private static List<Timexes.Mention> resolved(
      AnnotatedText text, LocalDate published, List<Timexes.Mention> tagged) {
    List<Timexes.Mention> mentions = ClockDates.join(text, tagged);
    mentions = Fractions.rewrite(text, mentions);
    mentions = AddedTimexes.add(text, published, mentions);
    mentions = PhraseValues.rewrite(text, published, mentions);
    return ReportingQuarters.resolve(text, published, mentions);
  }

  private static boolean overlapsNone(Timexes.Mention mention, List<Timexes.Mention> others) {
    for (Timexes.Mention other : others) {
      if (mention.begin() < other.finish() && other.begin() < mention.finish()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A HeidelTime expression as a mention: its tokens in its sentence, the verb it modifies, and its
   * value, through the resolver as {@code rule} says (the weekday rule: a weekday re-anchored by
   * the tense of that verb). Null for an expression outside every sentence's tokens.
   */
  static Timexes.Mention mention(
      AnnotatedText text, HeidelTimes.Found found, LocalDate published, Rule rule) {
    int sentence = text.sentenceAt(found.begin());
    if (sentence < 0) {
      return null;
    }
    List<CoreLabel> tokens = text.tokens(sentence);
    int start = -1;
    int end = -1;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      if (token.endPosition() > found.begin() && token.beginPosition() < found.end()) {
        if (start < 0) {
          start = i;
        }
        end = i + 1;
      }
    }
    if (start < 0) {
      return null;
    }
    String surface = text.body().substring(found.begin(), found.end());
    IndexedWord anchor = Timexes.governingVerb(text.basic(sentence), start, end);
    String value = found.value();
    if (rule != Rule.NONE && value != null) {
      Tense tense =
          anchor == null ? Tense.PAST : Timexes.timeReference(text.basic(sentence), anchor);
      if (rule == Rule.RESOLVER
          && start > 0
          && UNTIL.contains(tokens.get(start - 1).word())
          && !Timexes.pluperfect(text.basic(sentence), anchor)) {
        // "extended its deadline until 9 a.m. Tuesday": the limit is ahead of the writing (but
        // "Until Thursday, they had not called Kopp a suspect" looks back).
        tense = Tense.FUTURE;
      }
      value =
          rule == Rule.WEEKDAYS
              ? TimeResolver.resolveWeekday(surface, value, published, tense)
              : TimeResolver.resolve(
                  surface,
                  value,
                  published,
                  tense,
                  Timexes.dependsOn(text.basic(sentence), start, end, anchor));
    }
    return new Timexes.Mention(
        sentence,
        start,
        end,
        found.begin(),
        found.end(),
        surface,
        found.type(),
        value,
        Timexes.anchorIndex(text.basic(sentence), start, end));
  }
}
