package org.newsevents.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.SharedAnalyzer;
import org.newsevents.nlp.text.NameGenders.Gender;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;

class NameGendersTest {

  @Test
  void aFullNameHasTheGenderOfItsFirstNameInCoreNlpsList() {
    assertEquals(Gender.FEMALE, NameGenders.ofName("Hillary Clinton"));
    assertEquals(Gender.MALE, NameGenders.ofName("John Kerry"));
    // A surname alone says nothing.
    assertEquals(Gender.UNKNOWN, NameGenders.ofName("Kerry"));
  }

  @Test
  void aTitleSaysTheGenderWithOrWithoutItsFullStop() {
    assertEquals(Gender.MALE, NameGenders.ofTitle("Mr."));
    assertEquals(Gender.FEMALE, NameGenders.ofTitle("Baroness"));
    assertEquals(Gender.UNKNOWN, NameGenders.ofTitle("Secretary"));
  }

  @Test
  void pronounsAgreeWithTheirOwnGenderAndWithUnknown() {
    assertTrue(NameGenders.ofPronoun("She").agreesWith(Gender.FEMALE));
    assertTrue(NameGenders.ofPronoun("he").agreesWith(Gender.UNKNOWN));
    assertFalse(NameGenders.ofPronoun("she").agreesWith(Gender.MALE));
    assertFalse(NameGenders.ofPronoun("him").agreesWith(Gender.FEMALE));
  }

  @Test
  void withoutCoreferenceSheIsNotTheNearestNamedMan() {
    // The first person of the sentence before is John Kerry; "She" passes over him.
    assertEquals(
        List.of("She = Hillary Clinton"),
        pronounSpeakers(
            "John Kerry met Hillary Clinton in Paris on Monday. She said the talks had gone well."));
  }

  @Test
  void withoutCoreferenceATitleGivesTheGender() {
    // Nothing in the first names decides "Merkel"; "Mrs" does, and "He" takes Mr Hollande.
    assertEquals(
        List.of("He = Francois Hollande"),
        pronounSpeakers(
            "Mrs Merkel met Francois Hollande in Berlin on Monday. He said the talks had gone"
                + " well."));
  }

  private static List<String> pronounSpeakers(String body) {
    List<String> out = new ArrayList<>();
    for (Event event : SharedAnalyzer.withoutCoreference(body).events()) {
      Mention speaker = event.getStatement() == null ? null : event.getStatement().getSpeaker();
      if (speaker != null && speaker.getText().matches("He|She")) {
        out.add(speaker.getText() + " = " + speaker.getCanonical());
      }
    }
    return out;
  }
}
