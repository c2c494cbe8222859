package org.newsevents.tools.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The days TIMEX3 values cover, as inspect's date filter reads them. */
class DayRangeTest {

  @Test
  void calendarValuesCoverTheirDays() {
    assertEquals(range("2013-07-01", "2013-07-01"), DayRange.parse("2013-07-01"));
    assertEquals(range("2013-07-05", "2013-07-05"), DayRange.parse("2013-07-05T17:00"));
    assertEquals(range("2013-05-01", "2013-05-31"), DayRange.parse("2013-05"));
    assertEquals(range("2013-04-01", "2013-06-30"), DayRange.parse("2013-Q2"));
    assertEquals(range("2013-07-01", "2013-07-07"), DayRange.parse("2013-W27"));
    assertEquals(range("2011-01-01", "2011-12-31"), DayRange.parse("2011"));
  }

  @Test
  void otherValuesAreNoDays() {
    assertNull(DayRange.parse("PRESENT_REF"));
    assertNull(DayRange.parse("P1D"));
    assertNull(DayRange.parse("198X"));
    assertNull(DayRange.parse("2013-02-30"));
    assertNull(DayRange.parse(null));
  }

  @Test
  void aMonthOverlapsADayInIt() {
    DayRange may = DayRange.parse("2013-05");
    assertTrue(may.overlaps(LocalDate.parse("2013-05-31"), LocalDate.parse("2013-06-02")));
    assertFalse(may.overlaps(LocalDate.parse("2013-06-01"), null));
    assertTrue(may.overlaps(null, LocalDate.parse("2013-05-01")));
  }

  private static DayRange range(String first, String last) {
    return new DayRange(LocalDate.parse(first), LocalDate.parse(last));
  }
}
