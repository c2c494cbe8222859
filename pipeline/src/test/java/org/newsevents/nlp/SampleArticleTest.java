package org.newsevents.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsevents.schema.Event;

/** The statements, events and time expressions of the bundled sample, one golden line each. */
class SampleArticleTest {

  private static ArticleAnalyzer.Analysis analysis;
  private static List<String> lines;

  @BeforeAll
  static void analyzeSample() {
    analysis = SharedAnalyzer.sample();
    lines = analysis.events().stream().map(EventLines::line).toList();
  }

  private static void assertRecord(String expected) {
    assertTrue(
        lines.contains(expected),
        () -> "missing record:\n  " + expected + "\nrecords:\n  " + String.join("\n  ", lines));
  }

  @Test
  void kerrySaidTheUsAndRussiaMadeProgress() {
    assertRecord(
        "STATEMENT said[149,153] REPORTING speaker=\"Secretary of State John Kerry\"->John Kerry"
            + " cue=said indirect=\"The US and Russia have made progress on plans to convene a"
            + " conference to find a solution to the conflict in Syria\" time=2013-07-05(pub)");
  }

  @Test
  void kerryToldReportersADirectQuote() {
    assertRecord(
        "STATEMENT told[205,209] REPORTING speaker=\"Mr Kerry\"->John Kerry cue=told"
            + " to=\"reporters\" direct=\"We narrowed down some of the options\" time=2013-07-05(pub)");
  }

  @Test
  void heAddedTheMeetingMightNotTakePlace() {
    assertRecord(
        "STATEMENT added[386,391] REPORTING speaker=\"he\"->John Kerry cue=added"
            + " indirect=\"The meeting in Geneva might not take place until August or later\""
            + " time=2013-07-05(pub)");
    assertRecord(
        "MEET take[349,353] OCCURRENCE LOCATION=\"Geneva\" THEME=\"The meeting\" TIME=\"August\""
            + " time=2013-08 NEG POSSIBLE(might) reported");
  }

  @Test
  void augustOrLaterIsAnOpenRangeOfMonthGranularity() {
    Event take = event("take");
    assertEquals("2013-08", take.getTime().getValue());
    assertEquals("MONTH", take.getTime().getGranularity());
    assertEquals("ON_OR_AFTER", take.getTime().getMod());
    assertEquals("PAST", event("added").getTense());
    assertEquals("PAST", event("delayed").getTense());
    assertEquals("DAY", event("launched").getTime().getGranularity());
  }

  @Test
  void banSaidOnMondayIsDatedThePreviousMonday() {
    assertRecord(
        "STATEMENT said[438,442] REPORTING speaker=\"UN Secretary General Ban Ki-moon\"->Ban"
            + " Ki-moon cue=said indirect=\"it was essential that the conference be held as soon as"
            + " possible\" TIME=\"Monday\" time=2013-07-01");
  }

  @Test
  void twoSentenceQuoteEndingBeforeBanKiMoonSaid() {
    assertRecord(
        "STATEMENT said[692,696] REPORTING speaker=\"Ban Ki-moon\" cue=said direct=\"There is an"
            + " urgent need for the violence to end. Far too many lives have been lost already and"
            + " the conflict has generated a huge and heart-rending humanitarian crisis\""
            + " time=2013-07-05(pub)");
  }

  @Test
  void mixedSpeechAndAnAppeal() {
    assertRecord(
        "STATEMENT said[706,710] REPORTING speaker=\"Mr Ban\"->Ban Ki-moon cue=said"
            + " indirect=\"the US-Russian initiative offered the \"best chance for a lasting"
            + " solution\"\" time=2013-07-05(pub)");
    assertRecord(
        "APPEAL urged[791,796] I_ACTION speaker=\"Mr Ban\"->Ban Ki-moon cue=urged to=\"the"
            + " international community\" indirect=\"\"fully commit\"\" time=2013-07-05(pub)");
  }

  @Test
  void coordinatedSpeakersAnnouncedInMay() {
    assertRecord(
        "STATEMENT announced[892,901] REPORTING speaker=\"Mr Kerry and Mr Lavrov\"->John Kerry"
            + " and Sergei Lavrov cue=announced indirect=\"they would work together to convince"
            + " both the Syrian government and opposition to accept a solution based on the core"
            + " elements of the final communique issued on 30 June 2012, after the UN-backed Action"
            + " Group for Syria meeting\" TIME=\"May\" time=2013-05");
    Event announced = event("announced");
    assertEquals(
        List.of("AGENT Mr Kerry John Kerry", "AGENT Mr Lavrov Sergei Lavrov"),
        announced.getArguments().stream()
            .filter(a -> a.getRole().equals("AGENT"))
            .map(a -> a.getRole() + " " + a.getText() + " " + a.getCanonical())
            .toList());
  }

  @Test
  void aParticipleAfterAnOfNounModifiesThatNoun() {
    assertRecord(
        "OTHER issued[1058,1064] OCCURRENCE PATIENT=\"the final communique\"->final communique"
            + " TIME=\"30 June 2012\" time=2012-06-30 reported");
  }

  @Test
  void anUnattachedParticipleIsSaidOfTheNameBeforeIt() {
    assertRecord(
        "FIGHT fighting[2263,2271] OCCURRENCE AGENT=\"Hezbollah\" time=2013-07-05(pub) reported");
  }

  @Test
  void theUprisingBeganInMarch2011() {
    assertRecord(
        "CHANGE began[1687,1692] ASPECTUAL THEME=\"the uprising against President Bashar"
            + " al-Assad\" TIME=\"March 2011\" time=2011-03 reported");
  }

  @Test
  void aHyphenatedAdjectiveIsNoEvent() {
    assertTrue(
        analysis.events().stream().noneMatch(e -> e.getTrigger().getText().equals("rending")),
        "heart-rending is an adjective");
    assertRecord("OTHER crisis[671,677] OCCURRENCE time=2013-07-05(pub) reported");
  }

  @Test
  void placesAndMeetingsKeepTheirOwnNames() {
    assertRecord(
        "FIGHT conflict[96,104] OCCURRENCE LOCATION=\"Syria\" time=2013-07-05(pub) reported");
    assertRecord(
        "MEET attending[226,235] OCCURRENCE PATIENT=\"an Asian regional security meeting with his"
            + " Russian counterpart\" AGENT=\"Mr Kerry\"->John Kerry time=2013-07-05(pub)");
    assertRecord(
        "MEET meeting[2021,2028] OCCURRENCE AGENT=\"the UN Security Council\"->UN Security"
            + " Council time=2013-07-05(pub) NECESSARY(called) reported");
  }

  @Test
  void aDocumentCalledForACessationOfViolence() {
    assertRecord(
        "APPEAL called[1150,1156] I_ACTION speaker=\"The communique\"->final communique"
            + " cue=called indirect=\"an immediate cessation of violence and the establishment of a"
            + " transitional government that could include officials currently serving under"
            + " President Bashar al-Assad and members of the opposition\" time=2013-07-05(pub)");
  }

  @Test
  void passiveDelayKeepsTheConferenceAsPatient() {
    assertRecord(
        "DELAY delayed[1391,1398] I_ACTION PATIENT=\"the conference\"->conference time=2013-07-05(pub)");
  }

  @Test
  void theUnSaysPeopleWereKilledAndFled() {
    assertRecord(
        "STATEMENT says[1529,1533] REPORTING speaker=\"The UN\"->UN cue=says indirect=\"more than"
            + " 93,000 people have been killed and 1.5 million people have fled to neighbouring"
            + " countries since the uprising against President Bashar al-Assad began in March 2011\""
            + " time=2013-07-05(pub)");
    assertRecord(
        "KILL killed[1568,1574] OCCURRENCE PATIENT=\"more than 93,000 people\" TIME=\"March 2011\""
            + " time=2011-03 reported");
    // "since the uprising … began in March 2011" follows "fled" and is said of both conjuncts.
    assertRecord(
        "FLEE fled[1603,1607] OCCURRENCE AGENT=\"1.5 million people\" LOCATION=\"neighbouring"
            + " countries\" TIME=\"March 2011\" time=2011-03 reported");
    assertEquals("ON_OR_AFTER", event("fled").getTime().getMod());
    Event says = event("says");
    assertEquals(says.getEventId(), event("killed").getReportedBy());
  }

  @Test
  void aQuoteParagraphContinuesThePreviousSpeaker() {
    assertRecord(
        "STATEMENT said[1833,1837] REPORTING speaker=\"Mr Ban\"->Ban Ki-moon cue=said"
            + " direct=\"The people of Syria want peace and hope. Yet all they see is death upon"
            + " death. All they hear is talks after talks\" time=2013-07-05(pub)");
    assertRecord(
        "STATEMENT \"[1839,1840] REPORTING speaker=\"Mr Ban\"->Ban Ki-moon cue=- direct=\"I once"
            + " again call on all those with influence to hear the cry of the Syrian people and the"
            + " call of history: act and act now.\" time=2013-07-05(pub)");
  }

  @Test
  void aStatementInsideAQuotationIsLinkedToIt() {
    Event continuation =
        analysis.events().stream()
            .filter(e -> e.getStatement() != null && e.getStatement().getCue() == null)
            .findFirst()
            .orElseThrow();
    Event call = event("call");
    assertEquals("APPEAL", call.getType());
    assertEquals("Ban Ki-moon", call.getStatement().getSpeaker().getCanonical());
    assertTrue(call.getReported());
    assertEquals(continuation.getEventId(), call.getReportedBy());
    assertEquals("quote-continuation", continuation.getRule());
    // The piece continues Mr Ban's "said" statement just before it (records otherwise unchanged).
    assertEquals(event("said@1833").getEventId(), continuation.getStatement().getContinues());
  }

  @Test
  void gulfStatesCalledForAMeetingOnMondayAndTheySaid() {
    assertRecord(
        "APPEAL called[2000,2006] I_ACTION speaker=\"Gulf Arab states\" cue=called indirect=\"an"
            + " urgent meeting of the UN Security Council to prevent what they said was the threat of"
            + " a massacre in the city of Homs\" TIME=\"Monday\" time=2013-07-01");
    assertRecord(
        "STATEMENT said[2138,2142] REPORTING speaker=\"They\"->Gulf Arab states cue=said"
            + " indirect=\"they were particularly worried about reports of members from the Lebanese"
            + " Shia Islamist movement, Hezbollah, once again fighting alongside government forces,"
            + " who launched a major new offensive on rebels in Homs on Saturday\""
            + " time=2013-07-05(pub)");
  }

  @Test
  void relativeClauseOffensiveOnRebelsInHomsOnSaturday() {
    assertRecord(
        "ATTACK launched[2305,2313] OCCURRENCE AGENT=\"government forces\" PATIENT=\"rebels\""
            + " LOCATION=\"Homs\" TIME=\"Saturday\" time=2013-06-29 reported");
    assertEquals("18", event("launched").getCameoRoot());
  }

  @Test
  void timeExpressionsAreResolvedAgainstThePublicationDate() {
    List<String> values =
        analysis.article().getTimexes().stream()
            .map(t -> t.getText() + "=" + t.getType() + ":" + t.getValue())
            .toList();
    assertEquals(
        List.of(
            "August=DATE:2013-08",
            "Monday=DATE:2013-07-01",
            "as soon as possible=DATE:FUTURE_REF", // HeidelTime, as in TimeBank's gold
            "May=DATE:2013-05",
            "30 June 2012=DATE:2012-06-30",
            "currently=DATE:PRESENT_REF",
            "March 2011=DATE:2011-03",
            "now=DATE:PRESENT_REF",
            "Monday=DATE:2013-07-01",
            "Saturday=DATE:2013-06-29"),
        values);
  }

  @Test
  void articleCountsMatchTheRecords() {
    assertEquals(analysis.events().size(), analysis.article().getEventCount());
    assertEquals(
        analysis.events().stream().filter(e -> e.getStatement() != null).count(),
        (long) analysis.article().getStatementCount());
    assertEquals(15, analysis.article().getStatementCount());
  }

  @Test
  void eventIdsAreUnique() {
    assertEquals(
        analysis.events().size(),
        analysis.events().stream().map(Event::getEventId).distinct().count());
  }

  @Test
  void aSecondRunOverTheSameArticleGivesIdenticalRecords() {
    // SUTime has resolved the same weekday differently on later calls; the records must not move.
    ArticleAnalyzer.Analysis again = SharedAnalyzer.analyzer().analyze(analysis.article());
    assertEquals(analysis.events(), again.events());
    assertEquals(analysis.article().getTimexes(), again.article().getTimexes());
  }

  @Test
  void aRelativeClauseTheParserLeftUnlinkedHasItsAntecedentAsSubject() {
    // "a transitional government that could include officials": "that" stands for the government.
    assertRecord(
        "OTHER include[1258,1265] OCCURRENCE AGENT=\"a transitional government\""
            + " PATIENT=\"officials\" PATIENT=\"members of the opposition\" time=2013-07-05(pub)"
            + " POSSIBLE(could) reported");
  }

  @Test
  void theUsRussianInitiativeIsByTheUsAndRussia() {
    List<String> codes =
        event("initiative").getArguments().stream()
            .filter(a -> a.getRole().equals("AGENT"))
            .map(a -> a.getText() + ":" + (a.getActor() == null ? "-" : a.getActor().getCode()))
            .toList();
    assertEquals(List.of("US:USA", "Russian:RUS"), codes);
  }

  @Test
  void theUprisingRunsFromWhenItBegan() {
    Event uprising = event("uprising");
    assertEquals("2011-03", uprising.getTime().getValue());
    assertEquals("ON_OR_AFTER", uprising.getTime().getMod());
    assertEquals("MONTH", uprising.getTime().getGranularity());
  }

  @Test
  void bothCoordinatedImperativesAreEventsAddressedToTheAppealsAddressee() {
    assertRecord(
        "OTHER act[1948,1951] OCCURRENCE AGENT=\"all those with influence\" time=2013-07-05(pub)"
            + " NECESSARY(call) reported");
    assertRecord(
        "OTHER act[1956,1959] OCCURRENCE AGENT=\"all those with influence\" time=2013-07-05(pub)"
            + " NECESSARY(call) reported");
    List<String> ids =
        analysis.events().stream()
            .filter(e -> e.getTrigger().getText().equals("act"))
            .map(Event::getEventId)
            .distinct()
            .toList();
    assertEquals(2, ids.size(), ids::toString);
  }

  @Test
  void worryAndNeedAreIntensionalStates() {
    assertRecord(
        "OTHER worried[2166,2173] I_STATE AGENT=\"they\"->Gulf Arab states THEME=\"reports of"
            + " members from the Lebanese Shia Islamist movement\" time=2013-07-05(pub) reported");
    assertRecord(
        "OTHER need[530,534] I_STATE THEME=\"the violence to end\" time=2013-07-05(pub) reported");
    assertRecord(
        "CHANGE end[555,558] ASPECTUAL THEME=\"the violence\" time=2013-07-05(pub)"
            + " NECESSARY(need) reported");
    assertRecord(
        "OTHER want[1730,1734] I_STATE AGENT=\"The people of Syria\"->people of Syria"
            + " THEME=\"peace\" THEME=\"hope\" time=2013-07-05(pub) reported");
  }

  @Test
  void theMeetingTheStatesCalledForIsToPreventTheThreat() {
    // "call for NP to VP": the meeting's members, the Council, are to prevent; the free relative
    // "what they said was the threat …" is what is to be prevented.
    assertRecord(
        "OTHER prevent[2059,2066] I_ACTION AGENT=\"the UN Security Council\"->UN Security Council"
            + " PATIENT=\"what they said was the threat of a massacre in the city of Homs\""
            + " time=2013-07-05(pub) NECESSARY(called) reported");
  }

  @Test
  void theConferenceIsWhatIsToBeHeld() {
    assertRecord(
        "MEET held[483,487] OCCURRENCE PATIENT=\"the conference\"->conference time=2013-07-05(pub)"
            + " NECESSARY(essential) reported");
  }

  @Test
  void talksContinueOnWhoShouldParticipate() {
    assertRecord("CHANGE continuing[1425,1435] ASPECTUAL THEME=\"talks\" time=2013-07-05(pub)");
    assertRecord(
        "OTHER participate[1450,1461] OCCURRENCE AGENT=\"who\" time=2013-07-05(pub)"
            + " NECESSARY(should)");
    assertRecord(
        "OTHER structured[1480,1490] OCCURRENCE PATIENT=\"it\"->conference time=2013-07-05(pub)"
            + " NECESSARY(should)");
    assertRecord(
        "OTHER discussed[1510,1519] OCCURRENCE PATIENT=\"what\" time=2013-07-05(pub)"
            + " NECESSARY(should)");
  }

  @Test
  void nominalEventsTakeTheirOfPhrases() {
    assertRecord(
        "CHANGE cessation[1174,1183] ASPECTUAL THEME=\"violence\" time=2013-07-05(pub)"
            + " NECESSARY(called) reported");
    assertRecord(
        "OTHER establishment[1204,1217] OCCURRENCE THEME=\"a transitional government\""
            + " time=2013-07-05(pub) NECESSARY(called) reported");
  }

  @Test
  void plansToConveneAreNotYetAConference() {
    assertRecord(
        "MEET convene[49,56] OCCURRENCE PATIENT=\"a conference\"->conference AGENT=\"The US\"->US"
            + " AGENT=\"Russia\" time=2013-07-05(pub) FUTURE(plans) reported");
  }

  /** The first event with this trigger text, or text@begin. */
  private static Event event(String trigger) {
    return analysis.events().stream()
        .filter(
            e ->
                trigger.equals(e.getTrigger().getText())
                    || trigger.equals(e.getTrigger().getText() + "@" + e.getTrigger().getBegin()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event with trigger " + trigger));
  }
}
