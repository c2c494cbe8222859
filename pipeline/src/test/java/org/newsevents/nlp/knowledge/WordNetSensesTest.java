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

  @Test
  void aNominalSharesItsVerbAsBaseAndEachLemmaHasItsFirstSynset() {
    // "decision" derives from "decide": both carry base=decide; their first senses differ.
    assertEquals(List.of("syn1=N163453", "base=decide"), wordNet.identity("decision", "N"));
    assertEquals(List.of("syn1=V699355", "base=decide"), wordNet.identity("decide", "V"));
    assertEquals(List.of("syn1=N7557821", "base=resign"), wordNet.identity("resignation", "N"));
    // An adjective without a derived verb, and a word WordNet lacks: nothing.
    assertEquals(List.of(), wordNet.identity("unstable", "J"));
    assertEquals(List.of(), wordNet.identity("xqzzy", "N"));
  }

  @Test
  void aCapitalisedWordIsACommonNounWhenWordNetWritesItOrItsBaseInLowerCase() {
    assertEquals(true, wordNet.commonNoun("Committee"));
    assertEquals(true, wordNet.commonNoun("Tigers")); // WordNet's "Tigers" is the LTTE; "tiger"
    assertEquals(false, wordNet.commonNoun("Hamas")); // a name only
    assertEquals(false, wordNet.commonNoun("Kestrelvale")); // unknown
  }
}
