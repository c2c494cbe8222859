package org.newsevents.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.SharedAnalyzer;

/**
 * The precision rules of 2026-12-05 (act6), each on an invented sentence of its own, on the shared
 * CoreNLP pipeline: a short acronym of a national group needs the article's support (codebook rule
 * 15), a spokesperson of no named body gets no code (rule 4), an arbitration court is no body of
 * the story's country (rule 13), and an undated article takes the dictionary role that ends last,
 * flagged (rule 12).
 */
class ActorPrecisionTest {

  @Test
  void anAcronymOfANationalGroupNeedsItsExpansionOrItsCountryInTheArticle() {
    // "FSA" with neither "Free Syrian Army" nor Syria in the article: not SYRFSA.
    assertEquals(
        List.of("The FSA -> null"),
        LocalPeopleTest.speakers(
            SharedAnalyzer.sentence(
                "The FSA said insurance brokers must tell customers the size of their fees.")));
    // With its country named, the acronym is the group.
    assertEquals(
        List.of("The FSA -> SYRFSA <- gazetteer:groups.tsv 'FSA'"),
        LocalPeopleTest.speakers(
            SharedAnalyzer.sentence(
                "Fighting went on in northern Syria. The FSA said its fighters held the town.")));
  }

  @Test
  void aDictionaryNameThatIsACommonNounNeedsItsCountryInTheArticle() {
    // TIGERS_ [SWZREB]: in a rugby story that names no Swaziland, the club's boss is no SWZ actor
    assertEquals(
        List.of("Tigers boss John Wells -> BUS"),
        codes(
            SharedAnalyzer.sentence(
                "Tigers boss John Wells said the club would not be rushed into a bid.")));
  }

  @Test
  void aSpokespersonOfNoNamedBodyGetsNoCode() {
    assertEquals(
        List.of("A spokeswoman -> null"),
        LocalPeopleTest.speakers(
            SharedAnalyzer.sentence("A spokeswoman said the talks would resume on Monday.")));
  }

  @Test
  void anArbitrationCourtIsNoBodyOfTheStorysCountry() {
    assertEquals(
        List.of("the Court of Arbitration for Sport -> JUD"),
        codes(
            SharedAnalyzer.sentence(
                "Greek sprinters Kostas Kenteris and Katerina Thanou missed tests in Greece. The"
                    + " Greek federation cleared them, and Greece's athletes will appeal, but the"
                    + " Court of Arbitration for Sport said it would hear the case in Athens.")));
  }

  @Test
  void anUndatedArticleTakesTheDictionaryRoleThatEndsLastAndSaysSo() {
    // RUTH_KELLY_ holds three dated GBR roles; undated, the one that ends last, flagged.
    assertEquals(
        List.of(
            "Ruth Kelly -> GBRGOV <- phoenix:Phoenix.Countries.actors.txt:18221 RUTH_KELLY_"
                + " [GBRGOVBUS 070701-081031] undated-latest"),
        LocalPeopleTest.speakers(
            SharedAnalyzer.undated("Ruth Kelly said schools would get more money next year.")));
  }

  private static List<String> codes(org.newsevents.nlp.ArticleAnalyzer.Analysis analysis) {
    return LocalPeopleTest.speakers(analysis).stream()
        .map(s -> s.replaceAll(" <- .*", ""))
        .toList();
  }
}
