package org.newsevents.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsevents.nlp.TimeResolver.Tense;

/** Weekdays are re-anchored to the publication date (Friday 5 July 2013) by tense. */
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
  })
  void resolves(String expression, String sutime, Tense tense, String expected) {
    assertEquals(expected, TimeResolver.resolve(expression, sutime, FRIDAY, tense));
  }

  @org.junit.jupiter.api.Test
  void withoutAPublicationDateSutimeIsKept() {
    assertEquals("2013-07-08", TimeResolver.resolve("Monday", "2013-07-08", null, Tense.PAST));
  }
}
