package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pattern groups of TIMEX value errors that the error analysis in docs/history/eval-timeml.md
 * counts.
 */
class TimexErrorsTest {

  @ParameterizedTest(name = "{0} {1} vs {2} -> {3}")
  @CsvSource({
    // gold type, gold value, our value, group
    "DATE, 2013-08, 2012-08, DATE:month:year",
    "DATE, 1989-11-06, 1989-10-30, DATE:day:other",
    "DATE, 202X, P10Y, DATE:decade->duration",
    "DATE, 1998-W12, 1998-W11, DATE:week:other",
    "DURATION, P3Y, 2010, DURATION:duration->year",
    "TIME, 2000-04-04T09:00, 2000-03-28, TIME:time->day",
    "SET, P1D, , SET:missed",
    ", , PRESENT_REF, spurious:ref",
  })
  void groupsByTypeAndShape(String type, String gold, String ours, String group) {
    assertEquals(group, TimexErrors.group(type, gold, ours));
  }
}
