package org.newsevents.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;

/**
 * The names the default profile (no CoreNLP coreference) gives to "he" and "she" speakers: each
 * speaker as "text -> canonical name", in text order.
 */
class PronounSpeakersTest {

  /** Each statement's speaker as "text -> canonical name", in text order (also FullNamesTest). */
  static List<String> speakers(ArticleAnalyzer.Analysis analysis) {
    List<String> out = new ArrayList<>();
    for (Event event : analysis.events()) {
      Mention speaker = event.getStatement() == null ? null : event.getStatement().getSpeaker();
      if (speaker != null) {
        out.add(speaker.getText() + " -> " + speaker.getCanonical());
      }
    }
    return out;
  }

  @Test
  void aRunOfHeSaidKeepsThePersonNamedBeforeItPastThreeSentences() {
    // The last "He" is six sentences after the name, three past the sentences a pronoun looks
    // back; the "he" between carry the name to it (the quotation "Nothing will stop us." continues
    // the one before, as its speaker does).
    assertEquals(
        List.of(
            "he -> Peter Grantwell",
            "He -> Peter Grantwell",
            "he -> Peter Grantwell",
            "he -> Peter Grantwell",
            "He -> Peter Grantwell"),
        speakers(
            SharedAnalyzer.withoutCoreference(
                "Peter Grantwell opened the new factory in Leeds on Monday. \"Sales are up,\" he"
                    + " said. He said the plan had worked. \"We are ready,\" he added. \"Nothing"
                    + " will stop us.\" Prices rose. He said the firm would grow.")));
  }

  @Test
  void anotherSpeakerBetweenBreaksTheRun() {
    // The last "he" is three sentences after the first and six after the name: without the break
    // it would take Peter Grantwell through the first "he". "A spokesman" speaks between the two,
    // so the last "he" may be the spokesman and keeps no name.
    assertEquals(
        List.of("he -> Peter Grantwell", "A spokesman for the firm -> null", "he -> null"),
        speakers(
            SharedAnalyzer.withoutCoreference(
                "Peter Grantwell opened the new factory in Leeds on Monday. Prices rose. Costs"
                    + " fell. \"Sales are up,\" he said. A spokesman for the firm said the plan had"
                    + " worked. Taxes went up. \"We are ready,\" he said.")));
  }

  @Test
  void anotherPronounSpeakingBetweenDoesNotBreakTheRun() {
    // As above, but what stands between the two "he" is "It" as the subject of a cue verb
    // ("appealed"): a pronoun that is not "he" names no one who could be the last "he", which
    // goes on to Peter Grantwell through the first.
    assertEquals(
        List.of("he -> Peter Grantwell", "he -> Peter Grantwell"),
        speakers(
            SharedAnalyzer.withoutCoreference(
                "Peter Grantwell opened the new factory in Leeds on Monday. Prices rose. Costs"
                    + " fell. \"Sales are up,\" he said. It appealed to young buyers. Taxes went"
                    + " up. \"We are ready,\" he said.")));
  }

  @Test
  void aSpeakerInsideAQuotationDoesNotBreakTheRun() {
    // "Our rivals announced cuts" is the speaker's own words (the quotation's speaker is "he",
    // its cue's subject "Our rivals"): the rivals are no one who could be the last "he".
    assertEquals(
        List.of(
            "he -> Peter Grantwell",
            "he -> Peter Grantwell",
            "Our rivals -> null",
            "he -> Peter Grantwell"),
        speakers(
            SharedAnalyzer.withoutCoreference(
                "Peter Grantwell opened the new factory in Leeds on Monday. Prices rose. Costs"
                    + " fell. \"Sales are up,\" he said. \"Our rivals announced cuts.\" Taxes"
                    + " went up. \"We are ready,\" he said.")));
  }

  @Test
  void aPronounIsTheSubjectNamedBeforeItNotAPossessor() {
    // Michael Moore is named first, as a possessor; Tim Dams is the one who says it.
    assertEquals(
        List.of("Tim Dams -> Tim Dams", "he -> Tim Dams"),
        speakers(
            SharedAnalyzer.withoutCoreference(
                "Michael Moore's film may have been hurt by the decision, says Tim Dams, the editor"
                    + " of a trade magazine. Later he said the film was too long.")));
  }

  @Test
  void theSamePronounAsSubjectOutranksAPersonNamedInAnotherRole() {
    // The sentence before the last "he" names Peter Hart only as a possessor; its subject is "He",
    // John Cole, and the last "he" goes on from it.
    assertEquals(
        List.of("He -> John Cole", "he -> John Cole"),
        speakers(
            SharedAnalyzer.withoutCoreference(
                "Dr John Cole spoke first. He said the ward had been closed, most recently because"
                    + " of Peter Hart's complaint. The staff were never warned, he said.")));
  }

  @Test
  void sentencesInsideAQuotationDoNotCountInThePronounsLookBack() {
    // "she" is four sentences after Ms Rhys, three of them inside her quotation: the narrative
    // sentence that names her is the one before "she" once the quoted ones are passed over.
    assertEquals(
        List.of("Ms Rhys -> Rhys", "she -> Rhys"),
        speakers(
            SharedAnalyzer.withoutCoreference(
                "Ms Rhys told the radio station: \"Free expression is vital in a democracy. You"
                    + " need distance from the government. Artists must be free. It could be"
                    + " taken the wrong way.\" But she said the reports were wrong.")));
  }

  @Test
  void aPersonNamedInsideTheQuotationIsNotItsSpeaker() {
    // Gabriel Heinze is named inside the quotation that "he" says: a speaker does not talk of
    // himself by name, so "he" is Alex Ferguson of the sentence before.
    assertEquals(
        List.of("he -> Alex Ferguson"),
        speakers(
            SharedAnalyzer.withoutCoreference(
                "Alex Ferguson was angry after the match at Highbury. \"The tackle on Gabriel"
                    + " Heinze was terrible,\" he said.")));
  }

  @Test
  void someoneNewSpeakingBetweenStopsTheLookBackPastItsWindow() {
    // As above, but "a spokesman" speaks between the name and "he": the spokesman, whose name the
    // text does not give, may be the "he", so no name is given.
    assertEquals(
        List.of("Mr Boyd -> Boyd", "A spokesman for the alliance -> null", "He -> null"),
        speakers(
            SharedAnalyzer.withoutCoreference(
                "Mr Boyd said the raid was a coup. A spokesman for the alliance said: \"The"
                    + " members did profit from it. They had access to expensive servers. That"
                    + " was the point.\" He said the groups fostered a culture of piracy.")));
  }

  @Test
  void aSurnameTheNerLeftUntaggedIsStillThePersonNamedBefore() {
    // The NER tags "Steve Cram" but not "Cram" after "said": the surname alone is his mention
    // too, so the speaker carries his full name.
    assertEquals(
        List.of("Cram -> Steve Cram"),
        speakers(
            SharedAnalyzer.withoutCoreference(
                "Steve Cram won the race in 1983. \"She has always been like that,\" said"
                    + " Cram.")));
  }

  @Test
  void itIsTheOrganisationThatIsTheSubjectBeforeIt() {
    // "it" of "said it expected" is the company that said it; the "It" of the next sentence is the
    // subject of the sentence before, and the "it" after "the Electoral Commission" is the
    // commission, not the company named earlier.
    assertEquals(
        List.of(
            "Acme Holdings -> Acme Holdings",
            "it -> Acme Holdings",
            "It -> Acme Holdings",
            "the Electoral Commission -> Electoral Commission",
            "It -> Electoral Commission"),
        speakers(
            SharedAnalyzer.withoutCoreference(
                "Acme Holdings said it expected profits to fall this year. It added that sales in"
                    + " Asia were strong. Separately, the Electoral Commission said turnout had"
                    + " fallen. It said more people should register.")));
  }

  @Test
  void itAfterAThingIsNoName() {
    // The report, not the ministry named before it, is what "It" stands for; "Shares in" a
    // company keep the company as what "it" of its own sentence names.
    assertEquals(
        List.of("it -> Kestrel Mining", "It -> null"),
        speakers(
            SharedAnalyzer.withoutCoreference(
                "Shares in Kestrel Mining fell after it warned of lower output. The Finance"
                    + " Ministry published a report on Monday. The report was long. It said growth"
                    + " would slow.")));
  }

  @Test
  void theyWhoSaySomethingIsNoThing() {
    // "They said" passes over the doors, which cannot speak, to the fans before them.
    assertEquals(
        List.of("They -> Fans"),
        speakers(
            SharedAnalyzer.withoutCoreference(
                "Fans queued outside the hall all morning. The doors opened at noon. They said the"
                    + " wait had been worth it.")));
  }
}
