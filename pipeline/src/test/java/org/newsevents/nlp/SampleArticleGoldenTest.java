package org.newsevents.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample's whole record list, one golden line per record in order; {@link
 * SampleArticleTest} holds the records one construction at a time.
 */
class SampleArticleGoldenTest {

  private static List<String> lines;

  @BeforeAll
  static void analyzeSample() {
    lines = SharedAnalyzer.sample().events().stream().map(EventLines::line).toList();
  }

  /** Every record of the article, in order: the seed's golden annotation. */
  @Test
  void everyRecordOfTheArticle() {
    String expected =
        """
          OTHER made[23,27] OCCURRENCE AGENT="The US"->US AGENT="Russia" PATIENT="progress on plans" time=2013-07-05(pub) reported
          OTHER progress[28,36] OCCURRENCE PATIENT="plans" time=2013-07-05(pub) reported
          MEET convene[49,56] OCCURRENCE PATIENT="a conference"->conference AGENT="The US"->US AGENT="Russia" time=2013-07-05(pub) FUTURE(plans) reported
          MEET conference[59,69] OCCURRENCE time=2013-07-05(pub) reported
          OTHER find[73,77] OCCURRENCE PATIENT="a solution to the conflict in Syria" AGENT="The US"->US AGENT="Russia" time=2013-07-05(pub) FUTURE(plans) reported
          FIGHT conflict[96,104] OCCURRENCE LOCATION="Syria" time=2013-07-05(pub) reported
          STATEMENT said[149,153] REPORTING speaker="Secretary of State John Kerry"->John Kerry cue=said indirect="The US and Russia have made progress on plans to convene a conference to find a solution to the conflict in Syria" time=2013-07-05(pub)
          OTHER narrowed[160,168] OCCURRENCE AGENT="We" PATIENT="some of the options" time=2013-07-05(pub) reported
          STATEMENT told[205,209] REPORTING speaker="Mr Kerry"->John Kerry cue=told to="reporters" direct="We narrowed down some of the options" time=2013-07-05(pub)
          MEET attending[226,235] OCCURRENCE PATIENT="an Asian regional security meeting with his Russian counterpart" AGENT="Mr Kerry"->John Kerry time=2013-07-05(pub)
          MEET meeting[263,270] OCCURRENCE RECIPIENT="his Russian counterpart"->Sergei Lavrov time=2013-07-05(pub)
          MEET take[349,353] OCCURRENCE LOCATION="Geneva" THEME="The meeting" TIME="August" time=2013-08 NEG POSSIBLE(might) reported
          STATEMENT added[386,391] REPORTING speaker="he"->John Kerry cue=added indirect="The meeting in Geneva might not take place until August or later" time=2013-07-05(pub)
          STATEMENT said[438,442] REPORTING speaker="UN Secretary General Ban Ki-moon"->Ban Ki-moon cue=said indirect="it was essential that the conference be held as soon as possible" TIME="Monday" time=2013-07-01
          MEET held[483,487] OCCURRENCE PATIENT="the conference"->conference time=2013-07-05(pub) NECESSARY(essential) reported
          OTHER need[530,534] I_STATE THEME="the violence to end" time=2013-07-05(pub) reported
          FIGHT violence[543,551] OCCURRENCE time=2013-07-05(pub) reported
          CHANGE end[555,558] ASPECTUAL THEME="the violence" time=2013-07-05(pub) NECESSARY(need) reported
          KILL lost[589,593] OCCURRENCE PATIENT="Far too many lives" time=2013-07-05(pub) reported
          FIGHT conflict[610,618] OCCURRENCE time=2013-07-05(pub) reported
          OTHER generated[623,632] OCCURRENCE AGENT="the conflict"->conflict in Syria PATIENT="a huge and heart-rending humanitarian crisis" time=2013-07-05(pub) reported
          OTHER crisis[671,677] OCCURRENCE time=2013-07-05(pub) reported
          STATEMENT said[692,696] REPORTING speaker="Ban Ki-moon" cue=said direct="There is an urgent need for the violence to end. Far too many lives have been lost already and the conflict has generated a huge and heart-rending humanitarian crisis" time=2013-07-05(pub)
          STATEMENT said[706,710] REPORTING speaker="Mr Ban"->Ban Ki-moon cue=said indirect="the US-Russian initiative offered the "best chance for a lasting solution"" time=2013-07-05(pub)
          INTEND initiative[726,736] OCCURRENCE AGENT="US" AGENT="Russian" time=2013-07-05(pub) reported
          INTEND offered[737,744] OCCURRENCE AGENT="the US-Russian initiative" PATIENT="the "best chance for a lasting solution"" time=2013-07-05(pub) reported
          APPEAL urged[791,796] I_ACTION speaker="Mr Ban"->Ban Ki-moon cue=urged to="the international community" indirect=""fully commit"" time=2013-07-05(pub)
          OTHER commit[835,841] OCCURRENCE AGENT="the international community" time=2013-07-05(pub) NECESSARY(urged) reported
          STATEMENT announced[892,901] REPORTING speaker="Mr Kerry and Mr Lavrov"->John Kerry and Sergei Lavrov cue=announced indirect="they would work together to convince both the Syrian government and opposition to accept a solution based on the core elements of the final communique issued on 30 June 2012, after the UN-backed Action Group for Syria meeting" TIME="May" time=2013-05
          COOPERATE work[918,922] I_ACTION AGENT="they" time=2013-07-05(pub) FUTURE(would) reported
          COOPERATE convince[935,943] I_ACTION AGENT="they" PATIENT="the Syrian government" PATIENT="opposition" time=2013-07-05(pub) FUTURE(would) reported
          AGREE accept[989,995] I_ACTION AGENT="the Syrian government" AGENT="opposition" PATIENT="a solution based on the core elements of the final communique" time=2013-07-05(pub) FUTURE(would) reported
          OTHER issued[1058,1064] OCCURRENCE PATIENT="the final communique"->final communique TIME="30 June 2012" time=2012-06-30 reported
          MEET meeting[1125,1132] OCCURRENCE AGENT="the UN-backed Action Group for Syria"->UN-backed Action Group time=2013-07-05(pub) reported
          APPEAL called[1150,1156] I_ACTION speaker="The communique"->final communique cue=called indirect="an immediate cessation of violence and the establishment of a transitional government that could include officials currently serving under President Bashar al-Assad and members of the opposition" time=2013-07-05(pub)
          CHANGE cessation[1174,1183] ASPECTUAL THEME="violence" time=2013-07-05(pub) NECESSARY(called) reported
          FIGHT violence[1187,1195] OCCURRENCE time=2013-07-05(pub) reported
          OTHER establishment[1204,1217] OCCURRENCE THEME="a transitional government" time=2013-07-05(pub) NECESSARY(called) reported
          OTHER include[1258,1265] OCCURRENCE AGENT="a transitional government" PATIENT="officials" PATIENT="members of the opposition" time=2013-07-05(pub) POSSIBLE(could) reported
          OTHER serving[1286,1293] OCCURRENCE AGENT="officials" time=2013-07-05(pub) reported
          MEET conference[1371,1381] OCCURRENCE time=2013-07-05(pub)
          DELAY delayed[1391,1398] I_ACTION PATIENT="the conference"->conference time=2013-07-05(pub)
          MEET talks[1415,1420] OCCURRENCE time=2013-07-05(pub)
          CHANGE continuing[1425,1435] ASPECTUAL THEME="talks" time=2013-07-05(pub)
          OTHER participate[1450,1461] OCCURRENCE AGENT="who" time=2013-07-05(pub) NECESSARY(should)
          OTHER structured[1480,1490] OCCURRENCE PATIENT="it"->conference time=2013-07-05(pub) NECESSARY(should)
          OTHER discussed[1510,1519] OCCURRENCE PATIENT="what" time=2013-07-05(pub) NECESSARY(should)
          STATEMENT says[1529,1533] REPORTING speaker="The UN"->UN cue=says indirect="more than 93,000 people have been killed and 1.5 million people have fled to neighbouring countries since the uprising against President Bashar al-Assad began in March 2011" time=2013-07-05(pub)
          KILL killed[1568,1574] OCCURRENCE PATIENT="more than 93,000 people" TIME="March 2011" time=2011-03 reported
          FLEE fled[1603,1607] OCCURRENCE AGENT="1.5 million people" LOCATION="neighbouring countries" TIME="March 2011" time=2011-03 reported
          PROTEST uprising[1644,1652] OCCURRENCE PATIENT="President Bashar al-Assad"->Bashar al-Assad TIME="March 2011" time=2011-03 reported
          CHANGE began[1687,1692] ASPECTUAL THEME="the uprising against President Bashar al-Assad" TIME="March 2011" time=2011-03 reported
          OTHER want[1730,1734] I_STATE AGENT="The people of Syria"->people of Syria THEME="peace" THEME="hope" time=2013-07-05(pub) reported
          OTHER see[1764,1767] PERCEPTION AGENT="they"->people of Syria THEME="death upon death" time=2013-07-05(pub) reported
          KILL death[1771,1776] OCCURRENCE time=2013-07-05(pub) reported
          KILL death[1782,1787] OCCURRENCE time=2013-07-05(pub) reported
          OTHER hear[1798,1802] PERCEPTION AGENT="they"->people of Syria THEME="talks after talks" time=2013-07-05(pub) reported
          MEET talks[1806,1811] OCCURRENCE time=2013-07-05(pub) reported
          MEET talks[1818,1823] OCCURRENCE time=2013-07-05(pub) reported
          STATEMENT said[1833,1837] REPORTING speaker="Mr Ban"->Ban Ki-moon cue=said direct="The people of Syria want peace and hope. Yet all they see is death upon death. All they hear is talks after talks" time=2013-07-05(pub)
          STATEMENT "[1839,1840] REPORTING speaker="Mr Ban"->Ban Ki-moon cue=- direct="I once again call on all those with influence to hear the cry of the Syrian people and the call of history: act and act now." time=2013-07-05(pub)
          APPEAL call[1853,1857] I_ACTION speaker="I"->Ban Ki-moon cue=call to="all those with influence" indirect="hear the cry of the Syrian people and the call of history: act and act now" time=2013-07-05(pub) reported
          OTHER hear[1889,1893] PERCEPTION AGENT="all those with influence" THEME="the cry of the Syrian people" THEME="the call of history" time=2013-07-05(pub) NECESSARY(call) reported
          APPEAL cry[1898,1901] OCCURRENCE AGENT="the Syrian people" time=2013-07-05(pub) reported
          APPEAL call[1931,1935] OCCURRENCE AGENT="history" time=2013-07-05(pub) reported
          OTHER act[1948,1951] OCCURRENCE AGENT="all those with influence" time=2013-07-05(pub) NECESSARY(call) reported
          OTHER act[1956,1959] OCCURRENCE AGENT="all those with influence" time=2013-07-05(pub) NECESSARY(call) reported
          APPEAL called[2000,2006] I_ACTION speaker="Gulf Arab states" cue=called indirect="an urgent meeting of the UN Security Council to prevent what they said was the threat of a massacre in the city of Homs" TIME="Monday" time=2013-07-01
          MEET meeting[2021,2028] OCCURRENCE AGENT="the UN Security Council"->UN Security Council time=2013-07-05(pub) NECESSARY(called) reported
          OTHER prevent[2059,2066] I_ACTION AGENT="the UN Security Council"->UN Security Council PATIENT="what they said was the threat of a massacre in the city of Homs" time=2013-07-05(pub) NECESSARY(called) reported
          STATEMENT said[2077,2081] REPORTING AGENT="they"->Gulf Arab states time=2013-07-05(pub) reported
          THREATEN threat[2090,2096] OCCURRENCE THEME="a massacre in the city of Homs" LOCATION="the city of Homs" time=2013-07-05(pub) reported
          MASS_VIOLENCE massacre[2102,2110] OCCURRENCE LOCATION="the city of Homs" time=2013-07-05(pub) reported
          STATEMENT said[2138,2142] REPORTING speaker="They"->Gulf Arab states cue=said indirect="they were particularly worried about reports of members from the Lebanese Shia Islamist movement, Hezbollah, once again fighting alongside government forces, who launched a major new offensive on rebels in Homs on Saturday" time=2013-07-05(pub)
          OTHER worried[2166,2173] I_STATE AGENT="they"->Gulf Arab states THEME="reports of members from the Lebanese Shia Islamist movement" time=2013-07-05(pub) reported
          FIGHT fighting[2263,2271] OCCURRENCE AGENT="Hezbollah" time=2013-07-05(pub) reported
          ATTACK launched[2305,2313] OCCURRENCE AGENT="government forces" PATIENT="rebels" LOCATION="Homs" TIME="Saturday" time=2013-06-29 reported
        """;
    assertEquals(
        expected.lines().map(String::strip).filter(line -> !line.isEmpty()).toList(), lines);
  }
}
