package org.newsevents.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.knowledge.ActorGazetteer;

/**
 * The facts the coders read from a code are fields of it, not words of its provenance: the title a
 * short name's code was read under, whether a party is one governing-parties.tsv does not list, and
 * how the code was made (the Actor's basis, the story's company).
 */
class CodeTest {

  @Test
  void aShortNamesCodeKeepsTheTitleItsFullNameWasReadUnder() {
    Code full = new Code("GOV", null, null, "GOV", "Committee chairman", "sentence:title 'x'");
    assertEquals("Committee chairman", full.titleWords());
    Code shortName = full.as("Leigh", "name:'Leigh' as Committee chairman <- sentence:title 'x'");
    assertEquals("Leigh", shortName.matched());
    assertEquals("Committee chairman", shortName.titleWords());
    // A sector added later keeps it.
    assertEquals(
        "Committee chairman", shortName.withSector("LEG", shortName.source()).titleWords());
    // A person in a story about Britain: "Mr Leigh" is placed by his full name's office title.
    Code justice = new Code("GOV", null, null, "GOV", "Justice Minister", "sentence:title 'y'");
    StoryCountry.Evidence uk = new StoryCountry.Evidence("GBR", "named 5 times", "office");
    assertEquals(
        "GBRGOV",
        LocalPeople.withOfficeCountry(justice.as("Jamieson", "name:'Jamieson'"), uk).code());
    assertEquals(
        "GOV",
        LocalPeople.withOfficeCountry(full.as("Leigh", "name:'Leigh'"), uk).code(),
        "chairman is no office of state");
  }

  @Test
  void aPartyGoverningPartiesDoesNotListIsAFieldOfItsCode() {
    RoleReader roles =
        new RoleReader(ActorGazetteer.standard(), null, Parties.standard(), Titles.standard());
    Code party = roles.organisation("the Israeli Labor Party", LocalDate.of(2017, 7, 10));
    assertEquals("ISR", party.code());
    assertTrue(party.unlistedParty());
    assertFalse(roles.organisation("Britain", LocalDate.of(2017, 7, 10)).unlistedParty());
  }

  @Test
  void theBasisOfACodeMadeFromAnotherIsReadFromItsFieldsNotItsSource() {
    Code blair =
        new Code(
            "GBRGOV",
            "GBR",
            null,
            "GOV",
            "Tony Blair",
            "gazetteer:people.tsv Tony Blair 1997-05-02..2007-06-27",
            null,
            false,
            Code.Origin.PEOPLE,
            true,
            false);
    // A short name of a people.tsv entry, and a pronoun for it, report the person's entry.
    Code mrBlair = blair.as("Blair", "name:'Blair' as Tony Blair <- x");
    assertEquals("PERSON", basis(mrBlair));
    assertEquals("PERSON", basis(new Code("GBRGOV", "GBR", null, "GOV", "he", "y").from(mrBlair)));
    Code apple = new Code("USABUS", "USA", null, "BUS", "Apple", "z").madeAs(Code.Origin.PHOENIX);
    assertEquals("PHOENIX", basis(apple));
    assertEquals("PHOENIX", basis(apple.as("Apple Inc", "name:'Apple Inc'")));
    // A pronoun for the company is read from the sentence; a later short name of that code, from
    // the dictionary it was taken over from.
    Code it = new Code("USABUS", "USA", null, "BUS", "it", "sentence:pronoun").from(apple);
    assertEquals("SENTENCE", basis(it));
    assertEquals("PHOENIX", basis(it.as("It", "name:'It'")));
    // An override is the dictionaries' too, but a short name of it is the sentence's.
    Code bbc = new Code("GBRMED", "GBR", null, "MED", "BBC", "o").madeAs(Code.Origin.OVERRIDE);
    assertEquals("PHOENIX", basis(bbc));
    assertEquals("SENTENCE", basis(bbc.as("the BBC", "name:'the BBC'")));
    // A code that adds to a dictionary entry's ("+") is the sentence's.
    assertEquals(
        "SENTENCE", basis(new Code("GBROPP", "GBR", null, "OPP", "x", "t").from(null, apple)));
  }

  private static String basis(Code code) {
    return String.valueOf(code.actor("SENTENCE").getBasis());
  }
}
