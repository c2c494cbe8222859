package org.newsevents.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsevents.nlp.SharedAnalyzer;

/**
 * The time expressions of one sentence (article dated Friday 5 July 2013), through the shared
 * pipeline: the direction a modal gives a weekday, and expressions that are no TimeML time.
 */
class TimexesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '\t',
      quoteCharacter = '`',
      textBlock =
          """
          The ministers will meet in Paris on Wednesday.\tWednesday=2013-07-10
          The grandparents could not be located on Wednesday.\tWednesday=2013-07-03
          The minister said on Wednesday that he had previously met them.\tWednesday=2013-07-03
          Foreign Minister Jan Kavan met the envoy in Prague.\t-
          Talks had been held previously, and at present none are planned.\t-
          The six-year-old boy arrived on May 23.\tMay 23=2013-05-23
          """)
  void findsTheExpectedTimes(String body, String expected) {
    String times =
        SharedAnalyzer.sentence(body).article().getTimexes().stream()
            .map(t -> t.getText() + "=" + t.getValue())
            .collect(Collectors.joining("|"));
    assertEquals(expected, times.isEmpty() ? "-" : times);
  }
}
