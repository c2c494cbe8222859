package org.newsevents.nlp.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** WordNet 3.1's lexicographer files and verb derivations as trigger features. */
class WordNetSensesTest {

  private final WordNetSenses wordNet = WordNetSenses.standard();

  @Test
  void aNounNamesTheFilesOfItsFirstSensesAndItsVerb() {
    // "explosion": an event or act, derived from "explode".
    assertEquals(
        List.of("wn1=noun.event", "wn=noun.event", "wn=noun.act", "wn-deriv=V"),
        wordNet.features("explosion", "N"));
    // An embassy is a building or a group, no event, and comes from no verb.
    assertEquals(
        List.of("wn1=noun.artifact", "wn=noun.artifact", "wn=noun.group"),
        wordNet.features("embassy", "N"));
  }

  @Test
  void aVerbNamesItsFilesAndAnUnknownWordSaysSo() {
    assertEquals(
        List.of("wn1=verb.competition", "wn=verb.competition", "wn=verb.communication"),
        wordNet.features("attack", "V"));
    assertEquals(List.of("wn=none"), wordNet.features("xqzzy", "N"));
    assertEquals(List.of(), wordNet.features("worried", "J"));
  }
}
