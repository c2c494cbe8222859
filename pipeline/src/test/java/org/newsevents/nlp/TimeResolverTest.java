package org.newsevents.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsevents.nlp.TimeResolver.Tense;

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
  })
  void resolves(String expression, String sutime, Tense tense, String expected) {
    assertEquals(expected, TimeResolver.resolve(expression, sutime, FRIDAY, tense));
  }

  @org.junit.jupiter.api.Test
  void withoutAPublicationDateSutimeIsKept() {
    assertEquals("2013-07-08", TimeResolver.resolve("Monday", "2013-07-08", null, Tense.PAST));
  }
}
