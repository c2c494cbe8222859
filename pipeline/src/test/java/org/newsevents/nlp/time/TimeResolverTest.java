package org.newsevents.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsevents.nlp.time.TimeResolver.Tense;

/**
 * Weekdays and clock times are re-anchored to the publication date (Friday 5 July 2013) by tense.
 */
class TimeResolverTest {

  private static final LocalDate FRIDAY = LocalDate.of(2013, 7, 5);

  @ParameterizedTest(name = "{0} ({2}) -> {3}")
  @CsvSource({
    // expression, SUTime's value, tense, expected
    "Monday, 2013-07-08, PAST, 2013-07-01",
    "Saturday, 2013-07-06, PAST, 2013-06-29",
    "Friday, 2013-07-05, PAST, 2013-07-05",
    "Monday, 2013-07-08, FUTURE, 2013-07-08",
    "Monday, 2013-07-01, PRESENT, 2013-07-08",
    "last Friday, 2013-06-28, PAST, 2013-06-28",
    "next Friday, 2013-07-12, FUTURE, 2013-07-12",
    "Monday morning, 2013-07-08TMO, PAST, 2013-07-01TMO",
    "May, 2013-05, PAST, 2013-05",
    "30 June 2012, 2012-06-30, PAST, 2012-06-30",
    // A bare weekday keeps no part of day SUTime took from the next word ("Friday night").
    "Friday, 2013-07-05TNI, PAST, 2013-07-05",
    "Friday night, 2013-07-05TNI, PAST, 2013-07-05TNI",
    // Clock times without a day are on the publication date, whatever SUTime anchored them to.
    "6 a.m., 1999-05-05T06:00, PAST, 2013-07-05T06:00",
    "about 10:35 a.m., 2013-07-06T10:35, PAST, 2013-07-05T10:35",
    "4 in the morning, 2013-07-04T04:00, PAST, 2013-07-05T04:00",
    // "ago" has the granularity of its unit.
    "a decade ago, 2003-07-05, PAST, 2003",
    "two months ago, 2013-05-05, PAST, 2013-05",
    "six weeks ago, 2013-05-24, PAST, 2013-W21",
    "three days ago, 2013-07-02, PAST, 2013-07-02",
    // In the present a bare weekday is the nearer one: Wednesday before, Monday after.
    "Wednesday, 2013-07-10, PRESENT, 2013-07-03",
    "Friday, 2013-07-12, PRESENT, 2013-07-05",
    // A month without a year takes it from the publication date by tense, not from SUTime (whose
    // anchor can be another document's date).
    "Feb. 10, 1999-02-10, PAST, 2013-02-10",
    "Nov. 10, 1999-11-10, PAST, 2013-11-10",
    "January, 1999-01, PAST, 2013-01",
    "January, 1999-01, FUTURE, 2014-01",
    "July, 1999-07, PAST, 2013-07",
    "December, 1999-12, PRESENT, 2013-12",
    "last October, 2013-10, PRESENT, 2012-10",
    "next March, 2013-03, PAST, 2014-03",
    "the night of Feb. 10, 1999-02-10TNI, PAST, 2013-02-10TNI",
    "March 2011, 2011-03, PAST, 2011-03",
    // A weekday with its date: the date decides.
    "'Monday, July 1', 2019-07-01, PAST, 2013-07-01",
    "'Saturday, Oct. 26', 1998-10-26, PAST, 2013-10-26",
    // ... and its weekday picks the year: 1 July is a Tuesday in 2014.
    "'Tuesday, July 1', 2013-07-01, PAST, 2014-07-01",
    // The tense decides within half a year; beyond it the nearer date ("returned by Dec. 14"), and
    // "Nov. 10" above is the coming one: the past one is 237 days back, the coming one 128 ahead.
    "Jan. 14, 2014-01-14, PAST, 2013-01-14",
    "Dec. 14, 2012-12-14, PAST, 2013-12-14",
    "February this year, 2014-02, PAST, 2013-02",
    "October last year, 2013-10, PAST, 2012-10",
    // TIMEX3 values have no time zone.
    "4 a.m. EDT Thursday, 2013-07-04T04:00-0500, PAST, 2013-07-04T04:00",
  })
  void resolves(String expression, String sutime, Tense tense, String expected) {
    assertEquals(expected, TimeResolver.resolve(expression, sutime, FRIDAY, tense));
  }

  @org.junit.jupiter.api.Test
  void withoutAPublicationDateSutimeIsKept() {
    assertEquals("2013-07-08", TimeResolver.resolve("Monday", "2013-07-08", null, Tense.PAST));
  }
}
