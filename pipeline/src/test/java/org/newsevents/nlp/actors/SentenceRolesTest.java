package org.newsevents.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.SharedAnalyzer;
import org.newsevents.schema.Actor;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;

/**
 * Roles read from the sentence, on the shared CoreNLP pipeline: titles, appositions, spokespeople
 * of X, party members by whether their party governs on the article's date, and dated dictionary
 * roles. The people named here are invented, so only the sentence can code them.
 */
class SentenceRolesTest {

  /** "speaker -> code" of each statement, and the source's construction for the first one. */
  private static List<String> speakers(ArticleAnalyzer.Analysis analysis) {
    List<String> out = new ArrayList<>();
    for (Event event : analysis.events()) {
      Mention speaker = event.getStatement() == null ? null : event.getStatement().getSpeaker();
      if (speaker != null) {
        Actor actor = speaker.getActor();
        out.add(speaker.getText() + " -> " + (actor == null ? "null" : actor.getCode()));
      }
    }
    return out;
  }

  private static String source(ArticleAnalyzer.Analysis analysis) {
    for (Event event : analysis.events()) {
      Mention speaker = event.getStatement() == null ? null : event.getStatement().getSpeaker();
      if (speaker != null && speaker.getActor() != null) {
        return speaker.getActor().getSource();
      }
    }
    return null;
  }

  @Test
  void anOppositionPartysMemberIsOppAndAGoverningPartysMemberLeg() {
    String body = "Labour MP Peter Grantwell said the plan would fail.";
    // Labour governed the UK from 2 May 1997 to 11 May 2010 (governing-parties.tsv).
    assertEquals(
        List.of("Labour MP Peter Grantwell -> GBRLEG"),
        speakers(SharedAnalyzer.dated("05.07.2005", body)));
    assertEquals(
        List.of("Labour MP Peter Grantwell -> GBROPP"),
        speakers(SharedAnalyzer.dated("05.07.2013", body)));
    assertEquals(
        "sentence:title 'Labour MP' party Labour in opposition on 2013-07-05",
        source(SharedAnalyzer.dated("05.07.2013", body)));
  }

  @Test
  void aTitleBeforeTheNameGivesCountryAndSector() {
    assertEquals(
        List.of("US Treasury Secretary Henry Calloway -> USAGOV"),
        speakers(
            SharedAnalyzer.sentence(
                "US Treasury Secretary Henry Calloway said the dollar was strong.")));
  }

  @Test
  void aPartyIsFoundByItsWholeNameWhenTheNerLeavesItsCountryOut() {
    // The NER names "Independence Party"; governing-parties.tsv lists "UK Independence Party".
    assertEquals(
        List.of("The UK Independence Party -> GBROPP"),
        speakers(SharedAnalyzer.sentence("The UK Independence Party said it would win seats.")));
  }

  @Test
  void aPlaceOfBirthOrWorkIsNoNationalityNorAGovernment() {
    // "German-born", "Moscow-based": where someone comes from or works; the nationality the title
    // also names decides, and a capital in such a compound is no government.
    assertEquals(
        List.of(
            "German-born British actress Anna Kellow -> GBRELI",
            "Moscow-based lawyer Jamie Firestone -> RUS"),
        speakers(
            SharedAnalyzer.sentence(
                "German-born British actress Anna Kellow said she was delighted. Moscow-based"
                    + " lawyer Jamie Firestone said the case was weak.")));
  }

  @Test
  void aNationalityBesideASpokespersonsTitleGivesTheTitlesOwnSector() {
    // A country named by its name or demonym says whose national a lawyer or a source is, not for
    // whom they work: a lawyer is JUD (the Phoenix agents dictionary's LAWYER), a source has no
    // sector, an official serves the state; a seat of government or a sector word says more.
    assertEquals(
        List.of(
            "A US lawyer -> USAJUD",
            "a British source -> GBR",
            "Russian officials -> RUSGOV",
            "a Kremlin source -> RUSGOV",
            "a Chinese military source -> CHNMIL",
            "China's tax chief -> CHNGOV",
            "Bank of Japan chief Toshiro Fukami -> JPNGOV"),
        speakers(
            SharedAnalyzer.sentence(
                "A US lawyer said the case was weak. The talks had failed, a British source said."
                    + " Russian officials said the border was closed. The plan is dead, a Kremlin"
                    + " source said. The drills will go on, a Chinese military source said."
                    + " China's tax chief said revenues rose. Bank of Japan chief Toshiro Fukami"
                    + " said rates would stay low.")));
  }

  @Test
  void aDescriptionThatNamesNoCountryGivesWayToTheDictionary() {
    // "Media giant" says BUS and no country; the Phoenix dictionary knows Viacom (VIACOM_ MNCUSA).
    // The described company is still the story's company that a later "it" stands for.
    assertEquals(
        List.of("Media giant Viacom -> USABUS", "It -> USABUS"),
        speakers(
            SharedAnalyzer.sentence(
                "Media giant Viacom said its profits rose. It said sales of DVDs were strong.")));
  }

  @Test
  void neitherAPeerToPeerServiceNorASecretaryGeneralIsAnOffice() {
    // "peer" of "peer-to-peer" is no peer of the realm (LEG), and "general" of "secretary
    // general" no military rank (MIL): both take the sector of the body they head.
    assertEquals(
        List.of("Paul Grant -> BUS", "Hans Kluge -> BUS"),
        speakers(
            SharedAnalyzer.sentence(
                "Paul Grant, chief executive of Wippit - a peer-to-peer music service, said sales"
                    + " were rising. Hans Kluge, secretary general of the Association of European"
                    + " Airlines, said fares would rise.")));
  }

  @Test
  void anAppositionGivesTheRoleAndTheShortNameFollows() {
    assertEquals(
        List.of("Peter Grantwell -> GBROPP", "Mr Grantwell -> GBROPP"),
        speakers(
            SharedAnalyzer.sentence(
                "Peter Grantwell, the Labour home affairs spokesman, said the bill was unfair. "
                    + "Mr Grantwell said he would vote against it.")));
  }

  @Test
  void aSpokespersonTakesTheCodeOfWhomTheySpeakFor() {
    assertEquals(
        List.of("A spokesman for the IAEA -> IGOIAEA"),
        speakers(
            SharedAnalyzer.sentence("A spokesman for the IAEA said inspectors would return.")));
    assertEquals(
        List.of("A Downing Street spokesman -> GBRGOV"),
        speakers(
            SharedAnalyzer.sentence("A Downing Street spokesman said the talks would go on.")));
  }

  @Test
  void aSpokespersonOfAStatesBodyNoListKnowsTakesItsSectorAndTheStorysCountry() {
    // Codebook rule 4 with rule 13: an invented department, in a story about Britain.
    assertEquals(
        List.of(
            "British ministers -> GBRGOV", "A Department for Rural Housing spokeswoman -> GBRGOV"),
        speakers(
            SharedAnalyzer.sentence(
                "British ministers said on Monday that British towns needed homes. A Department"
                    + " for Rural Housing spokeswoman said the British scheme would work.")));
    // No name, no body: "that tribunal" is a description.
    assertEquals(
        List.of("The head of that tribunal -> null"),
        speakers(
            SharedAnalyzer.sentence(
                "The head of that tribunal said British athletes had missed the test.")));
  }

  @Test
  void aDefiniteDescriptionAfterAnUncodedCompanyGivesItsSectorAndCountry() {
    // Codebook rule 7 read backwards: no list codes Nortel; "the Canadian firm" describes it.
    assertEquals(
        List.of("Nortel -> CANBUS", "The Canadian firm -> CANBUS", "Nortel -> CANBUS"),
        speakers(
            SharedAnalyzer.sentence(
                "Nortel said profits had fallen. The Canadian firm said it would cut 500 jobs."
                    + " Nortel said the cuts would come this year.")));
  }

  @Test
  void aPersonWhoseRoleChangedIsCodedByTheArticlesDate() {
    String body = "Ban Ki-moon said the talks would go on.";
    // Phoenix: [KORGOVBUS 20040117-20061201], then [IGOUNO >20070101].
    assertEquals(
        List.of("Ban Ki-moon -> KORGOV"), speakers(SharedAnalyzer.dated("01.06.2005", body)));
    assertEquals(
        List.of("Ban Ki-moon -> IGOUNO"), speakers(SharedAnalyzer.dated("01.06.2010", body)));
  }

  @Test
  void aCopularRelativeClauseGivesTheRole() {
    // The parser misreads this clause ("who" as its predicate); the tokens decide.
    assertEquals(
        List.of("Mr Grantwell -> GBRJUD"),
        speakers(
            SharedAnalyzer.sentence(
                "Peter Grantwell, who is Lord Chief Justice of England and Wales, was giving"
                    + " evidence to MPs. Mr Grantwell said judges should choose.")));
  }

  @Test
  void theFirstPersonInADirectQuoteIsItsSpeaker() {
    Event resign =
        SharedAnalyzer.dated("05.07.2005", "\"I will not resign,\" Labour MP Peter Grantwell said.")
            .events()
            .stream()
            .filter(e -> e.getTrigger().getLemma().equals("resign"))
            .findFirst()
            .orElseThrow();
    Actor agent = resign.getArguments().get(0).getActor();
    assertEquals(
        "I AGENT",
        resign.getArguments().get(0).getText() + " " + resign.getArguments().get(0).getRole());
    assertEquals("GBRLEG", agent.getCode());
    assertEquals(
        "sentence:first person in the quote of 'Labour MP Peter Grantwell' <- sentence:title"
            + " 'Labour MP' party Labour governs on 2005-07-05",
        agent.getSource());
  }

  @Test
  void aCompanyDescribedBesideItsNameIsBusOfItsCountry() {
    assertEquals(
        List.of("Grantwell Holdings -> DEUBUS", "Grantwell Holdings -> DEUBUS"),
        speakers(
            SharedAnalyzer.sentence(
                "Grantwell Holdings, the German stock exchange, said profits rose. Grantwell"
                    + " Holdings said it would pay more.")));
  }

  @Test
  void aMemberOfTheEuropeanParliamentOfAPartyOutOfGovernmentIsOpp() {
    assertEquals(
        List.of("UKIP MEP Roger Grantwell -> GBROPP"),
        speakers(SharedAnalyzer.sentence("UKIP MEP Roger Grantwell said the plan would fail.")));
  }

  @Test
  void withoutCoreferenceAPronounTakesTheCodeOfThePersonItIsResolvedTo() {
    // The default profile resolves "He" to the first person of the sentence before, Mr Grantwell,
    // not to the nearest name, the ambassador.
    ArticleAnalyzer.Analysis analysis =
        SharedAnalyzer.withoutCoreference(
            "Labour MP Peter Grantwell met the Chinese ambassador, Roger Morvell, on Monday. He"
                + " said the talks had failed.");
    assertEquals(
        List.of("He -> GBROPP"),
        speakers(analysis).stream().filter(s -> s.startsWith("He ")).toList());
    assertEquals(
        "sentence:pronoun resolved to 'Peter Grantwell' <- sentence:title 'Labour MP' party Labour"
            + " in opposition on 2013-07-05",
        source(analysis));
  }

  @Test
  void withoutCoreferenceAPronounResolvedToAnUncodedPersonGetsNoCode() {
    // "He" is Peter Grantwell, whom nothing codes: the MP named after him does not lend his code.
    assertEquals(
        List.of("He -> null"),
        speakers(
                SharedAnalyzer.withoutCoreference(
                    "Peter Grantwell met Labour MP Roger Morvell on Monday. He said the talks had"
                        + " failed."))
            .stream()
            .filter(s -> s.startsWith("He "))
            .toList());
  }

  @Test
  void withoutCoreferenceAPronounFarFromAnyNameIsTheLastPersonNamed() {
    // No person in the four sentences before "He": the default profile leaves it unresolved.
    ArticleAnalyzer.Analysis analysis =
        SharedAnalyzer.withoutCoreference(
            "Labour MP Peter Grantwell spoke in Leeds on Monday. The plan was announced last year."
                + " Costs rose sharply. Prices fell. Taxes went up. He said the plan had failed.");
    assertEquals(
        List.of("He -> GBROPP"),
        speakers(analysis).stream().filter(s -> s.startsWith("He ")).toList());
  }

  @Test
  void withoutCoreferenceItIsTheOrganisationItWasResolvedTo() {
    // "it" of "Morvell Media ... said it" and the "It" of the next sentence are Morvell Media, the
    // subject before them (Coreference), not the company named first. "Time Grant Holdings" is
    // "TimeGrant Holdings".
    assertEquals(
        List.of(
            "TimeGrant Holdings -> USABUS",
            "Morvell Media -> DEUBUS",
            "It -> DEUBUS",
            "Time Grant Holdings -> USABUS"),
        speakers(
            SharedAnalyzer.withoutCoreference(
                "TimeGrant Holdings, the US media giant, said profits rose. Morvell Media, the"
                    + " German publisher, said it lost money. It said sales had risen. Time Grant"
                    + " Holdings said prices would fall.")));
  }

  @Test
  void withoutCoreferenceAnUnresolvedItIsTheFirstCompanyOfTheStory() {
    // Three sentences with no subject "it" can stand for lie between: the resolver gives no name,
    // and "It" takes the company named first in the story.
    assertEquals(
        List.of("TimeGrant Holdings -> USABUS", "It -> USABUS"),
        speakers(
            SharedAnalyzer.withoutCoreference(
                "TimeGrant Holdings, the US media giant, said profits rose. Prices went up."
                    + " Costs fell. Taxes went up. It said sales had risen.")));
  }

  @Test
  void theFirstPersonPluralInADirectQuoteIsItsSpeakersSide() {
    Event resign =
        SharedAnalyzer.dated(
                "05.07.2005", "\"We will not resign,\" Labour MP Peter Grantwell said.")
            .events()
            .stream()
            .filter(e -> e.getTrigger().getLemma().equals("resign"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "We AGENT GBRLEG",
        resign.getArguments().get(0).getText()
            + " "
            + resign.getArguments().get(0).getRole()
            + " "
            + resign.getArguments().get(0).getActor().getCode());
  }

  @Test
  void theFirstPersonSingularInADirectQuoteCarriesItsSpeakersName() {
    // "I" of Peter Grantwell's quote, "me" of the quote of "he" resolved to him; "I" in the quote
    // of "the company" (no person) keeps no name. Without coreference, the default profile.
    List<String> firstPerson = new ArrayList<>();
    for (Event event :
        SharedAnalyzer.withoutCoreference(
                "\"I will not resign,\" Labour MP Peter Grantwell said. \"They cannot stop me,\""
                    + " he added. Halvorsen Media reported a loss. \"I expect a better year,\" the"
                    + " company said.")
            .events()) {
      for (Argument a : event.getArguments()) {
        if (a.getText().matches("I|me")) {
          firstPerson.add(a.getText() + " " + a.getRole() + " -> " + a.getCanonical());
        }
      }
    }
    assertEquals(
        List.of("I AGENT -> Peter Grantwell", "me PATIENT -> Peter Grantwell", "I AGENT -> null"),
        firstPerson);
  }

  @Test
  void withoutCoreferenceAnEmptyItIsNoCompany() {
    // "It would take years": "it" is the subject of a verb of empty "it", so no company's code.
    // (With a clause after the verb, "It would take years to repay the debt", "it" is an expletive
    // and no AGENT at all: ConstructionsTest.)
    Event take =
        SharedAnalyzer.withoutCoreference(
                "TimeGrant Holdings, the US media giant, said profits rose. It would take years.")
            .events()
            .stream()
            .filter(e -> e.getTrigger().getLemma().equals("take"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "It AGENT null",
        take.getArguments().get(0).getText()
            + " "
            + take.getArguments().get(0).getRole()
            + " "
            + take.getArguments().get(0).getActor());
  }

  @Test
  void withoutCoreferenceHisTakesTheCodeOfThePersonItIsResolvedTo() {
    // "his" is resolved to the first person named before it in its own sentence: the MP, whose
    // title codes him, not the man named in the sentence before.
    Argument his =
        hisOfReview(
            "Tory MP Roger Morvell wrote the report. Labour MP Peter Grantwell attacked his"
                + " review of the plan.");
    assertEquals(
        "his AGENT GBROPP Peter Grantwell",
        his.getText() + " " + his.getRole() + " " + code(his) + " " + his.getCanonical());
    assertEquals(
        "sentence:pronoun resolved to 'Peter Grantwell' <- sentence:title 'Labour MP' party Labour"
            + " in opposition on 2013-07-05",
        his.getActor().getSource());
  }

  @Test
  void withoutCoreferenceHisWithNoPersonBeforeItInItsSentenceGetsNoCode() {
    // "The prime minister" is no name: the MP of the sentence before is not taken for him.
    Argument his =
        hisOfReview(
            "Labour MP Peter Grantwell wrote the report. The prime minister attacked his"
                + " review of the plan.");
    assertEquals(
        "his AGENT null null",
        his.getText() + " " + his.getRole() + " " + code(his) + " " + his.getCanonical());
  }

  /** The "his" argument of the "review" event, analysed without CoreNLP's coreference. */
  private static Argument hisOfReview(String body) {
    Event review =
        SharedAnalyzer.withoutCoreference(body).events().stream()
            .filter(e -> e.getTrigger().getLemma().equals("review"))
            .findFirst()
            .orElseThrow();
    return review.getArguments().stream()
        .filter(a -> a.getText().equals("his"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aCompanyNamedWithoutItsLegalSuffixTakesItsDictionaryCode() {
    // Phoenix lists Apple as APPLE_INC_ [MNCUSA]; the news writes "Apple".
    ArticleAnalyzer.Analysis analysis =
        SharedAnalyzer.sentence("Apple said sales of its new phones had risen.");
    assertEquals(List.of("Apple -> USABUS"), speakers(analysis));
    assertEquals(
        "phoenix:Phoenix.International.actors.txt:3997 APPLE_INC_ [MNCUSA] default without its"
            + " legal suffix",
        source(analysis));
  }

  private static String code(Argument argument) {
    return argument.getActor() == null ? "null" : argument.getActor().getCode();
  }
}
