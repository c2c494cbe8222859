package org.newsevents.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tense-aware resolution of weekday expressions against the publication date: the SUTime value, the
 * expression and the tense of its clause go in, the TIMEX3 value comes out.
 *
 * <p>SUTime resolves a bare weekday to the next one ("on Saturday" in a Friday article becomes the
 * following day), and its answer has been seen to change between calls. Past-tense news means the
 * previous one, so weekdays are computed here from the publication date alone: the result depends
 * only on the text, never on call order.
 */
public final class TimeResolver {

  /** The tense of the clause a time expression modifies. */
  public enum Tense {
    PAST,
    PRESENT,
    FUTURE
  }

  private static final Pattern WEEKDAY =
      Pattern.compile(
          "(?i)\\b(?:(last|this|next|coming|past)\\s+)?"
              + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

  private TimeResolver() {}

  /**
   * The TIMEX3 value of an expression: SUTime's value, except that a weekday is re-anchored to the
   * publication date by the tense (past: the latest such day on or before the date; otherwise the
   * next one on or after it; "last"/"next" force the direction).
   */
  public static String resolve(
      String expression, String sutimeValue, LocalDate published, Tense tense) {
    if (published == null) {
      return sutimeValue;
    }
    Matcher weekday = WEEKDAY.matcher(expression);
    if (!weekday.find()) {
      return sutimeValue;
    }
    DayOfWeek day = DayOfWeek.valueOf(weekday.group(2).toUpperCase(Locale.ROOT));
    String modifier = weekday.group(1) == null ? "" : weekday.group(1).toLowerCase(Locale.ROOT);
    LocalDate date =
        switch (modifier) {
          case "last", "past" -> published.with(TemporalAdjusters.previous(day));
          case "next", "coming" -> published.with(TemporalAdjusters.next(day));
          default ->
              tense == Tense.PAST
                  ? published.with(TemporalAdjusters.previousOrSame(day))
                  : published.with(TemporalAdjusters.nextOrSame(day));
        };
    // Keep what SUTime added after the date ("2013-07-08TMO" for "Monday morning").
    String suffix = "";
    if (sutimeValue != null) {
      Matcher iso = ISO_DATE.matcher(sutimeValue);
      if (iso.find()) {
        suffix = sutimeValue.substring(iso.end());
      }
    }
    return date + suffix;
  }
}
