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
  private static final Pattern PART_OF_DAY =
      Pattern.compile("(?i)morning|afternoon|evening|night|noon|midnight|dawn|\\d");

  /** A clock time with no day of its own ("6 a.m.", "about 10:35 a.m.", "4 in the morning"). */
  private static final Pattern CLOCK_TIME =
      Pattern.compile(
          "(?i)^(?:about|around|at|shortly after|shortly before|before|after|until)?\\s*"
              + "(?:\\d{1,2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?|o'clock)?"
              + "(?:\\s+in the (?:morning|afternoon|evening))?|noon|midnight)"
              + "(?:\\s+[A-Z]{3})?$");

  private static final Pattern CLOCK_VALUE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(T.*)$");

  /** "a decade ago", "six weeks ago": a past point of the unit's granularity. */
  private static final Pattern AGO =
      Pattern.compile("(?i)\\b(year|decade|century|month|week)s?\\s+(?:ago|earlier|before)\\b");

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
      return resolveOther(expression.strip(), sutimeValue, published, tense);
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
    // Keep what SUTime added after the date ("2013-07-08TMO" for "Monday morning"), when the
    // expression says it: for "Friday" alone, a "TNI" from the next word is not its value.
    String suffix = "";
    if (sutimeValue != null && PART_OF_DAY.matcher(expression).find()) {
      Matcher iso = ISO_DATE.matcher(sutimeValue);
      if (iso.find()) {
        suffix = sutimeValue.substring(iso.end());
      }
    }
    return date + suffix;
  }

  /**
   * Months without a year and clock times without a day take their year or day from the publication
   * date (SUTime's own anchor carries over between documents, CoreNLP issue 1061); "years ago" has
   * the granularity of its unit.
   */
  private static String resolveOther(
      String expression, String sutimeValue, LocalDate published, Tense tense) {
    if (sutimeValue == null) {
      return null;
    }
    Matcher clock = CLOCK_VALUE.matcher(sutimeValue);
    if (CLOCK_TIME.matcher(expression).matches() && clock.matches()) {
      return published + clock.group(1);
    }
    Matcher ago = AGO.matcher(expression);
    if (ago.find() && ISO_DATE.matcher(sutimeValue).find()) {
      LocalDate date = LocalDate.parse(sutimeValue.substring(0, 10));
      return switch (ago.group(1).toLowerCase(Locale.ROOT)) {
        case "month" -> sutimeValue.substring(0, 7);
        case "week" ->
            String.format(
                "%d-W%02d",
                date.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        default -> sutimeValue.substring(0, 4);
      };
    }
    return sutimeValue;
  }
}
