package org.newsevents.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.knowledge.ActorGazetteer;

/**
 * The facts the coders read from a code are fields of it, not words of its provenance: the title a
 * short name's code was read under, and whether a party is one governing-parties.tsv does not list.
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
}
