package org.newsevents.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.SharedAnalyzer;
import org.newsevents.nlp.knowledge.ActorGazetteer;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;

/**
 * People no dictionary knows, on the shared CoreNLP pipeline: the dateline's country, a nationality
 * before the name, and the role nouns of titles.tsv that name no office (celebrities, athletes,
 * doctors, unions, former office holders). The people are invented, so only the text codes them.
 */
class LocalPeopleTest {

  /** "speaker -> code <- source" of each statement's speaker. */
  static List<String> speakers(ArticleAnalyzer.Analysis analysis) {
    List<String> out = new ArrayList<>();
    for (Event event : analysis.events()) {
      Mention speaker = event.getStatement() == null ? null : event.getStatement().getSpeaker();
      if (speaker != null) {
        out.add(
            speaker.getText()
                + " -> "
                + (speaker.getActor() == null
                    ? "null"
                    : speaker.getActor().getCode() + " <- " + speaker.getActor().getSource()));
      }
    }
    return out;
  }

  @Test
  void theDatelinesCountryGoesToAPersonNothingElsePlaces() {
    assertEquals(
        List.of("BERLIN — Rainer Holtzmann -> DEU <- story-country:DEU dateline 'BERLIN'"),
        speakers(
            SharedAnalyzer.sentence(
                "BERLIN — Rainer Holtzmann said the zone sent a devastating message.")));
    assertEquals(
        List.of(
            "Erie County Executive Kathy Dahlmann -> USAGOV <- story-country:USA dateline 'ERIE,"
                + " Pa.' + sentence:title 'Erie County Executive'"),
        speakers(
            SharedAnalyzer.sentence(
                "ERIE, Pa. — Erie County Executive Kathy Dahlmann said more snow would fall.")));
  }

  @Test
  void withNoDatelineThePersonStaysUncoded() {
    assertEquals(
        List.of("Rainer Holtzmann -> null"),
        speakers(
            SharedAnalyzer.sentence(
                "Rainer Holtzmann said the zone sent a devastating message in Berlin.")));
  }

  @Test
  void theOutletsCountryIsTheStorysOnlyWhenTheStoryNamesItMost() {
    ActorGazetteer gazetteer = ActorGazetteer.standard();
    String american = "The American families flew home. The United States sent help. ";
    assertEquals(
        new StoryCountry.Evidence("USA", "nytimes.com, named 2 times", "outlet"),
        StoryCountry.ofOutlet(
            "https://www.nytimes.com/2018/01/01/crash.html", american, gazetteer));
    assertEquals(
        new StoryCountry.Evidence("USA", "edition.cnn.com, named 2 times", "outlet"),
        StoryCountry.ofOutlet("https://edition.cnn.com/2018/crash", american, gazetteer));
    assertEquals(
        "GBR",
        StoryCountry.ofOutlet(
                "https://www.example.co.uk/news", "Britain voted. The British wept.", gazetteer)
            .country());
    // Costa Rica named as often as the outlet's country: no story country.
    assertNull(
        StoryCountry.ofOutlet(
            "https://www.nytimes.com/x",
            american + "Costa Rica mourned. Costa Rica's pilots died. Costa Rica grieved.",
            gazetteer));
    assertNull(StoryCountry.ofOutlet("https://unknown-blog.example/x", american, gazetteer));
    assertNull(StoryCountry.ofOutlet("not a url", american, gazetteer));
  }

  @Test
  void withNoDatelineTheOutletsCountryGoesToAPersonNothingElsePlaces() {
    assertEquals(
        List.of("Rainer Holtzmann -> USA <- story-country:USA outlet 'nytimes.com, named 2 times'"),
        speakers(
            SharedAnalyzer.published(
                "https://www.nytimes.com/2013/07/05/us/snow.html",
                "Snow fell across the United States. Rainer Holtzmann said American roads were"
                    + " closed.")));
  }

  @Test
  void aCountryTheSlotsOwnWordsGiveOutranksTheOutletsCountry() {
    assertEquals(
        List.of("Mayor of London Peter Aldwin -> GBRGOV <- gazetteer:countries.tsv 'London'"),
        speakers(
            SharedAnalyzer.published(
                "https://www.dailymail.co.uk/news/tram.html",
                "Britain's trams stopped. Mayor of London Peter Aldwin said British riders were"
                    + " safe.")));
  }

  @Test
  void theDatelineIsReadFromCapitalsARegionAndAnAgency() {
    ActorGazetteer gazetteer = ActorGazetteer.standard();
    assertEquals(
        new StoryCountry.Evidence("AFG", "KABUL, Afghanistan"),
        StoryCountry.of("KABUL, Afghanistan (Reuters) - Gunmen attacked a hotel.", gazetteer));
    assertEquals(
        new StoryCountry.Evidence("USA", "NEW YORK"),
        StoryCountry.of("NEW YORK — Stocks rose.", gazetteer));
    assertNull(StoryCountry.of("The US said on Monday - as expected - it would.", gazetteer));
    assertNull(StoryCountry.of("SPRINGFIELD — The council met.", gazetteer));
  }

  @Test
  void aNationalityBeforeTheNameGivesTheCountryAlone() {
    assertEquals(
        List.of(
            "Tunisian Olfa Bentami -> TUN <- sentence:nationality 'Tunisian' countries.tsv"
                + " Tunisian"),
        speakers(SharedAnalyzer.sentence("Tunisian Olfa Bentami said the attack was cowardly.")));
  }

  @Test
  void roleNounsOfPeopleWithNoOfficeGiveTheirSector() {
    assertEquals(
        List.of("US rapper Jay Milford -> USAELI <- sentence:title 'US rapper'"),
        speakers(SharedAnalyzer.sentence("US rapper Jay Milford said the show was a success.")));
    // A club's city is not its player's country (codebook rule 1); a national team's country is.
    assertEquals(
        List.of("Real Madrid striker Pedro Lomas -> CVL <- sentence:title 'Real Madrid striker'"),
        speakers(SharedAnalyzer.sentence("Real Madrid striker Pedro Lomas said he would stay.")));
    assertEquals(
        List.of("Wales coach Mike Rudd -> GBRCVL <- sentence:title 'Wales coach'"),
        speakers(SharedAnalyzer.sentence("Wales coach Mike Rudd said the team was ready.")));
    assertEquals(
        List.of("Laura Vindas -> CRIELI <- sentence:appos 'a former president of Costa Rica'"),
        speakers(
            SharedAnalyzer.dated(
                "01.01.2018",
                "Laura Vindas, a former president of Costa Rica, said her cousin was the pilot.")));
    assertEquals(
        List.of("Dr. Jim Munro -> HLH <- sentence:appos 'a team physician'"),
        speakers(
            SharedAnalyzer.sentence(
                "Dr. Jim Munro, a team physician, said the coach was unresponsive.")));
  }

  @Test
  void aFormerOccupationIsNoRoleNow() {
    List<String> codes = new ArrayList<>();
    for (String speaker :
        speakers(
            SharedAnalyzer.sentence(
                "Iceland's prime minister, former journalist Jon Gunnarsson, resisted calls to"
                    + " resign. Mr Gunnarsson said he would not quit."))) {
      codes.add(speaker.substring(0, speaker.indexOf(" <- ")));
    }
    assertEquals(List.of("Mr Gunnarsson -> ISLGOV"), codes);
  }

  @Test
  void anOfficeTitledWithoutItsCountryIsAnOfficeOfTheCountryTheArticleNamesMost() {
    // Britain named by "UK", "British" and "Downing Street": the justice minister's office is a
    // British one (codebook rule 1), and so is his short name's; the title alone, with no name,
    // names no country (rule 6)
    String body =
        "The UK government has wasted money on British railways, Downing Street was told. Justice"
            + " Minister Peter Harland said the UK had lost millions. Mr Harland said more would"
            + " follow.";
    assertEquals(
        List.of(
            "Justice Minister Peter Harland -> GBRGOV <- story-country:GBR office 'named 4 times'"
                + " + sentence:title 'Justice Minister'",
            "Mr Harland -> GBRGOV <- story-country:GBR office 'named 4 times' + name:'Harland' as"
                + " Minister <- sentence:title 'Justice Minister'"),
        speakers(SharedAnalyzer.sentence(body)));
  }

  @Test
  void aTitleThatAlsoHeadsFirmsAndClubsIsNoOfficeOfTheArticlesCountry() {
    // "chairman" heads clubs, firms and unions too (office-titles.tsv leaves it out)
    assertEquals(
        List.of("Club chairman Peter Harland -> GOV <- sentence:title 'Club chairman'"),
        speakers(
            SharedAnalyzer.sentence(
                "The UK clubs are in debt, British fans were told in the UK. Club chairman Peter"
                    + " Harland said the UK game had lost millions.")));
  }

  @Test
  void anOfficeInAnArticleOfNoDominantCountryStaysWithoutACountry() {
    // the UK twice and France twice: no country is named twice as often as the other
    assertEquals(
        List.of("Justice Minister Peter Harland -> GOV <- sentence:title 'Justice Minister'"),
        speakers(
            SharedAnalyzer.sentence(
                "The UK and France signed the deal. Justice Minister Peter Harland said the UK"
                    + " and France would gain.")));
  }

  @Test
  void aPersonWithNoOfficeIsNotPlacedByTheCountryTheArticleNamesMost() {
    // a singer is no office holder: the country only when the article states it (rule 1)
    assertEquals(
        List.of(
            "the UK industry -> GBRBUS <- gazetteer:countries.tsv 'UK' + sectors.tsv 'industry'",
            "Singer Tom Harland -> ELI <- sentence:title 'Singer'"),
        speakers(
            SharedAnalyzer.sentence(
                "The UK charts are led by British acts, the UK industry says. Singer Tom Harland"
                    + " said the UK was his home.")));
  }

  @Test
  void aDemonymNounNamesItsCountry() {
    // "the Welshman", "Frenchman X": the phrase names the country (codebook rule 6)
    assertEquals(
        List.of(
            "The Welshman -> GBR <- gazetteer:countries.tsv 'Welshman'",
            "Frenchman Paul Mirand -> FRA <- sentence:nationality 'Frenchman' countries.tsv"
                + " Frenchman"),
        speakers(
            SharedAnalyzer.sentence(
                "Tom Bellard was dropped on Sunday. The Welshman said he had been injured."
                    + " Frenchman Paul Mirand said the match was over.")));
  }

  @Test
  void aNationalityDescribedAfterTheOnePersonBeforeItPlacesThatPerson() {
    // codebook rule 1: an athlete's country when the article states it ("the Kenyan")
    assertEquals(
        List.of(
            "The 24-year-old Kenyan -> KEN <- gazetteer:countries.tsv 'Kenyan'",
            "Kiprono -> KEN <- name:'Kiprono' as Daniel Kiprono <- sentence:described after"
                + " 'Daniel Kiprono' as 'The 24-year-old Kenyan' countries.tsv 'Kenyan'"),
        speakers(
            SharedAnalyzer.sentence(
                "Daniel Kiprono won the race in Leeds on Sunday. The 24-year-old Kenyan said he"
                    + " had trained in the hills. \"It was hard,\" Kiprono said.")));
    // with two people before it, "the Kenyan" may be either: nobody is placed
    assertEquals(
        List.of("Kiprono -> null"),
        speakers(
            SharedAnalyzer.sentence(
                "Daniel Kiprono beat Tomas Berdell in Leeds on Sunday. The Kenyan was tired."
                    + " \"It was hard,\" Kiprono said.")));
    // "the Irish" are a people or a team, not the person named before
    assertEquals(
        List.of("Kiprono -> null"),
        speakers(
            SharedAnalyzer.sentence(
                "Daniel Kiprono ran in Dublin on Sunday. The Irish were delighted."
                    + " \"It was hard,\" Kiprono said.")));
    // the one person before it named only as an object: the description is someone else
    assertEquals(
        List.of("Kiprono -> null"),
        speakers(
            SharedAnalyzer.sentence(
                "The crowd in Leeds cheered Daniel Kiprono on Sunday. The Kenyan was tired."
                    + " \"It was hard,\" Kiprono said.")));
  }
}
