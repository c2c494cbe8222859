package org.newsevents.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The canonical name a speaker's mention takes when two people of the article share a surname
 * ("Tony Blair" and "Cherie Blair"): each speaker as "text -> canonical name", in text order, in
 * the default profile (no CoreNLP coreference).
 */
class FullNamesTest {

  @Test
  void aFullNameNeverTakesAnotherFirstName() {
    // "Catherine Marsh" is the longer name ending with "Marsh"; "Tom Marsh" is someone else.
    assertEquals(
        List.of("Catherine Marsh -> Catherine Marsh", "Tom Marsh -> Tom Marsh"),
        PronounSpeakersTest.speakers(
            SharedAnalyzer.withoutCoreference(
                "Catherine Marsh said the report was late. Later Tom Marsh said the council"
                    + " had known for months.")));
  }

  @Test
  void aTitledSurnameTheNerReadAsAWordIsStillThePerson() {
    // The NER tags "Vince Cable" but not "Cable" of "Mr Cable" (a common noun too): after a title
    // of gender the surname is his mention, and the "he" after it is his too.
    assertEquals(
        List.of("Vince Cable -> Vince Cable", "Mr Cable -> Vince Cable", "he -> Vince Cable"),
        PronounSpeakersTest.speakers(
            SharedAnalyzer.withoutCoreference(
                "Vince Cable said the plan was fair. The average saving would be more than"
                    + " 1,000 pounds, according to Mr Cable. \"First time buyers are being"
                    + " squeezed out,\" he said.")));
  }

  @Test
  void aTitledSurnameTakesThePersonOfItsGender() {
    // Catherine Marsh is named last before "Mr Marsh", but "Mr" is a man's title.
    assertEquals(
        List.of(
            "Tom Marsh -> Tom Marsh",
            "Catherine Marsh -> Catherine Marsh",
            "Mr Marsh -> Tom Marsh"),
        PronounSpeakersTest.speakers(
            SharedAnalyzer.withoutCoreference(
                "Tom Marsh said the council had known for months. Catherine Marsh said the report"
                    + " was late. Mr Marsh said he would appeal.")));
  }

  @Test
  void aBareSurnameTakesThePersonNamedLastBeforeIt() {
    assertEquals(
        List.of(
            "Catherine Marsh -> Catherine Marsh", "Tom Marsh -> Tom Marsh", "Marsh -> Tom Marsh"),
        PronounSpeakersTest.speakers(
            SharedAnalyzer.withoutCoreference(
                "Catherine Marsh said the report was late. Later Tom Marsh said the council had"
                    + " known for months. Marsh said he would appeal.")));
  }

  @Test
  void aTitleTheNameWasGivenWithIsNoPartOfIt() {
    // Whether or not the NER takes "Dr" into the name, "Dr Gibbons" is Brian Gibbons.
    assertEquals(
        List.of("Dr Gibbons -> Brian Gibbons"),
        PronounSpeakersTest.speakers(
            SharedAnalyzer.withoutCoreference(
                "Brian Gibbons is the new minister. Later, Dr Gibbons said the plan would work.")));
  }
}
