package org.newsevents.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tense-aware resolution of weekdays, months and clock times against the publication date: the
 * SUTime value, the expression and the tense of its clause go in, the TIMEX3 value comes out.
 *
 * <p>SUTime resolves a bare weekday to the next one ("on Saturday" in a Friday article becomes the
 * following day), and its answer has been seen to change between calls and to take its year or day
 * from another document (CoreNLP issue 1061). Past-tense news means the previous one, so these are
 * computed here from the publication date alone: the result depends only on the text, never on call
 * order.
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

  /** A clock time's value, on a day or on none ("XXXX-XX-XXT17:00", HeidelTime's "5 p.m."). */
  private static final Pattern CLOCK_VALUE =
      Pattern.compile("^(?:\\d{4}-\\d{2}-\\d{2}|XXXX-XX-XX)(T.*)$");

  /** "a decade ago", "six weeks ago": a past point of the unit's granularity. */
  private static final Pattern AGO =
      Pattern.compile("(?i)\\b(year|decade|century|month|week)s?\\s+(?:ago|earlier|before)\\b");

  /** A month name or its abbreviation (case-sensitive: "may" is a verb, "March" a month). */
  private static final Pattern MONTH_NAME =
      Pattern.compile(
          "\\b(?:January|February|March|April|May|June|July|August|September|October|November"
              + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b");

  /** A time zone offset at the end of a clock time value ("T09:00-0500"). */
  private static final Pattern ZONE_OFFSET = Pattern.compile("(?<=T\\d{2}:\\d{2})[+-]\\d{4}$");

  /** "February this year": the year named relative to the publication date. */
  private static final Pattern RELATIVE_YEAR = Pattern.compile("(?i)\\b(this|last|next) year\\b");

  /** "this September": the month of the publication date's year. */
  private static final Pattern THIS_MONTH = Pattern.compile("(?i)^this\\s+\\p{L}");

  /** "last October" is before the publication month, "next March" after it. */
  private static final Pattern DIRECTION = Pattern.compile("(?i)\\b(last|past|next|coming)\\b");

  /** A year written in the expression ("1998", "'98"). */
  private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");

  /** A SUTime value of a month or a day of a month ("1999-10", "1999-10-23", "1999-10-23TNI"). */
  private static final Pattern MONTH_VALUE =
      Pattern.compile("^(\\d{4})-(\\d{2})(?:-(\\d{2}))?(T[^/]*)?$");

  private TimeResolver() {}

  /**
   * The TIMEX3 value of an expression: SUTime's value, except that a weekday is re-anchored to the
   * publication date by the tense (past: the latest such day on or before the date; otherwise the
   * next one on or after it; "last"/"next" force the direction).
   */
  static String resolve(String expression, String sutimeValue, LocalDate published, Tense tense) {
    return resolve(expression, sutimeValue, published, tense, false);
  }

  /**
   * As {@link #resolve(String, String, LocalDate, Tense)}; {@code strict}: the expression depends
   * on its verb itself ("stepped down in March", not "payable Dec. 15" under "declared"), so the
   * verb's tense decides the year of a month without one even beyond half a year.
   */
  static String resolve(
      String expression, String sutimeValue, LocalDate published, Tense tense, boolean strict) {
    // TIMEX3 values carry no time zone ("4 a.m. EDT" is T04:00): SUTime's offset is dropped.
    if (sutimeValue != null) {
      sutimeValue = ZONE_OFFSET.matcher(sutimeValue).replaceFirst("");
    }
    if (published == null) {
      return sutimeValue;
    }
    Matcher weekday = WEEKDAY.matcher(expression);
    // "Monday, Oct. 26" names its date: the month and day decide, not the weekday.
    if (!weekday.find() || MONTH_NAME.matcher(expression).find()) {
      return resolveOther(expression.strip(), sutimeValue, published, tense, strict);
    }
    DayOfWeek day = DayOfWeek.valueOf(weekday.group(2).toUpperCase(Locale.ROOT));
    String modifier = weekday.group(1) == null ? "" : weekday.group(1).toLowerCase(Locale.ROOT);
    LocalDate date =
        switch (modifier) {
          case "last", "past" -> published.with(TemporalAdjusters.previous(day));
          case "next", "coming" -> published.with(TemporalAdjusters.next(day));
          default -> bareWeekday(published, day, tense);
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
   * The weekday rule alone, for another normalizer's value: a weekday named without a month is
   * re-anchored as in {@link #resolve}; any other expression keeps its value.
   */
  static String resolveWeekday(String expression, String value, LocalDate published, Tense tense) {
    if (published == null
        || !WEEKDAY.matcher(expression).find()
        || MONTH_NAME.matcher(expression).find()) {
      return value;
    }
    return resolve(expression, value, published, tense);
  }

  /**
   * A weekday without "last" or "next": the latest such day for the past, the next one for the
   * future, and the nearer of the two (the earlier on a tie) in the present ("meets Friday", "says
   * Monday"): in news a weekday is far more often the past few days than the coming ones.
   */
  private static LocalDate bareWeekday(LocalDate published, DayOfWeek day, Tense tense) {
    LocalDate before = published.with(TemporalAdjusters.previousOrSame(day));
    LocalDate after = published.with(TemporalAdjusters.nextOrSame(day));
    return switch (tense) {
      case PAST -> before;
      case FUTURE -> after;
      case PRESENT ->
          published.toEpochDay() - before.toEpochDay()
                  <= after.toEpochDay() - published.toEpochDay()
              ? before
              : after;
    };
  }

  /**
   * A month (and day) named without a year ("Oct. 23", "in January"): the year is taken from the
   * publication date by tense, as for weekdays, because SUTime's own year can come from another
   * document (CoreNLP issue 1061): the past names the latest such month on or before the date, the
   * future the next one, an open tense the nearer one; "last" and "next" decide over the tense.
   */
  private static String monthWithoutYear(
      String expression, String sutimeValue, LocalDate published, Tense tense, boolean strict) {
    Matcher value = MONTH_VALUE.matcher(sutimeValue);
    if (!MONTH_NAME.matcher(expression).find()
        || YEAR_IN_TEXT.matcher(expression).find()
        || !value.matches()) {
      return null;
    }
    Matcher relativeYear = RELATIVE_YEAR.matcher(expression);
    if (relativeYear.find()) {
      int offset =
          switch (relativeYear.group(1).toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
          };
      return String.format("%04d", published.getYear() + offset) + sutimeValue.substring(4);
    }
    if (THIS_MONTH.matcher(expression).find()) {
      return String.format("%04d", published.getYear()) + sutimeValue.substring(4);
    }
    Matcher directed = DIRECTION.matcher(expression);
    String direction = directed.find() ? directed.group(1).toLowerCase(Locale.ROOT) : "";
    int month = Integer.parseInt(value.group(2));
    int day = value.group(3) == null ? 0 : Integer.parseInt(value.group(3));
    if (month < 1 || month > 12) {
      return null;
    }
    Matcher weekday = WEEKDAY.matcher(expression);
    if (day > 0 && weekday.find()) {
      // "Monday, Oct. 26": the year, of the three around the date, in which that day is a Monday.
      DayOfWeek named = DayOfWeek.valueOf(weekday.group(2).toUpperCase(Locale.ROOT));
      for (int year :
          new int[] {published.getYear(), published.getYear() - 1, published.getYear() + 1}) {
        try {
          if (LocalDate.of(year, month, day).getDayOfWeek() == named) {
            return String.format("%04d", year) + sutimeValue.substring(4);
          }
        } catch (java.time.DateTimeException e) {
          // 29 February of a common year
        }
      }
    }
    // Months compare at month granularity, days at day granularity.
    long now =
        day == 0 ? published.getYear() * 12L + published.getMonthValue() : published.toEpochDay();
    // The latest candidate on or before the date and the earliest after it.
    Integer before = null;
    Integer after = null;
    long beforeDistance = 0;
    long afterDistance = 0;
    for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
      long point;
      try {
        point = day == 0 ? year * 12L + month : LocalDate.of(year, month, day).toEpochDay();
      } catch (java.time.DateTimeException e) {
        continue; // 29 February of a common year
      }
      if (point <= now && !direction.equals("next") && !direction.equals("coming")) {
        if (point < now || (!direction.equals("last") && !direction.equals("past"))) {
          before = year;
          beforeDistance = now - point;
        }
      } else if (point > now
          && after == null
          && !direction.equals("last")
          && !direction.equals("past")) {
        after = year;
        afterDistance = point - now;
      }
    }
    // The tense decides within half a year ("was returned on Oct. 23", "will meet in January"),
    // and beyond it too when the expression depends on the verb itself ("stepped down in March"
    // in a November article is the March before it), unless the other side is within a month
    // ("ordered him returned by Jan. 14" in a January article is ahead); otherwise the nearer one
    // ("payable Dec. 15" under "declared"), the past on a near tie (within a month), since news
    // reports more than it announces.
    long tie = day == 0 ? 1 : 31;
    long halfYear = day == 0 ? 6 : 183;
    Integer best;
    if (before == null || after == null || !direction.isEmpty()) {
      best = before == null ? after : before;
    } else if (tense == Tense.PAST
        && (beforeDistance <= halfYear || (strict && afterDistance > tie))) {
      best = before;
    } else if (tense == Tense.FUTURE
        && (afterDistance <= halfYear || (strict && beforeDistance > tie))) {
      best = after;
    } else {
      best = beforeDistance <= afterDistance + tie ? before : after;
    }
    if (best == null) {
      return null;
    }
    return String.format("%04d", best) + sutimeValue.substring(4);
  }

  /**
   * Months without a year and clock times without a day take their year or day from the publication
   * date (SUTime's own anchor carries over between documents, CoreNLP issue 1061); "years ago" has
   * the granularity of its unit.
   */
  private static String resolveOther(
      String expression, String sutimeValue, LocalDate published, Tense tense, boolean strict) {
    if (sutimeValue == null) {
      return null;
    }
    Matcher clock = CLOCK_VALUE.matcher(sutimeValue);
    if (CLOCK_TIME.matcher(expression).matches() && clock.matches()) {
      return published + clock.group(1);
    }
    String month = monthWithoutYear(expression, sutimeValue, published, tense, strict);
    if (month != null) {
      return month;
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
