package org.newsevents.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.SharedAnalyzer;
import org.newsevents.nlp.knowledge.ActorGazetteer;
import org.newsevents.nlp.knowledge.phoenix.PhoenixActors;

/**
 * Roles read with the body they are of (codebook rules 16 and 17), on the shared CoreNLP pipeline:
 * a role that heads firms and clubs as well as states ("president", "chairman") takes its sector
 * from the body it is of, a role of a body nothing places gets no GOV, multi-word roles read as one
 * ("general manager"), a word of a person's name is no role word ("Mr King"), a person whose role
 * names a body the article places takes that body's country, and an international body's name
 * places nothing. The bodies and people are invented, so only the article codes them.
 */
class BodyRolesTest {

  @Test
  void aPresidentOfABodyTakesTheBodysSectorNotAGovernments() {
    // "Pictures" is a company's head (organisation-heads.tsv): BUS, not the GOV of "president"
    assertEquals(
        List.of("Tom Harwick -> BUS"),
        codes(
            SharedAnalyzer.sentence(
                "Tom Harwick, president of Greyfield Pictures, said ticket sales rose.")));
  }

  @Test
  void aChairmanOfABodyNothingPlacesGetsNoGovernmentSector() {
    ActorGazetteer gazetteer = ActorGazetteer.standard();
    RoleReader roles =
        new RoleReader(
            gazetteer,
            new PhoenixCodes(PhoenixActors.standard(), gazetteer),
            Parties.standard(),
            Titles.standard());
    LocalDate date = LocalDate.of(2005, 3, 1);
    assertNull(
        roles.title(
            "Kestrel Vale chairman", "title", date, new ArticleNames.Body("Kestrel Vale", null)));
    // one capitalised word may be a common noun ("Committee chairman"): the title's own reading
    assertEquals(
        "GOV",
        roles
            .title("Committee chairman", "title", date, new ArticleNames.Body("Committee", null))
            .code());
    // one word that WordNet knows as no common noun is a name: no government's chairman
    assertNull(
        roles.title(
            "Kestrelvale chairman", "title", date, new ArticleNames.Body("Kestrelvale", null)));
    // the country the phrase names stays, with no sector
    assertEquals(
        "ESP",
        roles
            .title(
                "Kestrel Madrid president",
                "title",
                date,
                new ArticleNames.Body("Kestrel Madrid", null))
            .code());
    // a body the article places gives its country and sector
    assertEquals(
        "DNKBUS",
        roles
            .title(
                "Kestrelvale chairman",
                "title",
                date,
                new ArticleNames.Body(
                    "Kestrelvale", new Code("DNKBUS", "DNK", null, "BUS", "Kestrelvale", "test")))
            .code());
    // alone, the title keeps its reading
    assertEquals(
        List.of("President Jan Morrow -> GOV"),
        codes(SharedAnalyzer.sentence("President Jan Morrow said the talks would resume.")));
  }

  @Test
  void aBodyTheNerLeavesUntypedAfterOfIsStillABody() {
    // "Lions Gate" is tagged O, not ORGANIZATION: before, "president" alone gave GOV
    assertEquals(
        List.of("Steve Beeks -> null"),
        codes(
            SharedAnalyzer.sentence(
                "\"Our films appeal to them,\" said Steve Beeks, president of Lions Gate.")));
  }

  @Test
  void aGeneralManagerIsOneBusinessRoleNotAnOfficer() {
    assertEquals(
        List.of("Tom Harwick -> BUS"),
        codes(
            SharedAnalyzer.sentence(
                "Tom Harwick, the studio general manager, said the game would ship in May.")));
  }

  @Test
  void aSectorWordInAPersonsNameIsNoRole() {
    assertEquals(
        List.of("Paul King -> null"),
        codes(SharedAnalyzer.sentence("Paul King said the network would grow next year.")));
    // only a mention that is a name and nothing else ends with a surname
    ActorCodes actors = new ActorCodes(ActorGazetteer.standard());
    LocalDate date = LocalDate.of(2005, 3, 1);
    assertNull(actors.actor("Mr King", null, List.of(), date, "PERSON"));
    assertEquals(
        "BUS",
        actors.actor("Grant Wilson of Kestrel Bank", null, List.of(), date, "PERSON").getCode());
  }

  @Test
  void aPersonTitledByAnAcronymOfAPlacedBodyTakesItsCountry() {
    assertEquals(
        List.of("The DHPA -> DNK", "DHPA chairman Lars Holm -> DNK"),
        codes(
            SharedAnalyzer.sentence(
                "The Danish Harbour Pilots' Association met in March. The DHPA said fees rose."
                    + " DHPA chairman Lars Holm said the rise would continue.")));
  }

  @Test
  void anInternationalBodysNameGivesNoCountry() {
    assertEquals(
        List.of("The Inter-American Harbour Commission -> IGO"),
        codes(
            SharedAnalyzer.sentence(
                "The Inter-American Harbour Commission said the port would stay closed.")));
    // a court of arbitration is no state's body, nor an international body's by its first word
    assertEquals(
        List.of("The Court of Arbitration for Harbours -> JUD"),
        codes(
            SharedAnalyzer.sentence(
                "The Court of Arbitration for Harbours said the port would stay closed.")));
  }

  /** "speaker -> code" of each statement. */
  private static List<String> codes(org.newsevents.nlp.ArticleAnalyzer.Analysis analysis) {
    return LocalPeopleTest.speakers(analysis).stream()
        .map(s -> s.replaceAll(" <- .*", ""))
        .toList();
  }
}
