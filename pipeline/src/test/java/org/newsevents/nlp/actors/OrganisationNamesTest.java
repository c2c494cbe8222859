package org.newsevents.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.SharedAnalyzer;

/**
 * Organisations no list knows, coded from their own words and those beside them (codebook rules 13
 * and 14), on the shared CoreNLP pipeline: the head of the name ("Commission" GOV), a country in
 * the name or in a description before it ("US", "Britain's", "Swedish rights group"), the story's
 * country for a state's body named without one, a party named alone, an acronym of a name coded
 * before. The organisations are invented, so only the article codes them.
 */
class OrganisationNamesTest {

  @Test
  void theHeadOfTheNameGivesTheSectorAndACountryBeforeItTheCountry() {
    assertEquals(
        List.of(
            "The US Harbour Safety Commission -> USAGOV <- sentence:organisation 'Harbour Safety"
                + " Commission' described 'US' + organisation-heads.tsv 'commission'"),
        LocalPeopleTest.speakers(
            SharedAnalyzer.sentence(
                "The US Harbour Safety Commission said the port would stay closed.")));
  }

  @Test
  void aCountryInTheNameIsTheOrganisationsCountry() {
    assertEquals(
        List.of(
            "British Harbour Airways -> GBRBUS <- sentence:organisation 'British Harbour"
                + " Airways' + organisation-heads.tsv 'airways' + countries.tsv 'British' in its"
                + " name"),
        LocalPeopleTest.speakers(
            SharedAnalyzer.sentence("British Harbour Airways said the flights would resume.")));
  }

  @Test
  void aNameThatBeginsWithACountryWordAndHasNoKnownHeadIsThatCountrysBody() {
    // "Association" is no head of organisation-heads.tsv: the country alone, and its acronym too
    assertEquals(
        List.of("The Danish Harbour Pilots' Association -> DNK", "The DHPA -> DNK"),
        codes(
            SharedAnalyzer.sentence(
                "The Danish Harbour Pilots' Association said fees rose by 4% in March."
                    + " The DHPA said the rise would continue.")));
    // a sector word of sectors.tsv in such a name gives the sector too
    List<String> industry =
        LocalPeopleTest.speakers(
            SharedAnalyzer.sentence("The Danish Harbour Industry said the rise would continue."));
    assertEquals(1, industry.size());
    assertTrue(
        industry
            .get(0)
            .startsWith(
                "The Danish Harbour Industry -> DNKBUS <- sentence:organisation 'Danish Harbour"
                    + " Industry' + sectors.tsv 'Industry'"),
        industry.get(0));
  }

  @Test
  void aCountryBeforeTheNameIsTheOrganisationsCountry() {
    assertEquals(
        List.of("Britain's Office for Rural Statistics -> GBRGOV"),
        codes(
            SharedAnalyzer.sentence(
                "Britain's Office for Rural Statistics said farm prices rose by 4% in March.")));
  }

  @Test
  void aDescriptionBeforeTheNameGivesCountryAndSector() {
    assertEquals(
        List.of("Swedish rights group Fria Ordet -> SWENGO"),
        codes(
            SharedAnalyzer.sentence(
                "Swedish rights group Fria Ordet said the new law would silence critics.")));
  }

  @Test
  void aStatesBodyNamedWithoutItsCountryIsABodyOfTheCountryTheArticleIsAbout() {
    assertEquals(
        List.of("the Electoral Standards Commission -> GBRGOV"),
        codes(
            SharedAnalyzer.sentence(
                "Voters in the UK go to the polls in May. British parties have raised more money"
                    + " than ever, and Britain's biggest donors gave twice as much, the Electoral"
                    + " Standards Commission said.")));
    // An international body is no body of the country the article is about; a state's body of
    // several states is an international one (codebook rule 17): IGO, not GOV.
    assertEquals(
        List.of("the European Electoral Standards Commission -> IGO"),
        codes(
            SharedAnalyzer.sentence(
                "Voters in the UK go to the polls in May. British parties have raised more money"
                    + " than ever, and Britain's biggest donors gave twice as much, the European"
                    + " Electoral Standards Commission said.")));
    // With no country the article names clearly more than another: the sector alone.
    assertEquals(
        List.of("the Electoral Standards Commission -> GOV"),
        codes(
            SharedAnalyzer.sentence(
                "Parties have raised more money than ever, the Electoral Standards Commission"
                    + " said.")));
  }

  @Test
  void anAcronymTakesTheCodeOfTheNameItSpellsOut() {
    assertEquals(
        List.of("The US Harbour Safety Commission -> USAGOV", "The HSC -> USAGOV"),
        codes(
            SharedAnalyzer.sentence(
                "The US Harbour Safety Commission said the port would stay closed. The HSC said"
                    + " ships would wait offshore.")));
  }

  @Test
  void aPartyNamedAloneIsItsCountryInGovernmentOrOpposition() {
    assertEquals(
        List.of("UKIP -> GBROPP <- sentence:organisation party 'UKIP' <- party UKIP in opposition"),
        LocalPeopleTest.speakers(
            SharedAnalyzer.sentence("UKIP said it would stand candidates in every seat.")));
  }

  @Test
  void aNameOfOneWordOrOneTheDictionariesKnowIsLeftToThem() {
    assertEquals(
        List.of("Halvard -> null", "BBC News -> GBRMED"),
        codes(
            SharedAnalyzer.sentence(
                "Halvard said its flights were full. BBC News said the strike would go ahead.")));
  }

  @Test
  void acronymsAreTheInitialsOfTheCapitalisedWords() {
    assertTrue(OrganisationHeads.acronymOf("SEC", "Securities and Exchange Commission"));
    assertTrue(OrganisationHeads.acronymOf("the ONS", "the Office for National Statistics"));
    assertFalse(OrganisationHeads.acronymOf("SEC", "Securities Commission"));
    assertFalse(OrganisationHeads.acronymOf("Sec", "Securities and Exchange Commission"));
  }

  @Test
  void aCrimeUnitIsAStatesPoliceAUnitOrCouncilAloneIsNoStatesBody() {
    // "Crime Unit" (not "Unit") is a state's police: the story's country, and its acronym too
    // (the first sentence makes no statement; its unit speaks through the spokeswoman).
    assertEquals(
        List.of(
            "An NHCU spokeswoman -> GBRCOP",
            "The Harbour Intelligence Unit -> null",
            "The UN Security Council -> IGOUNO"),
        codes(
            SharedAnalyzer.sentence(
                "British ports lost millions to smugglers last year, said the National Harbour"
                    + " Crime Unit (NHCU). An NHCU spokeswoman said British police had arrested"
                    + " ten men. The Harbour Intelligence Unit said British trade would slow."
                    + " The UN Security Council said Britain should act.")));
  }

  @Test
  void aMalformedRowFailsWithItsRowNumber() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                new OrganisationHeads(
                    List.of(
                        new String[] {"words", "sector", "state", "of"},
                        new String[] {"commission", "GOV", "maybe", "yes"})));
    assertEquals("organisation-heads.tsv row 2: column 3 must be yes or no", e.getMessage());
  }

  /** "speaker -> code" of each statement. */
  private static List<String> codes(org.newsevents.nlp.ArticleAnalyzer.Analysis analysis) {
    return LocalPeopleTest.speakers(analysis).stream()
        .map(s -> s.replaceAll(" <- .*", ""))
        .toList();
  }
}
