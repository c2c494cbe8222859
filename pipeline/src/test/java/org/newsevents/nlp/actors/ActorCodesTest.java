package org.newsevents.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.knowledge.ActorGazetteer;
import org.newsevents.schema.Actor;

/** Actor codes from the gazetteers in models/gazetteers, without CoreNLP. */
class ActorCodesTest {

  private static final LocalDate JULY_2013 = LocalDate.of(2013, 7, 5);
  private final ActorCodes codes = new ActorCodes(ActorGazetteer.standard());

  /** "code country group sector [matched] basis". */
  private String line(String written, String canonical, List<String> others, LocalDate date) {
    return line(codes.actor(written, canonical, others, date));
  }

  @Test
  void demonymsAndSectorWordsMakeACountrySectorCode() {
    assertEquals(
        "SYRGOV SYR null GOV [Syrian + government] TEXT",
        line("the Syrian government", null, List.of(), JULY_2013));
    assertEquals(
        "RUSGOV RUS null GOV [Russian + counterpart] TEXT",
        line("his Russian counterpart", null, List.of(), JULY_2013));
    assertEquals("USA USA null null [US] TEXT", line("The US", null, List.of(), JULY_2013));
  }

  @Test
  void theSectorWordNearestTheHeadWinsAndNoCountryIsGuessed() {
    assertEquals(
        "MIL null null MIL [forces] TEXT", line("government forces", null, List.of(), JULY_2013));
    assertEquals("REB null null REB [rebels] TEXT", line("rebels", null, List.of(), JULY_2013));
  }

  @Test
  void ofSectorWordsEndingTogetherTheLongestWins() {
    assertEquals(
        "OPP null null OPP [opposition leader] TEXT",
        line("the opposition leader", null, List.of(), JULY_2013));
    assertEquals(
        "SYRCOP SYR null COP [Syrian + security forces] TEXT",
        line("Syrian security forces", null, List.of(), JULY_2013));
  }

  @Test
  void partiesAreFoundByTheirAdjectivesToo() {
    assertEquals(
        "GBRCON GBR GBRCON LEG [Tory + leader] TEXT",
        line("The Tory leader", null, List.of(), JULY_2013));
    // "spokesman" names no sector (codebook rule 4): the party's code alone.
    assertEquals(
        "GBRLIB GBR GBRLIB LEG [Lib Dem] TEXT",
        line("Lib Dem home affairs spokesman Mark Oaten", null, List.of(), JULY_2013));
    assertEquals(
        "GBRLIB GBR GBRLIB LEG [Liberal Democrats] TEXT",
        line("the Liberal Democrats", null, List.of(), JULY_2013));
  }

  @Test
  void capitalsStandForTheirGovernmentsAndGroupsKeepTheirCode() {
    assertEquals("RUSGOV RUS null GOV [Moscow] TEXT", line("Moscow", null, List.of(), JULY_2013));
    // a capital in "Paris-based" is the place a firm is in, not the government
    assertEquals(
        "FRABUS FRA null BUS [Paris + bank] TEXT",
        line("the Paris-based bank", null, List.of(), JULY_2013));
    // ... and gives way to the nationality the phrase also names
    assertEquals(
        "USABUS USA null BUS [US + bank] TEXT",
        line("the London-based US bank", null, List.of(), JULY_2013));
    assertEquals(
        "IGOUNO null IGOUNO IGO [UN Security Council] TEXT",
        line("the UN Security Council", null, List.of(), JULY_2013));
    assertEquals(
        "GULF null GULF null [Gulf Arab states] TEXT",
        line("Gulf Arab states", null, List.of(), JULY_2013));
    assertEquals(
        "LBNHEZ LBN LBNHEZ REB [Hezbollah] TEXT", line("Hezbollah", null, List.of(), JULY_2013));
  }

  @Test
  void aPronounTakesItsCanonicalNamesCode() {
    assertEquals(
        "GULF null GULF null [Gulf Arab states] CANONICAL",
        line("They", "Gulf Arab states", List.of(), JULY_2013));
  }

  @Test
  void peopleAreCodedOnlyWithinTheirDatesThroughAnyMentionOfTheirChain() {
    List<String> chain = List.of("Secretary of State John Kerry", "Mr Kerry", "he");
    assertEquals(
        "USAGOV USA null GOV [John Kerry + Secretary of State] PERSON",
        line("Mr Kerry", "John Kerry", chain, JULY_2013));
    // Outside people.tsv's dates the Phoenix dictionary holds: a senator in 2005 (USAGOVLEG).
    assertEquals(
        "USALEG USA null LEG [John Kerry] PHOENIX",
        line("Mr Kerry", "John Kerry", chain, LocalDate.of(2005, 1, 1)));
    assertEquals(
        "IGOUNO null IGOUNO IGO [Ban Ki-moon] PERSON",
        line("Ban Ki-moon", null, List.of(), JULY_2013));
    assertNull(codes.actor("the conference", null, List.of(), JULY_2013));
  }

  @Test
  void aGovernmentWordAfterShadowIsTheOpposition() {
    assertEquals(
        "OPP null null OPP [shadow Cabinet] TEXT",
        line("the shadow Cabinet", null, List.of(), JULY_2013));
    assertEquals(
        "GBROPP GBR null OPP [British + shadow home secretary] TEXT",
        line("the British shadow home secretary", null, List.of(), JULY_2013));
    // a portfolio between "shadow" and the role, with no government word or one inside it
    assertEquals(
        "OPP null null OPP [shadow education secretary] TEXT",
        line("the shadow education secretary", null, List.of(), JULY_2013));
    assertEquals(
        "OPP null null OPP [shadow chief secretary] TEXT",
        line("the shadow chief secretary to the Treasury", null, List.of(), JULY_2013));
    assertNull(codes.actor("the shadow of the war", null, List.of(), JULY_2013));
  }

  @Test
  void aUkMinistryNamedForTheGovernmentIsGbrGov() {
    assertEquals(
        "GBRGOV GBR null GOV [Home Office] TEXT",
        line("the Home Office", null, List.of(), JULY_2013));
  }

  @Test
  void localCouncilsAreGovernmentWithNoCountryGuessed() {
    assertEquals("GOV null null GOV [councils] TEXT", line("councils", null, List.of(), JULY_2013));
    // A council of its own name stays with its group ("Security Council"): only the plural
    // common noun is a sector word.
    assertEquals(
        "IGOUNO null IGOUNO IGO [Security Council] TEXT",
        line("the Security Council", null, List.of(), JULY_2013));
    assertNull(codes.actor("the Refugee Council", null, List.of(), JULY_2013));
  }

  @Test
  void aCapitalInsideAnOrganisationsNameIsItsHomeNotTheState() {
    // "Real Madrid", "the Paris Club": the capital places the organisation, it is no government;
    // a capital or seat of government named alone ("Paris", "a Home Office") stays GOV.
    assertEquals(
        "ESP ESP null null [Madrid] TEXT",
        line(codes.actor("Real Madrid", null, List.of(), JULY_2013, "ORGANIZATION")));
    assertEquals(
        "FRA FRA null null [Paris] TEXT",
        line(codes.actor("the Paris Club", null, List.of(), JULY_2013, "ORGANIZATION")));
    assertEquals(
        "FRAGOV FRA null GOV [Paris] TEXT",
        line(codes.actor("Paris", null, List.of(), JULY_2013, "ORGANIZATION")));
    assertEquals(
        "GBRGOV GBR null GOV [Home Office] TEXT",
        line(codes.actor("a Home Office", null, List.of(), JULY_2013, "ORGANIZATION")));
  }

  /** "code country group sector [matched] basis". */
  private static String line(Actor a) {
    return a == null
        ? "null"
        : a.getCode()
            + " "
            + a.getCountry()
            + " "
            + a.getGroup()
            + " "
            + a.getSector()
            + " ["
            + a.getMatched()
            + "] "
            + a.getBasis();
  }
}
