package org.newsevents.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.SharedAnalyzer;

/**
 * Definite descriptions of a named actor (codebook rule 7), on the shared CoreNLP pipeline: "the
 * company" takes the code of the company named before it, "the prime minister" of the person the
 * article titles so, "the actress" of the actress named; with no such actor the phrase keeps its
 * sector alone. The names are invented, so only the article codes them.
 */
class DefiniteDescriptionsTest {

  @Test
  void theCompanyIsTheCompanyNamedBefore() {
    assertEquals(
        List.of(
            "British media giant Halvorsen Media -> GBRBUS <- sentence:company 'British media"
                + " giant' countries.tsv British + sectors.tsv 'giant'",
            "The company -> GBRBUS <- sentence:definite 'company' for 'Halvorsen Media' <-"
                + " sentence:company 'British media giant' countries.tsv British + sectors.tsv"
                + " 'giant'"),
        LocalPeopleTest.speakers(
            SharedAnalyzer.sentence(
                "British media giant Halvorsen Media said profits rose. The company said sales of"
                    + " its films would grow.")));
  }

  @Test
  void theCompanyCarriesTheNameOfTheCompanyItRefersTo() {
    // Without coreference (the default profile) the speaker's canonical name is the company's;
    // "the prime minister" keeps none (a title matches another's too often: "Deputy Mayor X" for
    // "the mayor").
    assertEquals(
        List.of(
            "British media giant Halvorsen Media -> Halvorsen Media",
            "The company -> Halvorsen Media",
            "Iceland's Prime Minister Gunnar Eriksson -> Gunnar Eriksson",
            "the prime minister -> null"),
        SharedAnalyzer.withoutCoreference(
                "British media giant Halvorsen Media said profits rose. The company said sales of"
                    + " its films would grow. Iceland's Prime Minister Gunnar Eriksson said he"
                    + " would not resign. But the prime minister said he would call an election.")
            .events()
            .stream()
            .filter(e -> e.getStatement() != null && e.getStatement().getSpeaker() != null)
            .map(
                e ->
                    e.getStatement().getSpeaker().getText()
                        + " -> "
                        + e.getStatement().getSpeaker().getCanonical())
            .toList());
  }

  @Test
  void thePrimeMinisterIsThePersonTheArticleTitlesSo() {
    // Another person named in between, with another title, is not the referent.
    assertEquals(
        List.of(
            "Iceland's Prime Minister Gunnar Eriksson -> ISLGOV",
            "Finance Minister Olaf Brandt -> GOV",
            "the prime minister -> ISLGOV"),
        codes(
            SharedAnalyzer.sentence(
                "Iceland's Prime Minister Gunnar Eriksson said he would not resign. Finance"
                    + " Minister Olaf Brandt said the budget was safe. But the prime minister said"
                    + " he would call an election.")));
  }

  @Test
  void theChancellorIsNotTheShadowChancellor() {
    // "Shadow chancellor" and "Deputy Prime Minister" are other offices: the descriptions keep the
    // sector of their own words (office-qualifiers.tsv), not the shadow chancellor's OPP.
    assertEquals(
        List.of(
            "Shadow chancellor Oliver Hartwell -> OPP",
            "Deputy Prime Minister Gregor Vance -> GOV",
            "the chancellor -> GOV",
            "the prime minister -> GOV"),
        codes(
            SharedAnalyzer.withoutCoreference(
                "Shadow chancellor Oliver Hartwell said Labour would raise taxes. Deputy Prime"
                    + " Minister Gregor Vance said the plan was sound. But the chancellor said"
                    + " taxes would not rise. Later the prime minister said the same.")));
  }

  @Test
  void theActressIsTheActressNamed() {
    assertEquals(
        List.of("US actress Mara Lindqvist -> USAELI", "The actress -> USAELI"),
        codes(
            SharedAnalyzer.sentence(
                "US actress Mara Lindqvist said the film was hard to make. The actress said she"
                    + " would return to the set.")));
  }

  @Test
  void withNoNameTheMinistryIsTheMinistryDescribedBefore() {
    assertEquals(
        List.of("Tunisia's foreign ministry -> TUNGOV", "the ministry -> TUNGOV"),
        codes(
            SharedAnalyzer.sentence(
                "Tunisia's foreign ministry said two men were killed. Later the ministry said a"
                    + " child was missing.")));
  }

  @Test
  void theMinistryIsTheMinistryTheTextDescribedByItsCountryEvenInNoActorSlot() {
    // "Tunisia's foreign ministry" is inside a phrase headed by "report", no slot of its own.
    assertEquals(
        List.of(
            "The report of Tunisia's foreign ministry -> TUNGOV <- gazetteer:countries.tsv"
                + " 'Tunisia' + sectors.tsv 'ministry'",
            "the ministry -> TUNGOV <- sentence:definite 'ministry' for 'Tunisia's foreign"
                + " ministry' <- sentence:description 'Tunisia's foreign ministry' countries.tsv"
                + " Tunisia + definite-nouns.tsv 'ministry'"),
        LocalPeopleTest.speakers(
            SharedAnalyzer.sentence(
                "The report of Tunisia's foreign ministry listed the victims. Later the ministry"
                    + " said a child was missing.")));
  }

  @Test
  void withNoNamedActorThePhraseKeepsItsSector() {
    assertEquals(
        List.of("The company -> BUS", "the prime minister -> GOV"),
        codes(
            SharedAnalyzer.sentence(
                "The company said sales rose. Later the prime minister said taxes would fall.")));
  }

  @Test
  void aPersonCodedWithoutSectorIsNoReferent() {
    // "Ireland's Paul Brizzel" is coded with a country and no sector, so no sector agrees with
    // "athlete": the phrase finds no referent (it threw a NullPointerException, which made the
    // whole article an error record) and keeps no code, as "athlete" names no sector.
    assertEquals(
        List.of("The athlete -> null"),
        codes(
            SharedAnalyzer.sentence(
                "Ireland's Paul Brizzel won the race in Sheffield. The athlete said he was happy.")));
  }

  @Test
  void onlyTheNounAfterTheDecides() {
    DefiniteDescriptions nouns = DefiniteDescriptions.standard();
    assertEquals("prime minister", nouns.noun("The  prime minister").noun());
    assertEquals(true, nouns.noun("the actress").person());
    assertNull(nouns.noun("the French paper")); // says more than a reference
    assertNull(nouns.noun("a company"));
    assertThrows(
        IllegalStateException.class,
        () ->
            new DefiniteDescriptions(
                List.of(
                    new String[] {"nouns", "refers", "sectors", "titled"},
                    new String[] {"firm", "COMPANY", "BUS", "no"})));
  }

  /** "speaker -> code" of each statement. */
  private static List<String> codes(org.newsevents.nlp.ArticleAnalyzer.Analysis analysis) {
    return LocalPeopleTest.speakers(analysis).stream()
        .map(s -> s.replaceAll(" <- .*", ""))
        .toList();
  }
}
