package org.newsevents.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsevents.schema.Event;

/**
 * One sentence per construction, through the shared CoreNLP pipeline and the extractors; the
 * articles are dated Friday 5 July 2013. Each row: the body, then the expected records (one golden
 * line each, "|" between records).
 */
class ConstructionsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '\t',
      quoteCharacter = '`',
      textBlock =
          """
          The talks were postponed by the government on Tuesday.\tMEET talks[4,9] OCCURRENCE time=2013-07-05(pub)|DELAY postponed[15,24] I_ACTION PATIENT="The talks" AGENT="the government" TIME="Tuesday" time=2013-07-02
          Rebels did not attack the base.\tATTACK attack[15,21] OCCURRENCE AGENT="Rebels" PATIENT="the base" time=2013-07-05(pub) NEG
          The ministers will meet in Paris on Monday.\tMEET meet[19,23] OCCURRENCE AGENT="The ministers" LOCATION="Paris" TIME="Monday" time=2013-07-08 FUTURE(will)
          "This is unacceptable," a spokesman told the BBC.\tSTATEMENT told[36,40] REPORTING speaker="a spokesman" cue=told to="the BBC"->BBC direct="This is unacceptable" time=2013-07-05(pub)
          "We will not give up."\tSTATEMENT "[0,1] REPORTING speaker=UNKNOWN cue=- direct="We will not give up." time=2013-07-05(pub)|OTHER give[13,17] OCCURRENCE AGENT="We" time=2013-07-05(pub) NEG FUTURE(will) reported
          According to the police, three protesters were arrested in Cairo.\tSTATEMENT According[0,9] REPORTING speaker="the police" cue=According indirect="three protesters were arrested in Cairo" time=2013-07-05(pub)|COERCE arrested[47,55] OCCURRENCE PATIENT="three protesters" LOCATION="Cairo" time=2013-07-05(pub) reported
          Three protesters were arrested, according to police sources.\tCOERCE arrested[22,30] OCCURRENCE PATIENT="Three protesters" time=2013-07-05(pub) reported|STATEMENT according[32,41] REPORTING speaker="police sources" cue=according indirect="Three protesters were arrested" time=2013-07-05(pub)

          Russia's proposal was rejected by the opposition.\tINTEND proposal[9,17] OCCURRENCE AGENT="Russia" time=2013-07-05(pub) reported|STATEMENT rejected[22,30] OCCURRENCE speaker="the opposition" cue=rejected indirect="Russia's proposal" time=2013-07-05(pub)
          The rebels attacked the convoy with rockets.\tATTACK attacked[11,19] OCCURRENCE AGENT="The rebels" PATIENT="the convoy" INSTRUMENT="rockets" time=2013-07-05(pub)
          The two sides agreed to work together to end the war.\tAGREE agreed[14,20] I_ACTION speaker="The two sides" cue=agreed indirect="work together to end the war" time=2013-07-05(pub)|COOPERATE work[24,28] I_ACTION AGENT="The two sides" time=2013-07-05(pub) reported|CHANGE end[41,44] ASPECTUAL PATIENT="the war" AGENT="The two sides" time=2013-07-05(pub) reported|FIGHT war[49,52] OCCURRENCE time=2013-07-05(pub) reported
          The establishment of a transitional government seems likely.\tOTHER establishment[4,17] OCCURRENCE THEME="a transitional government" time=2013-07-05(pub)|OTHER seems[47,52] I_STATE AGENT="The establishment of a transitional government" time=2013-07-05(pub)
          Police arrested the man who had stabbed a guard.\tCOERCE arrested[7,15] OCCURRENCE AGENT="Police" PATIENT="the man" time=2013-07-05(pub)|OTHER stabbed[32,39] OCCURRENCE AGENT="the man" PATIENT="a guard" time=2013-07-05(pub)
          Soldiers fighting in the north have withdrawn.\tFIGHT fighting[9,17] OCCURRENCE AGENT="Soldiers" time=2013-07-05(pub)|YIELD withdrawn[36,45] OCCURRENCE AGENT="Soldiers" time=2013-07-05(pub)
          Officials urged residents to leave the city.\tAPPEAL urged[10,15] I_ACTION speaker="Officials" cue=urged to="residents" indirect="leave the city" time=2013-07-05(pub)|OTHER leave[29,34] OCCURRENCE AGENT="residents" PATIENT="the city" time=2013-07-05(pub) NECESSARY(urged) reported
          They made progress on plans to hold elections.\tOTHER made[5,9] OCCURRENCE AGENT="They" PATIENT="progress on plans" time=2013-07-05(pub)|OTHER progress[10,18] OCCURRENCE PATIENT="plans" time=2013-07-05(pub)|ELECT hold[31,35] OCCURRENCE AGENT="They" PATIENT="elections" time=2013-07-05(pub) FUTURE(plans)
          Both sides accepted the terms of the agreement signed in Geneva on Monday.	AGREE accepted[11,19] I_ACTION AGENT="Both sides" PATIENT="the terms of the agreement" time=2013-07-05(pub)|AGREE agreement[37,46] I_STATE TIME="Monday" time=2013-07-01|AGREE signed[47,53] OCCURRENCE PATIENT="the agreement" LOCATION="Geneva" TIME="Monday" time=2013-07-01
          They were worried about reports of fighters from the Shia movement, Hezbollah, once again fighting alongside government forces.\tOTHER worried[10,17] I_STATE AGENT="They" THEME="reports of fighters from the Shia movement" time=2013-07-05(pub)|FIGHT fighting[90,98] OCCURRENCE AGENT="Hezbollah" time=2013-07-05(pub)
          Thousands have died since the uprising against the president began in March 2011.\tKILL died[15,19] OCCURRENCE AGENT="Thousands" TIME="March 2011" time=2011-03|PROTEST uprising[30,38] OCCURRENCE PATIENT="the president" TIME="March 2011" time=2011-03|CHANGE began[61,66] ASPECTUAL THEME="the uprising against the president" TIME="March 2011" time=2011-03
          The conflict has caused a heart-rending crisis.	FIGHT conflict[4,12] OCCURRENCE time=2013-07-05(pub)|OTHER caused[17,23] OCCURRENCE AGENT="The conflict" PATIENT="a heart-rending crisis" time=2013-07-05(pub)|OTHER crisis[40,46] OCCURRENCE time=2013-07-05(pub)
          Mr Kerry attended a security meeting with his Russian counterpart, Sergei Lavrov.	MEET attended[9,17] OCCURRENCE AGENT="Mr Kerry"->Kerry PATIENT="a security meeting with his Russian counterpart" time=2013-07-05(pub)|MEET meeting[29,36] OCCURRENCE RECIPIENT="his Russian counterpart"->Sergei Lavrov time=2013-07-05(pub)
          The states called for a meeting of the Security Council.	APPEAL called[11,17] I_ACTION speaker="The states" cue=called indirect="a meeting of the Security Council" time=2013-07-05(pub)|MEET meeting[24,31] OCCURRENCE AGENT="the Security Council"->Security Council time=2013-07-05(pub) NECESSARY(called) reported
          The conflict in Syria has killed thousands.	FIGHT conflict[4,12] OCCURRENCE LOCATION="Syria" time=2013-07-05(pub)|KILL killed[26,32] OCCURRENCE AGENT="The conflict" PATIENT="thousands" time=2013-07-05(pub)
          The board decided to sell the unit.	OTHER decided[10,17] I_ACTION AGENT="The board" time=2013-07-05(pub)|OTHER sell[21,25] OCCURRENCE AGENT="The board" PATIENT="the unit" time=2013-07-05(pub)
          Officials warned that the ceasefire could collapse if talks failed.\tTHREATEN warned[10,16] I_ACTION speaker="Officials" cue=warned indirect="the ceasefire could collapse if talks failed" time=2013-07-05(pub)|AGREE ceasefire[26,35] OCCURRENCE time=2013-07-05(pub) reported|OTHER collapse[42,50] OCCURRENCE AGENT="the ceasefire" time=2013-07-05(pub) POSSIBLE(could) reported|MEET talks[54,59] OCCURRENCE time=2013-07-05(pub) reported|OTHER failed[60,66] OCCURRENCE AGENT="talks" time=2013-07-05(pub) HYPOTHETICAL(if) reported
          The communique called for the establishment of a transitional government that could include officials.\tAPPEAL called[15,21] REPORTING AGENT="The communique" time=2013-07-05(pub)|OTHER establishment[30,43] OCCURRENCE THEME="a transitional government" time=2013-07-05(pub)|OTHER include[84,91] OCCURRENCE AGENT="a transitional government" PATIENT="officials" time=2013-07-05(pub) POSSIBLE(could)
          They called for a meeting of the Security Council to prevent a massacre in the city.\tAPPEAL called[5,11] I_ACTION speaker="They" cue=called indirect="a meeting of the Security Council to prevent a massacre in the city" time=2013-07-05(pub)|MEET meeting[18,25] OCCURRENCE AGENT="the Security Council"->Security Council time=2013-07-05(pub) NECESSARY(called) reported|OTHER prevent[53,60] I_ACTION AGENT="the Security Council"->Security Council PATIENT="a massacre in the city" LOCATION="the city" time=2013-07-05(pub) NECESSARY(called) reported|MASS_VIOLENCE massacre[63,71] OCCURRENCE LOCATION="the city" time=2013-07-05(pub) reported
          Ban said it was essential that the conference be held as soon as possible.\tSTATEMENT said[4,8] REPORTING speaker="Ban" cue=said indirect="it was essential that the conference be held as soon as possible" time=2013-07-05(pub)|MEET held[49,53] OCCURRENCE PATIENT="the conference" time=2013-07-05(pub) NECESSARY(essential) reported
          It is too early to say whether the talks will succeed.\tSTATEMENT say[19,22] REPORTING speaker=UNKNOWN cue=say indirect="the talks will succeed" time=2013-07-05(pub)|MEET talks[35,40] OCCURRENCE time=2013-07-05(pub) reported|OTHER succeed[46,53] OCCURRENCE AGENT="the talks" time=2013-07-05(pub) FUTURE(will) reported
          It seems that the talks have failed.\tSTATEMENT seems[3,8] I_STATE speaker=UNKNOWN cue=seems indirect="the talks have failed" time=2013-07-05(pub)|MEET talks[18,23] OCCURRENCE time=2013-07-05(pub) reported|OTHER failed[29,35] OCCURRENCE AGENT="the talks" time=2013-07-05(pub) reported
          Prices continued to rise in November.\tCHANGE continued[7,16] ASPECTUAL THEME="Prices" TIME="November" time=2012-11|OTHER rise[20,24] OCCURRENCE AGENT="Prices" TIME="November" time=2012-11
          "We will win," he continued, adding that the party was united.\tOTHER win[9,12] OCCURRENCE AGENT="We" time=2013-07-05(pub) FUTURE(will) reported|STATEMENT continued[18,27] ASPECTUAL speaker="he" cue=continued direct="We will win" time=2013-07-05(pub)|STATEMENT adding[29,35] REPORTING speaker="he" cue=adding indirect="the party was united" time=2013-07-05(pub)|OTHER united[55,61] OCCURRENCE PATIENT="the party" time=2013-07-05(pub) reported
          Asian leaders say Western states must let their currencies rise against the yen to ease pressure on exports.	STATEMENT say[14,17] REPORTING speaker="Asian leaders" cue=say indirect="Western states must let their currencies rise against the yen to ease pressure on exports" time=2013-07-05(pub)|OTHER let[38,41] I_ACTION time=2013-07-05(pub) NECESSARY(must) reported|OTHER rise[59,63] OCCURRENCE AGENT="their currencies" time=2013-07-05(pub) reported|OTHER ease[83,87] OCCURRENCE AGENT="their currencies" PATIENT="pressure on exports" time=2013-07-05(pub) reported
          Committee chairman Tom Jones said loans of money were sometimes used as an excuse.	STATEMENT said[29,33] REPORTING speaker="Committee chairman Tom Jones"->Tom Jones cue=said indirect="loans of money were sometimes used as an excuse" time=2013-07-05(pub)|OTHER used[64,68] OCCURRENCE time=2013-07-05(pub) reported
          "Many people thought that the plan was only a temporary fix because prices were rising," he said.	STATEMENT thought[13,20] I_STATE speaker="Many people" cue=thought indirect="the plan was only a temporary fix because prices were rising" time=2013-07-05(pub) reported|OTHER rising[80,86] OCCURRENCE AGENT="prices" time=2013-07-05(pub) reported|STATEMENT said[92,96] REPORTING speaker="he" cue=said direct="Many people thought that the plan was only a temporary fix because prices were rising" time=2013-07-05(pub)
          They were worried about reports of fighting in the city.\tOTHER worried[10,17] I_STATE AGENT="They" THEME="reports of fighting in the city" time=2013-07-05(pub)|FIGHT fighting[35,43] OCCURRENCE LOCATION="the city" time=2013-07-05(pub)
          There is an urgent need for the violence to end.\tOTHER need[19,23] I_STATE THEME="the violence to end" time=2013-07-05(pub)|FIGHT violence[32,40] OCCURRENCE time=2013-07-05(pub)|CHANGE end[44,47] ASPECTUAL THEME="the violence" time=2013-07-05(pub) NECESSARY(need)
          The conference has been delayed repeatedly, and talks are continuing on who should participate, how it should be structured and what should be discussed.\tMEET conference[4,14] OCCURRENCE time=2013-07-05(pub)|DELAY delayed[24,31] I_ACTION PATIENT="The conference" time=2013-07-05(pub)|MEET talks[48,53] OCCURRENCE time=2013-07-05(pub)|CHANGE continuing[58,68] ASPECTUAL THEME="talks" time=2013-07-05(pub)|OTHER participate[83,94] OCCURRENCE AGENT="who" time=2013-07-05(pub) NECESSARY(should)|OTHER structured[113,123] OCCURRENCE PATIENT="it" time=2013-07-05(pub) NECESSARY(should)|OTHER discussed[143,152] OCCURRENCE PATIENT="what" time=2013-07-05(pub) NECESSARY(should)
          The people of Syria want peace.\tOTHER want[20,24] I_STATE AGENT="The people of Syria" THEME="peace" time=2013-07-05(pub)
          Thousands have been killed and millions have fled since the uprising began in March 2011.\tKILL killed[20,26] OCCURRENCE PATIENT="Thousands" TIME="March 2011" time=2011-03|FLEE fled[45,49] OCCURRENCE AGENT="millions" TIME="March 2011" time=2011-03|PROTEST uprising[60,68] OCCURRENCE TIME="March 2011" time=2011-03|CHANGE began[69,74] ASPECTUAL THEME="the uprising" TIME="March 2011" time=2011-03
          The meeting might not take place until August.\tMEET take[22,26] OCCURRENCE THEME="The meeting" TIME="August" time=2013-08 NEG POSSIBLE(might)
          They have made progress on plans to convene a conference.\tOTHER made[10,14] OCCURRENCE AGENT="They" PATIENT="progress on plans" time=2013-07-05(pub)|OTHER progress[15,23] OCCURRENCE PATIENT="plans" time=2013-07-05(pub)|MEET convene[36,43] OCCURRENCE PATIENT="a conference" AGENT="They" time=2013-07-05(pub) FUTURE(plans)|MEET conference[46,56] OCCURRENCE time=2013-07-05(pub)
          Ten people, including two children, were hurt in the attack.\tOTHER hurt[41,45] OCCURRENCE PATIENT="Ten people, including two children" time=2013-07-05(pub)|ATTACK attack[53,59] OCCURRENCE time=2013-07-05(pub)
          "I once again call on all those with influence to hear the cry of the Syrian people and the call of history: act and act now."\tSTATEMENT "[0,1] REPORTING speaker=UNKNOWN cue=- direct="I once again call on all those with influence to hear the cry of the Syrian people and the call of history: act and act now." time=2013-07-05(pub)|APPEAL call[14,18] I_ACTION speaker="I" cue=call to="all those with influence" indirect="hear the cry of the Syrian people and the call of history: act and act now" time=2013-07-05(pub) reported|OTHER hear[50,54] PERCEPTION AGENT="all those with influence" THEME="the cry of the Syrian people" THEME="the call of history" time=2013-07-05(pub) NECESSARY(call) reported|APPEAL cry[59,62] OCCURRENCE AGENT="the Syrian people" time=2013-07-05(pub) reported|APPEAL call[92,96] OCCURRENCE AGENT="history" time=2013-07-05(pub) reported|OTHER act[109,112] OCCURRENCE AGENT="all those with influence" time=2013-07-05(pub) NECESSARY(call) reported|OTHER act[117,120] OCCURRENCE AGENT="all those with influence" time=2013-07-05(pub) NECESSARY(call) reported
          The council could appoint officials serving under President Morsi and members of the opposition.	ELECT appoint[18,25] OCCURRENCE AGENT="The council" PATIENT="officials" PATIENT="members of the opposition" time=2013-07-05(pub) POSSIBLE(could)
          The Security Council meeting ended without a statement.	MEET meeting[21,28] OCCURRENCE AGENT="Security Council" time=2013-07-05(pub)|CHANGE ended[29,34] ASPECTUAL THEME="The Security Council meeting" time=2013-07-05(pub)
          Delegates left after the EU-backed Contact Group for Libya meeting.	OTHER left[10,14] OCCURRENCE AGENT="Delegates" time=2013-07-05(pub)|MEET meeting[59,66] OCCURRENCE AGENT="the EU-backed Contact Group for Libya"->Contact Group time=2013-07-05(pub)
          They ignored the appeal of the families.	OTHER ignored[5,12] OCCURRENCE AGENT="They" PATIENT="the appeal of the families" time=2013-07-05(pub)|APPEAL appeal[17,23] OCCURRENCE AGENT="the families" time=2013-07-05(pub)
          They heard the cry of the children.	OTHER heard[5,10] PERCEPTION AGENT="They" THEME="the cry of the children" time=2013-07-05(pub)|APPEAL cry[15,18] OCCURRENCE AGENT="the children" time=2013-07-05(pub)
          All we heard was gunfire.	OTHER heard[7,12] PERCEPTION AGENT="we" THEME="gunfire" time=2013-07-05(pub)|OTHER gunfire[17,24] OCCURRENCE time=2013-07-05(pub)
          What they want is peace.	OTHER want[10,14] I_STATE AGENT="they" THEME="peace" time=2013-07-05(pub)
          Police arrested some of the protesters.	COERCE arrested[7,15] OCCURRENCE AGENT="Police" PATIENT="some of the protesters" time=2013-07-05(pub)
          The strike started on Monday.	PROTEST strike[4,10] OCCURRENCE TIME="Monday" time=2013-07-01|CHANGE started[11,18] ASPECTUAL THEME="The strike" TIME="Monday" time=2013-07-01
          Many lives were lost in the flood.	KILL lost[16,20] OCCURRENCE PATIENT="Many lives" time=2013-07-05(pub)
          The attack cost 200 lives.	ATTACK attack[4,10] OCCURRENCE time=2013-07-05(pub)|KILL cost[11,15] OCCURRENCE AGENT="The attack" PATIENT="200 lives" time=2013-07-05(pub)
          The Russian proposal was rejected.	INTEND proposal[12,20] OCCURRENCE AGENT="Russian" time=2013-07-05(pub)|REJECT rejected[25,33] OCCURRENCE PATIENT="The Russian proposal" time=2013-07-05(pub)
          The French-German proposal was welcomed.	INTEND proposal[18,26] OCCURRENCE AGENT="French" AGENT="German" time=2013-07-05(pub)|OTHER welcomed[31,39] OCCURRENCE PATIENT="The French-German proposal" time=2013-07-05(pub)
          The explosion damaged the embassy.	OTHER explosion[4,13] OCCURRENCE time=2013-07-05(pub)|OTHER damaged[14,21] OCCURRENCE AGENT="The explosion" PATIENT="the embassy" time=2013-07-05(pub)
          The company had a loss last year.	OTHER had[12,15] STATE AGENT="The company" THEME="a loss" TIME="last year" time=2012|OTHER loss[18,22] OCCURRENCE TIME="last year" time=2012
          The Court of Appeal rejected the request of the ministry.	STATEMENT rejected[20,28] OCCURRENCE speaker="The Court of Appeal"->Court of Appeal cue=rejected indirect="the request of the ministry" time=2013-07-05(pub)|OTHER request[33,40] OCCURRENCE THEME="the ministry" time=2013-07-05(pub) reported
          The senator denied the allegations.	REJECT denied[12,18] OCCURRENCE speaker="The senator" cue=denied indirect="the allegations" time=2013-07-05(pub)|OTHER allegations[23,34] OCCURRENCE time=2013-07-05(pub) reported
          The opposition criticized the government's plan.	CRITICIZE criticized[15,25] OCCURRENCE speaker="The opposition" cue=criticized indirect="the government's plan" time=2013-07-05(pub)
          The governor sought to distinguish himself as the candidate of the middle class.	STATEMENT sought[13,19] I_ACTION speaker="The governor" cue=sought indirect="to distinguish himself as the candidate of the middle class" time=2013-07-05(pub)|OTHER distinguish[23,34] OCCURRENCE AGENT="The governor" PATIENT="himself" time=2013-07-05(pub) reported
          The campaign is touting its work to register young voters.	OTHER campaign[4,12] OCCURRENCE time=2013-07-05(pub)|STATEMENT touting[16,23] I_ACTION speaker="The campaign" cue=touting indirect="its work to register young voters" time=2013-07-05(pub)|OTHER work[28,32] OCCURRENCE AGENT="its" time=2013-07-05(pub) reported|OTHER register[36,44] OCCURRENCE PATIENT="young voters" AGENT="The campaign" time=2013-07-05(pub) reported
          The governor called his rival a liar during the debate.	STATEMENT called[13,19] I_ACTION speaker="The governor" cue=called indirect="his rival a liar during the debate" time=2013-07-05(pub)|OTHER debate[48,54] OCCURRENCE time=2013-07-05(pub) reported
          The spokesman asserted that the talks had failed.\tSTATEMENT asserted[14,22] REPORTING speaker="The spokesman" cue=asserted indirect="the talks had failed" time=2013-07-05(pub)|MEET talks[32,37] OCCURRENCE time=2013-07-05(pub) reported|OTHER failed[42,48] OCCURRENCE AGENT="the talks" time=2013-07-05(pub) reported
          Weapons include flamethrowers, rocket launchers, grenades and at a couple of points you even get chance to use a mech for a short while.\tOTHER get[93,96] OCCURRENCE AGENT="you" PATIENT="chance" time=2013-07-05(pub)|OTHER use[107,110] OCCURRENCE PATIENT="a mech" AGENT="you" time=2013-07-05(pub)
          His predecessor, Sir Clive Woodward, began his seven-year reign with three defeats and two draws.\tCHANGE began[37,42] ASPECTUAL AGENT="His predecessor"->Clive Woodward PATIENT="his seven-year reign with three defeats" time=2013-07-05(pub)|OTHER reign[58,63] OCCURRENCE AGENT="his" time=2013-07-05(pub)|OTHER draws[91,96] OCCURRENCE time=2013-07-05(pub)
          The club resumed talks with the striker on Monday.\tCHANGE resumed[9,16] ASPECTUAL AGENT="The club" PATIENT="talks with the striker" TIME="Monday" time=2013-07-01|MEET talks[17,22] OCCURRENCE RECIPIENT="the striker" TIME="Monday" time=2013-07-01
          Its shares will begin trading on Friday.\tCHANGE begin[16,21] ASPECTUAL THEME="Its shares" PATIENT="trading" TIME="Friday" time=2013-07-05 FUTURE(will)|OTHER trading[22,29] OCCURRENCE TIME="Friday" time=2013-07-05
          Rebels struck the town late on Friday killing two soldiers.\tATTACK struck[7,13] OCCURRENCE AGENT="Rebels" PATIENT="the town" TIME="Friday" time=2013-07-05|KILL killing[38,45] OCCURRENCE PATIENT="two soldiers" TIME="Friday" time=2013-07-05
          The talks with little success ended on Monday.\tMEET talks[4,9] OCCURRENCE TIME="Monday" time=2013-07-01|CHANGE ended[30,35] ASPECTUAL THEME="The talks with little success" TIME="Monday" time=2013-07-01
          The raid with helicopters killed two militants.\tATTACK raid[4,8] OCCURRENCE INSTRUMENT="helicopters" time=2013-07-05(pub)|KILL killed[26,32] OCCURRENCE AGENT="The raid with helicopters" PATIENT="two militants" time=2013-07-05(pub)
          Talks with Iran resumed on Monday.\tMEET Talks[0,5] OCCURRENCE RECIPIENT="Iran" TIME="Monday" time=2013-07-01|CHANGE resumed[16,23] ASPECTUAL THEME="Talks with Iran" TIME="Monday" time=2013-07-01
          Two soldiers were killed and three were wounded.\tKILL killed[18,24] OCCURRENCE PATIENT="Two soldiers" time=2013-07-05(pub)|OTHER wounded[40,47] OCCURRENCE PATIENT="three" time=2013-07-05(pub)
          The company now owns 8% of the firm.\tOTHER owns[16,20] STATE AGENT="The company"->company THEME="8% of the firm" time=2013-07-05(pub)
          Actress Sandra Bullock has donated $1m (£525,000) to The American Red Cross and actor Leonardo DiCaprio pledged a "sizable" aid contribution to Unicef.\tOTHER donated[27,34] OCCURRENCE AGENT="Actress Sandra Bullock"->Sandra Bullock RECIPIENT="The American Red Cross"->Red Cross PATIENT="actor Leonardo DiCaprio"->Leonardo DiCaprio time=2013-07-05(pub)|INTEND pledged[104,111] I_ACTION speaker="Leonardo DiCaprio" cue=pledged indirect="a "sizable" aid contribution to Unicef" time=2013-07-05(pub)
          Shares in the company fell 5% to 120 pence.\tOTHER fell[22,26] OCCURRENCE AGENT="Shares in the company" time=2013-07-05(pub)
          It would also have torn up ancient legislation banning heirs to the throne marrying Roman Catholics.\tOTHER torn[19,23] OCCURRENCE AGENT="It" PATIENT="ancient legislation" time=2013-07-05(pub) HYPOTHETICAL(would)|COERCE banning[47,54] OCCURRENCE AGENT="ancient legislation" PATIENT="heirs" time=2013-07-05(pub)|OTHER marrying[75,83] OCCURRENCE AGENT="heirs" PATIENT="Roman Catholics" time=2013-07-05(pub)
          The festival will be held in two cities - London and Paris.\tOTHER held[21,25] OCCURRENCE PATIENT="The festival" LOCATION="London" LOCATION="Paris" time=2013-07-05(pub) FUTURE(will)
          The event will be held at two venues - Hylands Park in Essex and Weston Park in Staffordshire.\tOTHER event[4,9] OCCURRENCE time=2013-07-05(pub)|OTHER held[18,22] OCCURRENCE PATIENT="The event" LOCATION="Hylands Park" LOCATION="Essex" LOCATION="Weston Park" LOCATION="Staffordshire" time=2013-07-05(pub) FUTURE(will)
          The rebels captured and burned the town.\tOTHER captured[11,19] OCCURRENCE AGENT="The rebels" PATIENT="the town" time=2013-07-05(pub)|OTHER burned[24,30] OCCURRENCE AGENT="The rebels" PATIENT="the town" time=2013-07-05(pub)
          The minister arrived and met the president.\tOTHER arrived[13,20] OCCURRENCE AGENT="The minister" time=2013-07-05(pub)|MEET met[25,28] OCCURRENCE AGENT="The minister" PATIENT="the president" time=2013-07-05(pub)
          The 1991 laptop was chosen by the museum.\tOTHER chosen[20,26] OCCURRENCE PATIENT="The 1991 laptop" AGENT="the museum" time=2013-07-05(pub)
          The bank will raise its 2004 dividend.\tOTHER raise[14,19] OCCURRENCE AGENT="The bank"->bank PATIENT="its 2004 dividend" time=2013-07-05(pub) FUTURE(will)
          Third-quarter profit jumped 16%.\tOTHER jumped[21,27] OCCURRENCE AGENT="Third-quarter profit" TIME="Third-quarter" time=2013-Q3
          It is hard to rebuild the bridge.\tOTHER rebuild[14,21] OCCURRENCE PATIENT="the bridge" time=2013-07-05(pub)
          The company said it was keen to rebuild the bridge.\tSTATEMENT said[12,16] REPORTING speaker="The company" cue=said indirect="it was keen to rebuild the bridge" time=2013-07-05(pub)|OTHER keen[24,28] I_STATE time=2013-07-05(pub) reported|OTHER rebuild[32,39] OCCURRENCE AGENT="it" PATIENT="the bridge" time=2013-07-05(pub) reported
          It would take years to rebuild the bridge.\tOTHER take[9,13] OCCURRENCE time=2013-07-05(pub) HYPOTHETICAL(would)|OTHER rebuild[23,30] OCCURRENCE PATIENT="the bridge" time=2013-07-05(pub) HYPOTHETICAL(would)
          The man arrested by police was released on Monday.\tCOERCE arrested[8,16] OCCURRENCE PATIENT="The man" AGENT="police" time=2013-07-05(pub)|YIELD released[31,39] OCCURRENCE PATIENT="The man" TIME="Monday" time=2013-07-01
          The company said it would take over the firm to expand.\tSTATEMENT said[12,16] REPORTING speaker="The company" cue=said indirect="it would take over the firm to expand" time=2013-07-05(pub)|OTHER take[26,30] OCCURRENCE AGENT="it" PATIENT="the firm" time=2013-07-05(pub) FUTURE(would) reported|OTHER expand[48,54] OCCURRENCE AGENT="it" time=2013-07-05(pub) reported
          She had her bag searched at the airport.\tOTHER searched[16,24] OCCURRENCE PATIENT="her bag" time=2013-07-05(pub)
          Police found the man stabbed in his flat.\tOTHER found[7,12] OCCURRENCE AGENT="Police" time=2013-07-05(pub)|OTHER stabbed[21,28] OCCURRENCE PATIENT="the man"->man time=2013-07-05(pub)
          The firm said the deal provided for a new fund.\tSTATEMENT said[9,13] REPORTING speaker="The firm" cue=said indirect="the deal provided for a new fund" time=2013-07-05(pub)|AGREE deal[18,22] OCCURRENCE time=2013-07-05(pub) reported|AID provided[23,31] OCCURRENCE AGENT="the deal" time=2013-07-05(pub) reported
          And he argued it was absurd to charge farmers for Agricultural Wages Committees.\tSTATEMENT argued[7,13] OCCURRENCE speaker="he" cue=argued indirect="it was absurd to charge farmers for Agricultural Wages Committees" time=2013-07-05(pub)|OTHER charge[31,37] OCCURRENCE PATIENT="farmers" time=2013-07-05(pub) reported
          Shares fell after the firm revealed it would have to restate its reports.\tOTHER fell[7,11] OCCURRENCE AGENT="Shares" time=2013-07-05(pub)|STATEMENT revealed[27,35] OCCURRENCE speaker="the firm"->firm cue=revealed indirect="it would have to restate its reports" time=2013-07-05(pub)|OTHER restate[53,60] OCCURRENCE PATIENT="its reports" time=2013-07-05(pub) FUTURE(would) reported
          Those who oppose the plan are wrong, he said.\tOTHER oppose[10,16] I_STATE AGENT="Those" THEME="the plan" time=2013-07-05(pub) reported|STATEMENT said[40,44] REPORTING speaker="he" cue=said indirect="Those who oppose the plan are wrong" time=2013-07-05(pub)
          The merger "would be a good move," he added.\tOTHER merger[4,10] OCCURRENCE time=2013-07-05(pub) reported|OTHER move[28,32] OCCURRENCE time=2013-07-05(pub) FUTURE(would) reported|STATEMENT added[38,43] REPORTING speaker="he" cue=added direct="The merger "would be a good move" time=2013-07-05(pub)
          Residents fled after a police raid on the camp.\tFLEE fled[10,14] OCCURRENCE AGENT="Residents" time=2013-07-05(pub)|ATTACK raid[30,34] OCCURRENCE AGENT="police" PATIENT="the camp" time=2013-07-05(pub)
          Clinton is calling for the United States to step up military efforts.\tAPPEAL calling[11,18] I_ACTION speaker="Clinton" cue=calling indirect="the United States to step up military efforts" time=2013-07-05(pub)|OTHER step[44,48] OCCURRENCE AGENT="the United States"->United States PATIENT="military efforts" time=2013-07-05(pub) NECESSARY(calling) reported|OTHER efforts[61,68] OCCURRENCE time=2013-07-05(pub) reported
          The union called on the government to release the men.\tAPPEAL called[10,16] I_ACTION speaker="The union" cue=called indirect="the government to release the men" time=2013-07-05(pub)|YIELD release[38,45] OCCURRENCE AGENT="the government" PATIENT="the men" time=2013-07-05(pub) NECESSARY(called) reported
          The programs can be installed by dial-up users.\tOTHER installed[20,29] OCCURRENCE PATIENT="The programs" AGENT="dial-up users" time=2013-07-05(pub) POSSIBLE(can)
          Nadal holds his nerve and the crowd goes wild.\tOTHER holds[6,11] STATE AGENT="Nadal" PATIENT="his nerve" time=2013-07-05(pub)
          Ministers limited casinos in a move branded a humiliating retreat by the Tories.\tOTHER limited[10,17] OCCURRENCE AGENT="Ministers" PATIENT="casinos" time=2013-07-05(pub)|OTHER move[31,35] OCCURRENCE time=2013-07-05(pub)|OTHER branded[36,43] OCCURRENCE PATIENT="a move" PATIENT="a humiliating retreat" AGENT="the Tories" time=2013-07-05(pub)|OTHER retreat[58,65] OCCURRENCE time=2013-07-05(pub)
          The manager is not planning to add any new names to his squad.\tINTEND planning[19,27] I_STATE AGENT="The manager" time=2013-07-05(pub) NEG|OTHER add[31,34] OCCURRENCE AGENT="The manager" PATIENT="any new names" time=2013-07-05(pub) FUTURE(planning)
          Federer was not about to lose his cool, though, turning on the style to win the deciding set 6-3.\tOTHER lose[25,29] OCCURRENCE AGENT="Federer" PATIENT="his cool" time=2013-07-05(pub) NEG|OTHER turning[48,55] OCCURRENCE time=2013-07-05(pub)|OTHER win[72,75] OCCURRENCE AGENT="the style" time=2013-07-05(pub)|OTHER deciding[80,88] OCCURRENCE PATIENT="set 6-3" time=2013-07-05(pub)
          The floods have claimed 300 lives.\tKILL claimed[16,23] OCCURRENCE AGENT="The floods" PATIENT="300 lives" time=2013-07-05(pub)
          The world economy crisis deepened.\tOTHER crisis[18,24] OCCURRENCE time=2013-07-05(pub)|OTHER deepened[25,33] OCCURRENCE AGENT="The world economy crisis" time=2013-07-05(pub)
          """)
  void extractsTheExpectedRecords(String body, String expected) {
    List<String> lines =
        SharedAnalyzer.sentence(body).events().stream()
            .map(EventLines::line)
            .collect(Collectors.toList());
    assertEquals(List.of(expected.split("\\|")), lines);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '\t',
      quoteCharacter = '`',
      textBlock =
          """
          "I think it's a mistake," he said. "We should wait."\tSTATEMENT said[29,33] REPORTING speaker="he" cue=said direct="I think it's a mistake" time=2013-07-05(pub)|STATEMENT "[35,36] REPORTING speaker="he" cue=- direct="We should wait." time=2013-07-05(pub)
          "I told them it was a mistake," said Ban Ki-moon.\tSTATEMENT told[3,7] REPORTING speaker="I"->Ban Ki-moon cue=told to="them" indirect="it was a mistake" time=2013-07-05(pub) reported|STATEMENT said[32,36] REPORTING speaker="Ban Ki-moon" cue=said direct="I told them it was a mistake" time=2013-07-05(pub)
          The army said it had seized the town.\tSTATEMENT said[9,13] REPORTING speaker="The army" cue=said indirect="it had seized the town" time=2013-07-05(pub)
          He said: "We are ready to talk."\tSTATEMENT said[3,7] REPORTING speaker="He" cue=said direct="We are ready to talk." time=2013-07-05(pub)
          The minister told parliament that the army had withdrawn.\tSTATEMENT told[13,17] REPORTING speaker="The minister" cue=told to="parliament" indirect="the army had withdrawn" time=2013-07-05(pub)
          “We will never accept this,” the president said, adding that talks would continue.\tSTATEMENT said[43,47] REPORTING speaker="the president" cue=said direct="We will never accept this" time=2013-07-05(pub)|STATEMENT adding[49,55] REPORTING speaker="the president" cue=adding indirect="talks would continue" time=2013-07-05(pub)
          "The talks were 'productive', but we need more time," the envoy said.\tSTATEMENT said[64,68] REPORTING speaker="the envoy" cue=said direct="The talks were 'productive', but we need more time" time=2013-07-05(pub)
          Russia's announcement that it would withdraw its troops was welcomed.\tSTATEMENT announcement[9,21] REPORTING speaker="Russia" cue=announcement indirect="it would withdraw its troops" time=2013-07-05(pub)
          The so-called "peace plan" was rejected by the rebels.\tSTATEMENT rejected[31,39] OCCURRENCE speaker="the rebels" cue=rejected indirect="The so-called "peace plan" time=2013-07-05(pub)
          "It will be a tragedy," said the chairman of the committee, Labour MP Barry Sheerman.\tSTATEMENT said[24,28] REPORTING speaker="the chairman of the committee"->Barry Sheerman cue=said direct="It will be a tragedy" time=2013-07-05(pub)
          "Any delay would compromise the plan," said its chairman, Sir Anthony Greener.\tSTATEMENT said[39,43] REPORTING speaker="its chairman"->Anthony Greener cue=said direct="Any delay would compromise the plan" time=2013-07-05(pub)
          Scottish ministers insist they will still have the final say on the casino.\tDEMAND insist[19,25] I_ACTION speaker="Scottish ministers" cue=insist indirect="they will still have the final say on the casino" time=2013-07-05(pub)
          "This quote opens and never closes. The rest of the article goes on.\\n\\nAnother paragraph follows here.\t-
          Bernie Sanders: "We will win the nomination."	STATEMENT :[14,15] REPORTING speaker="Bernie Sanders" cue=: direct="We will win the nomination." time=2013-07-05(pub)
          ``We will not give up,'' Mr. Kerry said.	STATEMENT said[35,39] REPORTING speaker="Mr. Kerry"->Kerry cue=said direct="We will not give up" time=2013-07-05(pub)
          Trump: "The system is rigged."	STATEMENT :[5,6] REPORTING speaker="Trump" cue=: direct="The system is rigged." time=2013-07-05(pub)
          Kerry told reporters in Geneva. "The talks will go on."	STATEMENT told[6,10] REPORTING speaker="Kerry" cue=told to="reporters" direct="The talks will go on" time=2013-07-05(pub)
          The show was called "Meet the Press."\t-
          The media attention had helped to move the focus from Scotland's binge drinking problems, Mr Law said.\tSTATEMENT said[97,101] REPORTING speaker="Mr Law"->Law cue=said indirect="The media attention had helped to move the focus from Scotland's binge drinking problems" time=2013-07-05(pub)
          "It does not get any better than this for the 25th anniversary," said race director David Bedford.\tSTATEMENT said[65,69] REPORTING speaker="race director David Bedford"->David Bedford cue=said direct="It does not get any better than this for the 25th anniversary" time=2013-07-05(pub)
          Leisure group Rank could unveil plans to demerge its film services unit, reports claim.\t-
          "His humour and intelligence are perfect for the voice of The Guide," added Mr Stamp.\tSTATEMENT added[70,75] REPORTING speaker="Mr Stamp" cue=added direct="His humour and intelligence are perfect for the voice of The Guide" time=2013-07-05(pub)
          Peter Nielson, who is UKIP Scotland chairman, said he had suspended Mr Houston on Friday night.\tSTATEMENT said[46,50] REPORTING speaker="Peter Nielson" cue=said indirect="he had suspended Mr Houston on Friday night" time=2013-07-05(pub)
          Despite this Finnish anti-virus lab F-Secure said it had sporadic reports of owners being caught out by it.\tSTATEMENT said[45,49] REPORTING speaker="F-Secure" cue=said indirect="it had sporadic reports of owners being caught out by it" time=2013-07-05(pub)|STATEMENT reports[66,73] REPORTING speaker="it" cue=reports indirect="owners being caught out by it" time=2013-07-05(pub) reported
          "We must act."\tSTATEMENT "[0,1] REPORTING speaker=UNKNOWN cue=- direct="We must act." time=2013-07-05(pub)
          "No Deal," the minister said.\tSTATEMENT said[24,28] REPORTING speaker="the minister" cue=said direct="No Deal" time=2013-07-05(pub)
          He began by saying that the talks had failed.\tSTATEMENT saying[12,18] REPORTING speaker="He" cue=saying indirect="the talks had failed" time=2013-07-05(pub)
          He began the meeting and said that the talks had failed.\tSTATEMENT said[25,29] REPORTING speaker="He" cue=said indirect="the talks had failed" time=2013-07-05(pub)
          The ministry issued a statement saying that the talks had failed.\tSTATEMENT issued[13,19] OCCURRENCE speaker="The ministry" cue=issued indirect="a statement saying that the talks had failed" time=2013-07-05(pub)|STATEMENT saying[32,38] REPORTING speaker="The ministry" cue=saying indirect="the talks had failed" time=2013-07-05(pub) reported
          A statement saying that the talks had failed was released.\tSTATEMENT saying[12,18] REPORTING speaker="A statement" cue=saying indirect="the talks had failed" time=2013-07-05(pub)
          ''We will not give up,'' Mr. Kerry said.	STATEMENT said[35,39] REPORTING speaker="Mr. Kerry"->Kerry cue=said direct="We will not give up" time=2013-07-05(pub)
          The students'' union said the strike would go on.	STATEMENT said[21,25] REPORTING speaker="The students'' union" cue=said indirect="the strike would go on" time=2013-07-05(pub)
          ''It is hard,'' Mr. Kerry said.\\n\\n''We will go on,'' Mr. Lavrov said.	STATEMENT said[26,30] REPORTING speaker="Mr. Kerry"->Kerry cue=said direct="It is hard" time=2013-07-05(pub)|STATEMENT said[63,67] REPORTING speaker="Mr. Lavrov"->Lavrov cue=said direct="We will go on" time=2013-07-05(pub)
          Reporters met Sergei Lavrov, who said that the talks had failed.	STATEMENT said[33,37] REPORTING speaker="who"->Sergei Lavrov cue=said indirect="the talks had failed" time=2013-07-05(pub)
          The minister began by talking about the crisis, saying that the talks had failed.	STATEMENT saying[48,54] REPORTING speaker="The minister" cue=saying indirect="the talks had failed" time=2013-07-05(pub)
          As the minister observed, the talks had failed.	STATEMENT observed[16,24] OCCURRENCE speaker="the minister" cue=observed indirect="the talks had failed" time=2013-07-05(pub)
          It was announced by the ministry that the talks had failed.	STATEMENT announced[7,16] REPORTING speaker="the ministry" cue=announced indirect="the talks had failed" time=2013-07-05(pub)
          Trump has made a call for a ban on imports.	APPEAL call[17,21] OCCURRENCE speaker="Trump" cue=call indirect="a ban on imports" time=2013-07-05(pub)
          The senator met the governor, who endorsed him last week.	STATEMENT endorsed[34,42] OCCURRENCE speaker="who"->the governor cue=endorsed indirect="him" TIME="last week" time=2013-W26
          Officials who visited the camp said conditions were poor.	STATEMENT said[31,35] REPORTING speaker="Officials" cue=said indirect="conditions were poor" time=2013-07-05(pub)
          According to a registration document filed with the regulator, the exchange plans to raise $100m from the sale.	STATEMENT According[0,9] REPORTING speaker="a registration document" cue=According indirect="the exchange plans to raise $100m from the sale" time=2013-07-05(pub)
          Gordon Brown issued a statement about the strike, saying the action would not affect the budget.\tSTATEMENT issued[13,19] OCCURRENCE speaker="Gordon Brown" cue=issued indirect="a statement about the strike, saying the action would not affect the budget" time=2013-07-05(pub)|STATEMENT saying[50,56] REPORTING speaker="Gordon Brown" cue=saying indirect="the action would not affect the budget" time=2013-07-05(pub) reported
          Mr Kennedy used his TV appearance to defend the plans, saying they would apply to just 1% of the population.\tSTATEMENT used[11,15] OCCURRENCE speaker="Mr Kennedy"->Kennedy cue=used indirect="defend the plans, saying they would apply to just 1% of the population" time=2013-07-05(pub)|STATEMENT saying[55,61] REPORTING speaker="Mr Kennedy"->Kennedy cue=saying indirect="they would apply to just 1% of the population" time=2013-07-05(pub) reported
          Reuters quoted a central bank official as saying the bank would cut rates.\tSTATEMENT quoted[8,14] OCCURRENCE speaker="Reuters" cue=quoted indirect="a central bank official as saying the bank would cut rates" time=2013-07-05(pub)|STATEMENT saying[42,48] REPORTING speaker="a central bank official" cue=saying indirect="the bank would cut rates" time=2013-07-05(pub) reported
          The minister was quoted as saying the plan would go ahead.\tSTATEMENT saying[27,33] REPORTING speaker="The minister" cue=saying indirect="the plan would go ahead" time=2013-07-05(pub)
          Using a mobile phone is the next step, said Gerhard Romen, head of market development at Nokia.\tSTATEMENT said[39,43] REPORTING speaker="Gerhard Romen" cue=said indirect="Using a mobile phone is the next step" time=2013-07-05(pub)
          "Britain has the right attitude," said Connors.\tSTATEMENT said[34,38] REPORTING speaker="Connors" cue=said direct="Britain has the right attitude" time=2013-07-05(pub)
          "Which premises do you blame for a fight in the square?" he asked on BBC Radio 4.\tAPPEAL asked[60,65] I_ACTION speaker="he" cue=asked direct="Which premises do you blame for a fight in the square?" time=2013-07-05(pub)
          "I think Wall Street has gotten a bit ahead of eBay this quarter." said Janco Partners analyst Martin Pyykkonen.\tSTATEMENT said[67,71] REPORTING speaker="Janco Partners analyst Martin Pyykkonen"->Martin Pyykkonen cue=said direct="I think Wall Street has gotten a bit ahead of eBay this quarter." time=2013-07-05(pub)
          "It is a great honour for me," said Tait, who has burst into contention recently.\tSTATEMENT said[31,35] REPORTING speaker="Tait" cue=said direct="It is a great honour for me" time=2013-07-05(pub)
          "You will see me in Madrid and there is a lot more to come," said the 22-year-old.\tSTATEMENT said[61,65] REPORTING speaker="the 22-year-old" cue=said direct="You will see me in Madrid and there is a lot more to come" time=2013-07-05(pub)
          Commenting on the decision, a party spokesman said: "This should end the matter."\tSTATEMENT said[46,50] REPORTING speaker="a party spokesman" cue=said direct="This should end the matter." time=2013-07-05(pub)
          For months, the president has been on the sidelines of the Smith-Jones showdown, arguing he didn’t want to tip the scales.\tSTATEMENT arguing[81,88] OCCURRENCE speaker="the president"->president cue=arguing indirect="he didn’t want to tip the scales" time=2013-07-05(pub)|STATEMENT want[99,103] I_STATE speaker="he"->president cue=want indirect="tip the scales" time=2013-07-05(pub) reported
          Ms Jones said the plan had failed, adding that talks would continue.\tSTATEMENT said[9,13] REPORTING speaker="Ms Jones"->Jones cue=said indirect="the plan had failed, adding that talks would continue" time=2013-07-05(pub)|STATEMENT adding[35,41] REPORTING speaker="Ms Jones"->Jones cue=adding indirect="talks would continue" time=2013-07-05(pub) reported
          The results were no surprise, as Sen. Tom Harkin (D-Iowa) has criticized the bank for its ties to Wall Street.\tCRITICIZE criticized[62,72] OCCURRENCE speaker="Sen. Tom Harkin"->Tom Harkin cue=criticized indirect="the bank for its ties to Wall Street" time=2013-07-05(pub)
          The bill was backed by several technology firms, saying they needed the protections it offered.\tSTATEMENT saying[49,55] REPORTING speaker="several technology firms" cue=saying indirect="they needed the protections it offered" time=2013-07-05(pub)
          Jane Smith, who is running for the seat, tweeted on Friday that she would not stand down.\tSTATEMENT tweeted[41,48] OCCURRENCE speaker="Jane Smith" cue=tweeted indirect="she would not stand down" TIME="Friday" time=2013-07-05
          The actress confirmed she had been and said, “Britain has a very severe problem with discrimination that we try to overlook.”\tSTATEMENT confirmed[12,21] REPORTING speaker="The actress"->actress cue=confirmed indirect="she had been and said, “Britain has a very severe problem with discrimination that we try to overlook" time=2013-07-05(pub)|STATEMENT said[39,43] REPORTING speaker="The actress"->actress cue=said direct="Britain has a very severe problem with discrimination that we try to overlook." time=2013-07-05(pub) reported
          According to figures gathered by the industry watchdog, Ofcom, the growth means that the country has passed Germany in broadband users.\tSTATEMENT According[0,9] REPORTING speaker="figures" cue=According indirect="the growth means that the country has passed Germany in broadband users" time=2013-07-05(pub)
          Deaths in police cells have reached "alarming" levels, a committee of MPs and peers has warned.\tTHREATEN warned[88,94] I_ACTION speaker="a committee of MPs and peers" cue=warned indirect="Deaths in police cells have reached "alarming" levels" time=2013-07-05(pub)
          Analysts, however, say prices will fall further if stocks continue to rise.\tSTATEMENT say[19,22] REPORTING speaker="Analysts" cue=say indirect="prices will fall further if stocks continue to rise" time=2013-07-05(pub)
          He is out on bail and the judge agreed to extend his curfew by two hours so he could play the gig.\tAGREE agreed[32,38] I_ACTION speaker="the judge" cue=agreed indirect="extend his curfew by two hours so he could play the gig" time=2013-07-05(pub)
          The firm named in the complaint denied any wrongdoing.\tREJECT denied[32,38] OCCURRENCE speaker="The firm" cue=denied indirect="any wrongdoing" time=2013-07-05(pub)
          The goods mentioned in the advert are cheap.\t-
          Asked if there was a timetable, Mr Pound said: "That is not an issue at all."\tAPPEAL Asked[0,5] I_ACTION speaker=UNKNOWN cue=Asked indirect="if there was a timetable, Mr Pound said: "That is not an issue at all" time=2013-07-05(pub)|STATEMENT said[41,45] REPORTING speaker="Mr Pound" cue=said direct="That is not an issue at all." time=2013-07-05(pub) reported
          He expects the ban to be lifted over the next six months.\tSTATEMENT expects[3,10] I_STATE speaker="He" cue=expects indirect="the ban to be lifted over the next six months" time=2013-07-05(pub)
          "Pupils used the figures to design their own cars," said Ben Walker, a teacher at Brookfield charged with trying the game.\tSTATEMENT said[52,56] REPORTING speaker="Ben Walker" cue=said direct="Pupils used the figures to design their own cars" time=2013-07-05(pub)
          For instance, said Mr Hogan, blocking messages that carry a web link can stop most junk mail.\tSTATEMENT said[14,18] REPORTING speaker="Mr Hogan"->Hogan cue=said indirect="blocking messages that carry a web link can stop most junk mail" time=2013-07-05(pub)
          Anna Read wrote the report. "It's a natural place for it," Read said.\tSTATEMENT wrote[10,15] OCCURRENCE speaker="Anna Read" cue=wrote indirect="the report" time=2013-07-05(pub)|STATEMENT said[64,68] REPORTING speaker="Read" cue=said direct="It's a natural place for it" time=2013-07-05(pub)
          The staff were not told, she said.\tSTATEMENT said[29,33] REPORTING speaker="she" cue=said indirect="The staff were not told" time=2013-07-05(pub)
          The proposal was rejected by 64 percent of voters.\tSTATEMENT rejected[17,25] OCCURRENCE speaker="64 percent of voters" cue=rejected indirect="The proposal" time=2013-07-05(pub)
          The new figure, announced by the Commerce Department on Friday, topped forecasts.\tSTATEMENT announced[16,25] REPORTING speaker="the Commerce Department"->Commerce Department cue=announced indirect="The new figure" TIME="Friday" time=2013-07-05
          The plan was announced by the ministry on Monday.\tSTATEMENT announced[13,22] REPORTING speaker="the ministry" cue=announced indirect="The plan" TIME="Monday" time=2013-07-01
          Jones was called into the squad on Sunday night.\t-
          The firm reported lower prices in the three months to November.\tSTATEMENT reported[9,17] REPORTING speaker="The firm" cue=reported indirect="lower prices in the three months" TIME="November" time=2012-11
          By the middle of 2005, it is estimated that 100 firms will have closed.\tSTATEMENT estimated[29,38] I_ACTION speaker=UNKNOWN cue=estimated indirect="100 firms will have closed" TIME="the middle of 2005" time=2005
          He warned the BBC that attacking Mr Campbell had brought it trouble before.\tTHREATEN warned[3,9] I_ACTION speaker="He" cue=warned to="the BBC"->BBC indirect="that attacking Mr Campbell had brought it trouble before" time=2013-07-05(pub)
          He accused ministers of wasting money.\tCRITICIZE accused[3,10] I_ACTION speaker="He" cue=accused to="ministers" indirect="ministers of wasting money" time=2013-07-05(pub)
          The protesters demanded the release of prisoners and an end to the siege.\tDEMAND demanded[15,23] OCCURRENCE speaker="The protesters" cue=demanded indirect="the release of prisoners and an end to the siege" time=2013-07-05(pub)
          Imports declined by 1.8% last year.\t-
          """)
  void extractsTheExpectedStatements(String body, String expected) {
    List<String> lines =
        SharedAnalyzer.sentence(body.replace("\\n", "\n")).events().stream()
            .filter(e -> e.getStatement() != null)
            .map(EventLines::line)
            .collect(Collectors.toList());
    assertEquals(expected.equals("-") ? List.of() : List.of(expected.split("\\|")), lines);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '\t',
      textBlock =
          """
          Fighting has continued since March 2011.\tcontinued\t2011-03\tMONTH\tON_OR_AFTER\tPAST
          The talks will end by Friday.\tend\t2013-07-05\tDAY\tON_OR_BEFORE\tFUTURE
          The rebels attacked the town on Saturday.\tattacked\t2013-06-29\tDAY\t\tPAST
          The strike started on Monday.\tstrike\t2013-07-01\tDAY\tON_OR_AFTER\t
          The strike ended on Monday.\tstrike\t2013-07-01\tDAY\tON_OR_BEFORE\t
          Thousands have died since the uprising began in March 2011.\tuprising\t2011-03\tMONTH\tON_OR_AFTER\t
          The rebels attacked the town.\tattacked\t2013-07-05\tDAY\tON_OR_BEFORE\tPAST
          The ministers will meet in Paris.\tmeet\t2013-07-05\tDAY\tON_OR_AFTER\tFUTURE
          Troops stormed the town and arrested dozens on Monday.\tstormed\t2013-07-01\tDAY\t\tPAST
          The attack came on Monday.\tattack\t2013-07-01\tDAY\t\t
          The Monday attack that killed five people was condemned.\tkilled\t2013-07-01\tDAY\t\tPAST
          """)
  void timeRangesGranularityAndTense(
      String body, String trigger, String value, String granularity, String mod, String tense) {
    Event event =
        SharedAnalyzer.sentence(body).events().stream()
            .filter(e -> e.getTrigger().getText().equals(trigger))
            .findFirst()
            .orElseThrow();
    assertEquals(value, event.getTime().getValue());
    assertEquals(granularity, event.getTime().getGranularity());
    assertEquals(mod, event.getTime().getMod());
    assertEquals(tense, event.getTense());
  }

  /**
   * An article with no date (as every article of the BBC collection): a day or month the sentence
   * gives keeps its unknown year (TIMEX3 XXXX) rather than leaving the event with no time; with no
   * expression there is no time at all (no publication date to fall back on).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '\t',
      nullValues = "null",
      textBlock =
          """
          The rebels attacked the town on Saturday.\tattacked\tXXXX-WXX-6\tDAY\tSaturday
          Profits rose by 5% in December.\trose\tXXXX-12\tMONTH\tDecember
          The talks will end by 2 February.\tend\tXXXX-02-02\tDAY\t2 February
          Sales fell in the fourth quarter.\tfell\tXXXX-Q4\tQUARTER\tthe fourth quarter
          Fighting has continued since March 2011.\tcontinued\t2011-03\tMONTH\tMarch 2011
          The rebels attacked the town.\tattacked\tnull\tnull\tnull
          """)
  void anUndatedArticleKeepsTheDayOfAnUnknownYear(
      String body, String trigger, String value, String granularity, String text) {
    Event event =
        SharedAnalyzer.undated(body).events().stream()
            .filter(e -> e.getTrigger().getText().equals(trigger))
            .findFirst()
            .orElseThrow();
    assertEquals(
        value == null ? null : List.of(value, String.valueOf(granularity), text, "SENTENCE"),
        event.getTime() == null
            ? null
            : List.of(
                event.getTime().getValue(),
                String.valueOf(event.getTime().getGranularity()),
                String.valueOf(event.getTime().getText()),
                event.getTime().getSource().name()));
  }

  @Test
  void aPredicateTheParserCopiesForAnElidedClauseIsOneEventWithOneId() {
    // From BBC entertainment/010: the enhanced graph copied the first "raise", which gave three
    // records with one event_id.
    List<Event> events =
        SharedAnalyzer.sentence(
                "The four Ugandan NGOs organising the play intended to raise money to campaign to"
                    + " stop violence against women and to raise funds for the war-torn north of"
                    + " the country.")
            .events();
    List<String> raises =
        events.stream()
            .filter(e -> e.getTrigger().getText().equals("raise"))
            .map(e -> e.getTrigger().getBegin() + " " + e.getType())
            .toList();
    assertEquals(2, raises.size(), raises.toString());
    assertEquals(2, new java.util.HashSet<>(raises).size(), raises.toString());
    assertEquals(
        events.size(), events.stream().map(Event::getEventId).distinct().count(), "ids unique");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          "|"
          ''|''
          ``|''
          """)
  void aQuoteRunningOverTwoParagraphsIsOneStatement(String open, String close) {
    // News style: the first paragraph is left open, the second opens with a mark again.
    List<Event> statements =
        SharedAnalyzer.sentence(
                open
                    + "The first paragraph of a long quote ends here.\n\n"
                    + open
                    + "The second paragraph continues it,"
                    + close
                    + " the spokesman said.")
            .events()
            .stream()
            .filter(e -> e.getStatement() != null)
            .collect(Collectors.toList());
    assertEquals(1, statements.size(), statements.toString());
    assertEquals("the spokesman", statements.get(0).getStatement().getSpeaker().getText());
    assertEquals(
        "The first paragraph of a long quote ends here.\n\n"
            + open
            + "The second paragraph continues it",
        statements.get(0).getStatement().getContent().getText());
    assertEquals(true, statements.get(0).getStatement().getDirect());
  }

  @Test
  void furtherPiecesOfAQuotationNameTheStatementWithTheCue() {
    // Two further pieces, one in the next paragraph: each stays a statement and names the first.
    List<Event> statements =
        SharedAnalyzer.sentence(
                "\"We will go on,\" the minister said. \"We will not stop.\"\n\n"
                    + "\"And we will win.\"")
            .events()
            .stream()
            .filter(e -> e.getStatement() != null)
            .toList();
    List<String> ids = statements.stream().map(Event::getEventId).toList();
    assertEquals(
        List.of(
            "said the minister continues -",
            "\" the minister continues 0",
            "\" the minister continues 0"),
        statements.stream()
            .map(
                e ->
                    e.getTrigger().getText()
                        + " "
                        + e.getStatement().getSpeaker().getText()
                        + " continues "
                        + (e.getStatement().getContinues() == null
                            ? "-"
                            : ids.indexOf(e.getStatement().getContinues())))
            .toList());
  }
}
