package org.newsevents.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which sentences the gated NER sends through SUTime, and what the profile's NER finds. */
class GatedNerAnnotatorTest {

  private final GatedNerAnnotator.QuantityGate gate = GatedNerAnnotator.QuantityGate.load();

  @Test
  void timeNumberOrdinalAndMoneyWordsOpenTheGate() {
    assertTrue(gate.opens("March", "NNP"));
    assertTrue(gate.opens("yesterday", "NN"));
    assertTrue(gate.opens("weekend", "NN"));
    assertTrue(gate.opens("third", "JJ"));
    assertTrue(gate.opens("dozens", "NNS"));
    assertTrue(gate.opens("percent", "NN"));
    assertTrue(gate.opens("seven", "CD"));
  }

  @Test
  void digitsCdTagsAndCurrencySignsOpenTheGate() {
    assertTrue(gate.opens("2013", "CD"));
    assertTrue(gate.opens("1990s", "NNS"));
    assertTrue(gate.opens("$", "$"));
    assertTrue(gate.opens("£", "$"));
    assertTrue(gate.opens("eleventy", "CD"));
  }

  @Test
  void hyphenJoinedWordsAreLookedUpByPart() {
    // NER-specific tokenization joins "pre - Christmas" into one token before NER.
    assertTrue(gate.opens("pre-Christmas", "JJ"));
    assertTrue(gate.opens("year-on-year", "JJ"));
    assertFalse(gate.opens("heart-rending", "JJ"));
  }

  @Test
  void ordinaryWordsKeepItShut() {
    for (String word : List.of("talks", "Kerry", "said", "the", "conference", "Homs", ",")) {
      assertFalse(gate.opens(word, "NN"), word);
    }
  }

  @Test
  void theProfileStillFindsTimesInGatedSentences() {
    // The first sentence has no quantity word (CRF tags only); the second goes through SUTime.
    ArticleAnalyzer.Analysis analysis =
        SharedAnalyzer.sentence(
            "Mr Kerry met Sergei Lavrov in Geneva. The talks resumed on Monday after a break in"
                + " June.");
    List<String> timexes =
        analysis.article().getTimexes().stream()
            .map(t -> t.getText() + "=" + t.getValue())
            .collect(Collectors.toList());
    assertEquals(List.of("Monday=2013-07-01", "June=2013-06"), timexes);
    List<String> people =
        analysis.events().stream()
            .flatMap(e -> e.getArguments().stream())
            .filter(a -> "PERSON".equals(a.getEntityType()))
            .map(a -> a.getText())
            .distinct()
            .collect(Collectors.toList());
    assertEquals(List.of("Mr Kerry", "Sergei Lavrov"), people);
  }
}
