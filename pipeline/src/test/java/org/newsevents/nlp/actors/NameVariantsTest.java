package org.newsevents.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.SharedAnalyzer;

/**
 * Names as the news writes them against the names the article or the dictionaries code (issue 18,
 * news beyond the BBC): a short name that is the first of two surnames or a middle name, the head
 * of an organisation named after "director general", and accented names against the ASCII Phoenix
 * dictionaries. People other than office holders of the dictionaries are invented, so only the text
 * codes them. Each line is "speaker -> code <- source" (LocalPeopleTest's form).
 */
class NameVariantsTest {

  @Test
  void aShortNameThatIsTheFirstOfTwoSurnamesTakesTheFullNamesCode() {
    assertEquals(
        List.of(
            "Enio Quiroga Araya -> CRIGOV <- sentence:appos 'the director general of Costa Rica’s"
                + " civil aviation agency' for gazetteer:countries.tsv Costa Rica",
            "Mr. Quiroga -> CRIGOV <- name:'Quiroga' as Costa Rica + director general <-"
                + " sentence:appos 'the director general of Costa Rica’s civil aviation agency'"
                + " for gazetteer:countries.tsv Costa Rica"),
        LocalPeopleTest.speakers(
            SharedAnalyzer.sentence(
                "Enio Quiroga Araya, the director general of Costa Rica’s civil aviation agency,"
                    + " said the two crashes were isolated. Mr. Quiroga said the inquiry would"
                    + " take months.")));
  }

  @Test
  void aMiddleNameThatIsAnotherPersonsFirstNameLinksNobody() {
    assertEquals(
        List.of(
            "Enio Quiroga Araya -> CRIGOV <- sentence:appos 'the director general of Costa Rica’s"
                + " civil aviation agency' for gazetteer:countries.tsv Costa Rica",
            "Quiroga Lindqvist -> null",
            "Quiroga -> null"),
        LocalPeopleTest.speakers(
            SharedAnalyzer.sentence(
                "Enio Quiroga Araya, the director general of Costa Rica’s civil aviation agency,"
                    + " said the two crashes were isolated. Quiroga Lindqvist said she saw the"
                    + " plane. Quiroga said it burned.")));
  }

  @Test
  void aDirectorGeneralTakesTheCodeOfTheBodyHeHeadsAndAChamberOfCommerceIsBusiness() {
    assertEquals(
        List.of(
            "Alan Brightwell -> GBRBUS <- sentence:appos 'director general of the British Chambers"
                + " of Commerce' for gazetteer:countries.tsv British + sectors.tsv 'Chambers of"
                + " Commerce'"),
        LocalPeopleTest.speakers(
            SharedAnalyzer.sentence(
                "Alan Brightwell, director general of the British Chambers of Commerce, said"
                    + " firms were worried.")));
  }

  @Test
  void anAccentedNameFindsItsAsciiDictionaryEntry() {
    assertEquals(
        List.of(
            "Nicolás Maduro -> VENGOV <- phoenix:Phoenix.Countries.actors.txt:53353"
                + " NICOLAS_MADURO [VENGOV >060901]"),
        LocalPeopleTest.speakers(
            SharedAnalyzer.dated(
                "05.07.2015", "Nicolás Maduro said the opposition had lost the vote.")));
  }

  @Test
  void aDirectorOrHeadOfACountrysAgencyIsItsGovernmentAndOfAnUnknownBodyGetsNothing() {
    assertEquals(
        List.of(
            "Marta Solano -> CRIGOV <- sentence:appos 'deputy director of Costa Rica’s Judicial"
                + " Investigation agency' for gazetteer:countries.tsv Costa Rica",
            "Alex Trouvain -> null"),
        LocalPeopleTest.speakers(
            SharedAnalyzer.sentence(
                "Marta Solano, deputy director of Costa Rica’s Judicial Investigation agency, said"
                    + " strong winds were a possible factor. Alex Trouvain, director of policy at"
                    + " Demand Abolition, said the sector had embraced it.")));
  }

  @Test
  void anOfficeHolderTheDictionariesLackIsCodedOnlyWithinTheTermOfOffice() {
    String body = "Donald Trump said the talks would go on.";
    assertEquals(
        List.of(
            "Donald Trump -> USAGOV <- gazetteer:people.tsv Donald Trump 2017-01-20..2021-01-20"),
        LocalPeopleTest.speakers(SharedAnalyzer.dated("07.11.2017", body)));
    assertEquals(
        List.of("Donald Trump -> null"),
        LocalPeopleTest.speakers(SharedAnalyzer.dated("07.11.2015", body)));
  }

  @Test
  void theHeadOfAPartyTheGoverningDataDoNotListTakesTheCountryAlone() {
    // whether the Israeli Labor Party governs on the date is not in governing-parties.tsv: not GOV
    assertEquals(
        List.of(
            "Avi Gabbay -> ISR <- sentence:appos 'the head of the Israeli Labor Party' for party"
                + " not in governing-parties.tsv: countries.tsv Israeli + 'the   of the Israeli"
                + " Labor Party'"),
        LocalPeopleTest.speakers(
            SharedAnalyzer.dated(
                "17.10.2017",
                "Avi Gabbay, the head of the Israeli Labor Party, said he would not sit with the"
                    + " Joint List.")));
  }
}
