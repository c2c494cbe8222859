package org.newsevents.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsevents.nlp.SharedAnalyzer;

/**
 * The trained TimeML class model on one sentence per class, through the shared pipeline: each
 * trigger with the class the model gives it in its context.
 */
class EventClassifierTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '\t',
      textBlock =
          """
          The company said profits rose.\tsaid=REPORTING rose=OCCURRENCE
          The rebels began to withdraw from the city.\tbegan=ASPECTUAL withdraw=OCCURRENCE
          Witnesses saw the explosion.\tsaw=PERCEPTION explosion=OCCURRENCE
          The government wants to hold elections.\twants=I_STATE hold=OCCURRENCE
          The board decided to sell the unit.\tdecided=I_ACTION sell=OCCURRENCE
          """)
  void classifiesTriggersInContext(String body, String expected) {
    String classes =
        SharedAnalyzer.sentence(body).events().stream()
            .map(e -> e.getTrigger().getText() + "=" + e.getTimemlClass())
            .collect(Collectors.joining(" "));
    assertEquals(expected, classes);
  }

  @Test
  void withoutAModelTheRulesDecide() {
    EventClassifier none = EventClassifier.load("newsevents/lexicons/no-such-model.tsv");
    assertEquals(java.util.Optional.empty(), none.classify(null, null));
  }
}
