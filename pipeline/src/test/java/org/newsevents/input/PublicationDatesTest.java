package org.newsevents.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "05.07.2013 17:00          | 2013-07-05T17:00:00Z",
        "05.07.2013                | 2013-07-05T00:00:00Z",
        "2013-07-05                | 2013-07-05T00:00:00Z",
        "2013-07-05T17:00          | 2013-07-05T17:00:00Z",
        "2013-07-05T17:00:30       | 2013-07-05T17:00:30Z",
        "2013-07-05T17:00:30Z      | 2013-07-05T17:00:30Z",
        "2013-07-05T17:00:30+02:00 | 2013-07-05T15:00:30Z",
        "2017-09-15 17:52:01       | 2017-09-15T17:52:01Z",
        "March 22, 2013            | 2013-03-22T00:00:00Z",
        "22 March 2013             | 2013-03-22T00:00:00Z",
        "Friday, 22 March 2013     | 2013-03-22T00:00:00Z",
        "Fri 22 march 2013         | 2013-03-22T00:00:00Z",
        "Friday, March 22, 2013    | 2013-03-22T00:00:00Z",
      })
  void parsesKnownFormatsAsUtc(String text, String expected) {
    assertEquals(Optional.of(Instant.parse(expected)), PublicationDates.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Homs offensive", "31.02.2013", "2013-13-01", "yesterday", "5.7.13"})
  void rejectsNonDates(String text) {
    assertEquals(Optional.empty(), PublicationDates.parse(text));
    assertFalse(PublicationDates.looksLikeDate(text));
  }

  @Test
  void looksLikeDateToleratesSurroundingSpaces() {
    assertTrue(PublicationDates.looksLikeDate("  05.07.2013 17:00 \r"));
  }
}
