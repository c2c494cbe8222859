package org.newsevents.nlp.time;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * A clock time written just before the day it falls on ("9 a.m. EST Tuesday", "15:00 GMT Saturday",
 * "5 p.m. EST, Nov. 9") is one TIME expression whose value is that day at that time: HeidelTime
 * tags the day alone, or the clock time as a separate expression without a day ({@code
 * XXXX-XX-XXT17:00}). The day's value (already anchored by the tense rule) and the clock time make
 * the value; the span runs from the clock time to the end of the day's expression.
 */
final class ClockDates {

  /**
   * A clock time with an optional time zone, ending right before the day ("9 a.m. EST ", "15:00 GMT
   * ", "5 p.m. EST, ", "10:30 on "): hours with a.m./p.m., or hours and minutes.
   */
  private static final Pattern CLOCK_BEFORE =
      Pattern.compile(
          "\\b(\\d{1,2})(?::(\\d{2}))?\\s*((?i:a\\.m\\.?|p\\.m\\.?|am|pm))?"
              + "(?:\\s+\\(?[A-Z]{2,4}\\)?)?\\s*,?\\s*(?:on\\s+)?$");

  /** A day's value: a date with no time of its own. */
  private static final Pattern DAY_VALUE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

  /** How far back from the day a clock time is looked for, in characters. */
  private static final int REACH = 24;

  private ClockDates() {}

  /**
   * The mentions (in textual order) with each clock time before a day joined to that day; a
   * separate mention of the clock time alone is dropped.
   */
  static List<Timexes.Mention> join(AnnotatedText text, List<Timexes.Mention> mentions) {
    List<Timexes.Mention> out = new ArrayList<>(mentions);
    for (int i = 0; i < out.size(); i++) {
      Timexes.Mention day = out.get(i);
      if (day.value() == null || !DAY_VALUE.matcher(day.value()).matches()) {
        continue;
      }
      List<CoreLabel> tokens = text.tokens(day.sentence());
      int sentenceBegin = tokens.get(0).beginPosition();
      int from = Math.max(sentenceBegin, day.begin() - REACH);
      Matcher clock = CLOCK_BEFORE.matcher(text.body().substring(from, day.begin()));
      if (!clock.find()) {
        continue;
      }
      String time = clockValue(clock);
      if (time == null) {
        continue;
      }
      int begin = from + clock.start();
      int start = -1;
      for (int t = 0; t < tokens.size() && start < 0; t++) {
        if (tokens.get(t).endPosition() > begin) {
          start = t;
        }
      }
      if (start < 0 || tokens.get(start).beginPosition() != begin) {
        continue; // the clock time does not begin a token ("A380.9 p.m." would not)
      }
      Timexes.Mention joined =
          new Timexes.Mention(
              day.sentence(),
              start,
              day.end(),
              begin,
              day.finish(),
              text.body().substring(begin, day.finish()),
              "TIME",
              day.value() + time,
              day.anchor());
      out.set(i, joined);
      // The clock time alone, when it was tagged too, is inside the joined span.
      for (int j = i - 1; j >= 0; j--) {
        Timexes.Mention before = out.get(j);
        if (before.begin() >= begin && before.finish() <= day.begin()) {
          out.remove(j);
          i--;
        }
      }
    }
    return out;
  }

  /** "T09:00" for "9 a.m.", "T15:00" for "15:00" or "3 p.m.", null for a bare number. */
  private static String clockValue(Matcher clock) {
    int hour = Integer.parseInt(clock.group(1));
    int minute = clock.group(2) == null ? 0 : Integer.parseInt(clock.group(2));
    String half = clock.group(3) == null ? "" : clock.group(3).toLowerCase(Locale.ROOT);
    if (half.isEmpty() && clock.group(2) == null) {
      return null; // "25 Saturday" is no clock time
    }
    if (minute > 59 || hour > 24) {
      return null;
    }
    if (half.startsWith("p") && hour < 12) {
      hour += 12;
    } else if (half.startsWith("a") && hour == 12) {
      hour = 0;
    } else if (!half.isEmpty() && hour > 12) {
      return null;
    }
    return String.format(Locale.ROOT, "T%02d:%02d", hour, minute);
  }
}
