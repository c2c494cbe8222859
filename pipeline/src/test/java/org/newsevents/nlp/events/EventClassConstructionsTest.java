package org.newsevents.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsevents.nlp.SharedAnalyzer;

/**
 * The TimeML classes of the event triggers, one construction per sentence, through the shared
 * pipeline (trigger model, class model and rules together): each sentence with every event trigger
 * and its class, in text order. An attitude (I_STATE: "believe", "want", "expected") against an
 * attempt (I_ACTION: "tried") over the same kind of complement, nominal events ("collapse",
 * "resignation") beside a verb, actions over an event object (I_ACTION: "approved the merger",
 * "delayed the attack", "asked for a ceasefire"), a possessive "had" (STATE), and a statement cue
 * the class model reads: "added" as a rise (OCCURRENCE) against "added that" (REPORTING). The model
 * also reads a statement cue the rules call OCCURRENCE: "declined to give details" and "ordered
 * that" are I_ACTION (with the rules' class they were OCCURRENCE), "ruled that" stays OCCURRENCE.
 */
class EventClassConstructionsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '\t',
      textBlock =
          """
          The rebels believe that the government will fall.\tbelieve=I_STATE fall=OCCURRENCE
          The rebels tried to seize the airport.\ttried=I_ACTION seize=OCCURRENCE
          The rebels want to seize the airport.\twant=I_STATE seize=OCCURRENCE
          Prices are expected to rise.\texpected=I_STATE rise=OCCURRENCE
          The collapse of the bridge killed ten people.\tcollapse=OCCURRENCE killed=OCCURRENCE
          The minister announced his resignation.\tannounced=REPORTING resignation=OCCURRENCE
          The board approved the merger.\tapproved=I_ACTION merger=OCCURRENCE
          The army delayed the attack.\tdelayed=I_ACTION attack=OCCURRENCE
          The rebels asked for a ceasefire.\tasked=I_ACTION ceasefire=OCCURRENCE
          The company had large debts.\thad=STATE
          The index added 50 points on Friday.\tadded=OCCURRENCE
          He added that the talks would continue.\tadded=REPORTING talks=OCCURRENCE continue=ASPECTUAL
          Officials declined to give details.\tdeclined=I_ACTION give=OCCURRENCE
          The general ordered that the prisoners be released.\tordered=I_ACTION released=OCCURRENCE
          The court ruled that the law was invalid.\truled=OCCURRENCE invalid=STATE
          """)
  void eachTriggerHasItsClass(String body, String expected) {
    String classes =
        SharedAnalyzer.sentence(body).events().stream()
            .map(e -> e.getTrigger().getText() + "=" + e.getTimemlClass())
            .collect(Collectors.joining(" "));
    assertEquals(expected, classes);
  }
}
