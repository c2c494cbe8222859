package org.newsevents.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsevents.nlp.SharedAnalyzer;

/**
 * The TimeML classes of the event triggers, one construction per sentence, through the shared
 * pipeline (trigger model, class model and rules together): each sentence with every event trigger
 * and its class, in text order.
 */
class EventClassConstructionsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '\t',
      textBlock =
          """
          The rebels believe that the government will fall.\tX
          The rebels tried to seize the airport.\tX
          The rebels want to seize the airport.\tX
          The region remains unstable.\tX
          The city was under siege for months.\tX
          The collapse of the bridge killed ten people.\tX
          The blockade of the port ended on Monday.\tX
          Investigators blamed the disruption on an error by the pilot.\tX
          The minister announced his resignation.\tX
          The two leaders had a meeting in Geneva.\tX
          Prices are expected to rise.\tX
          Officials denied that the army had used chemical weapons.\tX
          """)
  void eachTriggerHasItsClass(String body, String expected) {
    String classes =
        SharedAnalyzer.sentence(body).events().stream()
            .map(e -> e.getTrigger().getText() + "=" + e.getTimemlClass())
            .collect(Collectors.joining(" "));
    assertEquals(expected, classes);
  }
}
