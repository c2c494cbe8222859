package org.newsevents.nlp.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The tail attribution read from tagged words alone, as when the parse links nothing to the cue.
 */
class TailAttributionTest {

  private static final Set<String> CUE_WORDS = Set.of("say", "claim", "report");

  /** "word/TAG" tokens; the lemma is the lower-cased word, "said"/"says" are "say". */
  private static List<CoreLabel> tokens(String tagged) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String wordTag : tagged.split(" ")) {
      int slash = wordTag.lastIndexOf('/');
      CoreLabel token = new CoreLabel();
      token.setWord(wordTag.substring(0, slash));
      token.setTag(wordTag.substring(slash + 1));
      String lower = token.word().toLowerCase();
      token.setLemma(lower.equals("said") || lower.equals("says") ? "say" : lower);
      tokens.add(token);
    }
    return tokens;
  }

  private static TailAttribution.Tail find(String tagged, int cue) {
    return TailAttribution.find(tokens(tagged), cue, CUE_WORDS::contains);
  }

  @Test
  void aSourceBeforeTheCueAfterAComma() {
    // In 2004 , growth will be 4.7 % , the ministry said .
    TailAttribution.Tail tail =
        find(
            "In/IN 2004/CD ,/, growth/NN will/MD be/VB 4.7/CD %/NN ,/, the/DT ministry/NN said/VBD ./.",
            11);
    assertEquals(new TailAttribution.Tail(9, 10, 0, 7), tail);
    assertEquals(10, tail.head());
  }

  @Test
  void anInvertedSourceWithItsRoleWordsRunsToTheEnd() {
    // " It is good , " said race director David Bedford .
    TailAttribution.Tail tail =
        find(
            "``/`` It/PRP is/VBZ good/JJ ,/, ''/'' said/VBD race/NN director/NN David/NNP Bedford/NNP ./.",
            6);
    assertEquals(new TailAttribution.Tail(7, 10, 1, 3), tail);
  }

  @Test
  void aPronounRightBeforeTheCue() {
    assertEquals(
        new TailAttribution.Tail(5, 5, 0, 3),
        find("Sales/NNS rose/VBD last/JJ year/NN ,/, he/PRP said/VBD ./.", 6));
  }

  @Test
  void noTailWhenWordsFollowTheSourceOrTheClauseIsTooShort() {
    assertNull(
        find(
            "Costs/NNS rose/VBD sharply/RB ,/, UK/NNP Coal/NNP said/VBD ,/, but/CC prices/NNS fell/VBD ./.",
            6));
    assertNull(find("Yes/UH ,/, he/PRP said/VBD ./.", 3));
    assertNull(find("The/DT ministry/NN said/VBD ./.", 2)); // no content before a comma
    assertNull(
        find("Growth/NN was/VBD strong/JJ ,/, the/DT ministry/NN saying/VBG ./.", 5)); // not finite
  }

  @Test
  void aClosingQuotationMarkTaggedAsOpeningStillSeparates() {
    // " It is good , " added Mr Stamp .  (the second mark tagged ``)
    List<CoreLabel> closing =
        tokens("``/`` It/PRP is/VBZ good/JJ ,/, ``/`` added/VBD Mr/NNP Stamp/NNP ./.");
    assertEquals(true, StatementExtractor.closingQuoteTaggedOpening(closing, 5));
    assertEquals(
        new TailAttribution.Tail(7, 8, 1, 3),
        TailAttribution.find(closing, 6, CUE_WORDS::contains));
    // ... the feature , " adds useful links " .  (an opening mark: a quotation follows)
    List<CoreLabel> opening =
        tokens("the/DT feature/NN ,/, ``/`` adds/VBZ useful/JJ links/NNS ''/'' ./.");
    assertEquals(false, StatementExtractor.closingQuoteTaggedOpening(opening, 3));
    assertNull(TailAttribution.find(opening, 4, CUE_WORDS::contains));
  }

  @Test
  void aSentenceOpeningSourceBeforeAnAsideBetweenCommas() {
    // Peter Nielson , who is UKIP chairman , said he had suspended Mr Houston .
    assertEquals(
        new TailAttribution.Tail(0, 1, 9, 13),
        TailAttribution.front(
            tokens(
                "Peter/NNP Nielson/NNP ,/, who/WP is/VBZ UKIP/NNP chairman/NN ,/, said/VBD he/PRP"
                    + " had/VBD suspended/VBN Mr/NNP Houston/NNP ./."),
            8));
    // Ian Fogg , Jupiter Research analyst , thinks that there is potential .  ("that" left out)
    assertEquals(
        new TailAttribution.Tail(0, 1, 9, 11),
        TailAttribution.front(
            tokens(
                "Ian/NNP Fogg/NNP ,/, Jupiter/NNP Research/NNP analyst/NN ,/, thinks/VBZ that/IN"
                    + " there/EX is/VBZ potential/NN ./."),
            7));
  }

  @Test
  void noSentenceOpeningSourceWhenTheSentenceEndsAtTheCue() {
    // Peter Nielson , who is UKIP chairman , said   (a headline cut off after the cue)
    assertNull(
        TailAttribution.front(
            tokens("Peter/NNP Nielson/NNP ,/, who/WP is/VBZ UKIP/NNP chairman/NN ,/, said/VBD"),
            8));
  }

  @Test
  void noSentenceOpeningSourceWhenTheAsideIsAClauseOrTheCueIsCoordinated() {
    // Mateja Kezman , the scorer , needed treatment , believed to be a coin .
    assertNull(
        TailAttribution.front(
            tokens(
                "Mateja/NNP Kezman/NNP ,/, the/DT scorer/NN ,/, needed/VBD treatment/NN ,/,"
                    + " believed/VBD to/TO be/VB a/DT coin/NN ./."),
            10));
    // Spacey , 45 , wrote , directed and starred in the film .
    assertNull(
        TailAttribution.front(
            tokens(
                "Spacey/NNP ,/, 45/CD ,/, wrote/VBD ,/, directed/VBD and/CC starred/VBD in/IN"
                    + " the/DT film/NN ./."),
            4));
  }

  @Test
  void aPerfectCueTakesItsSourceBeforeTheAuxiliary() {
    // Fiat will stop making engines , the unions have said .
    assertEquals(
        new TailAttribution.Tail(6, 7, 0, 4),
        find(
            "Fiat/NNP will/MD stop/VB making/VBG engines/NNS ,/, the/DT unions/NNS have/VBP"
                + " said/VBN ./.",
            9));
    // ... , the unions said .  with "said" tagged VBN and no auxiliary: not finite, no tail
    assertNull(
        find(
            "Fiat/NNP will/MD stop/VB making/VBG engines/NNS ,/, the/DT unions/NNS said/VBN ./.",
            8));
  }

  @Test
  void anInvertedSourceBetweenCommasAfterAnOpeningPhrase() {
    // By contrast , says Mr Cox , the Mac mini is almost disposable .
    assertEquals(
        new TailAttribution.Tail(4, 5, 7, 12),
        TailAttribution.parenthetical(
            tokens(
                "By/IN contrast/NN ,/, says/VBZ Mr/NNP Cox/NNP ,/, the/DT Mac/NNP mini/NN is/VBZ"
                    + " almost/RB disposable/JJ ./."),
            3,
            CUE_WORDS::contains));
    // Not least , said Paul King , principal consultant at Cisco , because the threat grew .
    assertEquals(
        new TailAttribution.Tail(4, 5, 12, 15),
        TailAttribution.parenthetical(
            tokens(
                "Not/RB least/JJS ,/, said/VBD Paul/NNP King/NNP ,/, principal/JJ consultant/NN"
                    + " at/IN Cisco/NNP ,/, because/IN the/DT threat/NN grew/VBD ./."),
            3,
            CUE_WORDS::contains));
    // Sales rose , said the report , the highest total to date .  (a clause before: no)
    assertNull(
        TailAttribution.parenthetical(
            tokens(
                "Sales/NNS rose/VBD ,/, said/VBD the/DT report/NN ,/, the/DT highest/JJS"
                    + " total/NN to/IN date/NN ./."),
            3,
            CUE_WORDS::contains));
  }

  @Test
  void aSingleCueWordAfterTheVerbIsTheCueTheTaggerMissed() {
    // "..., reports claim.": "reports" tagged as a verb, "claim" as a noun.
    assertNull(find("Rank/NNP could/MD sell/VB its/PRP$ unit/NN ,/, reports/VBZ claim/NN ./.", 6));
  }
}
