package org.newsevents.tools.output;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a TIMEX3 calendar value covers: a value goes in ({@code 2013}, {@code 2013-Q2}, {@code
 * 2013-05}, {@code 2013-W27}, {@code 2013-07-01}, or a date-time); the first and last day come out,
 * or null for a value that is no calendar date ({@code PRESENT_REF}, durations).
 */
public record DayRange(LocalDate first, LocalDate last) {

  private static final Pattern VALUE =
      Pattern.compile("(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}))?|Q([1-4])|W(\\d{2})))?(?:T.*)?");

  public static DayRange parse(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = VALUE.matcher(value.strip());
    if (!m.matches()) {
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    try {
      if (m.group(3) != null) {
        LocalDate day =
            LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return new DayRange(day, day);
      } else if (m.group(2) != null) {
        YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
        return new DayRange(month.atDay(1), month.atEndOfMonth());
      } else if (m.group(4) != null) {
        int quarter = Integer.parseInt(m.group(4));
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new DayRange(start, start.plusMonths(3).minusDays(1));
      } else if (m.group(5) != null) {
        LocalDate monday =
            LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(5)))
                .with(DayOfWeek.MONDAY);
        return new DayRange(monday, monday.plusDays(6));
      }
      return new DayRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** Whether some day of this range lies in [from, to]; a null bound is open. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return (from == null || !last.isBefore(from)) && (to == null || !first.isAfter(to));
  }
}
