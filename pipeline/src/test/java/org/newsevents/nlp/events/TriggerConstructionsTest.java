package org.newsevents.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsevents.nlp.SharedAnalyzer;

/**
 * Which words are events, one construction per sentence, through the shared pipeline (curated
 * lexicons, trained trigger model and rules together): each sentence with its event triggers in
 * text order (classes are {@link EventClassConstructionsTest}'s). Nominal events the curated
 * lexicons do not list, found by the trigger model ("incident"), beside nouns that stay no event
 * ("border" with an "of" complement, "table"); a light verb with an eventive object ("did the
 * work", both events); a word curated only for its TimeML class ("include") left to the model,
 * which takes "includes tax cuts" for no event ("-": no event in the sentence). A curated noun that
 * modifies another noun is the model's to judge too ("war loans", "death row": no event), where the
 * same noun heading its phrase stays the rules' event ("The war ended", "His death"). Rare event
 * nouns the word vectors bring in ("blockade", near "siege"; "allegations"), beside nominal events
 * found before them ("cancellation", "closure", "trip", "disruption"). A capitalised word in a
 * title written in title case is no event ("The Return of the King", "Carry On Matron", "Meet the
 * Fockers"), where a capitalised event noun with no such title around it ("the Blitz on London")
 * and the first word of a quotation ("Victory over England") stay events.
 */
class TriggerConstructionsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '\t',
      textBlock =
          """
          The incident happened on Tuesday.\tincident happened
          The border of the country is long.\t-
          The table in the kitchen is old.\t-
          They did the work in two days.\tdid work
          The package includes tax cuts.\t-
          The war loans were repaid in March.\trepaid
          The war ended in March.\twar ended
          Relatives of the death row inmates protested.\tprotested
          His death shocked the village.\tdeath shocked
          The blockade of the port lasted a month.\tblockade lasted
          The cancellation of the flights angered passengers.\tcancellation angered
          The closure of the plant was announced on Monday.\tclosure announced
          The trip lasted a week.\ttrip lasted
          The disruption worried the airline.\tdisruption worried
          The senator denied the allegations.\tdenied allegations
          The Return of the King took nearly 10m at the box office.\ttook
          She starred in Carry On Matron in 1972.\tstarred
          Fans queued for Meet the Fockers on Friday.\tqueued
          He survived the Blitz on London.\tsurvived Blitz
          "Victory over England will fuel hopes," he said.\tVictory fuel said
          """)
  void theEventTriggersAreTheseWords(String body, String expected) {
    String triggers =
        SharedAnalyzer.sentence(body).events().stream()
            .map(e -> e.getTrigger().getText())
            .collect(Collectors.joining(" "));
    assertEquals(expected, triggers.isEmpty() ? "-" : triggers);
  }
}
