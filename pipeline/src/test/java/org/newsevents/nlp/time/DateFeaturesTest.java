package org.newsevents.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a time expression's value lies against the publication day, a feature of the date model.
 */
class DateFeaturesTest {

  @ParameterizedTest(name = "{0} against {1}: {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          2013-07-01         | 2013-07-05 | before
          2013-07-05T15:00   | 2013-07-05 | around
          2013-07-08         | 2013-07-05 | after
          2013-07            | 2013-07-05 | around
          2013-06            | 2013-07-05 | before
          2013-W27           | 2013-07-05 | around
          2013-W28           | 2013-07-05 | after
          2013-Q3            | 2013-07-05 | around
          2013-Q2            | 2013-07-05 | before
          2012               | 2013-07-05 | before
          2014               | 2013-07-05 | after
          PRESENT_REF        | 2013-07-05 | unknown
          XXXX-WXX-5         | 2013-07-05 | unknown
          2013-07-01         | null       | unknown
          """)
  void aValueLiesBeforeAroundOrAfterThePublicationDay(
      String value, String published, String expected) {
    assertEquals(
        expected,
        DateFeatures.toPublication(value, published == null ? null : LocalDate.parse(published)));
  }
}
