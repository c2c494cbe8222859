package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsevents.tools.eval.TimeMlScorer.Mention;

/** The gold event dates read from the TLINKs of a small invented TimeML document, and scored. */
class TimeMlEventDatesTest {

  // e1 "met": the timex INCLUDES it (written from the time's side) -> 2001-02-02.
  // e2 "said": IS_INCLUDED in the DCT (written from the event's side) -> 2001-02-03.
  // e3 "fought": only BEFORE the DCT -> no date, relation BEFORE.
  // e4 "war": AFTER "yesterday" only (no DCT relation, no dating link) -> nothing.
  // e5 "talks": DURING a duration (no calendar value) and the DCT INCLUDES it -> the DCT only.
  private static final String TML =
      """
      <?xml version="1.0" ?>
      <TimeML>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2001-02-03" functionInDocument="CREATION_TIME">\
      20010203</TIMEX3></DCT>
      <TEXT>
      The cats <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" \
      value="2001-02-02">yesterday</TIMEX3>, he <EVENT eid="e2" class="REPORTING">said</EVENT>. \
      They <EVENT eid="e3" class="OCCURRENCE">fought</EVENT> a <EVENT eid="e4" \
      class="OCCURRENCE">war</EVENT> and held <EVENT eid="e5" class="OCCURRENCE">talks</EVENT> \
      for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.
      </TEXT>
      <MAKEINSTANCE eventID="e1" eiid="ei1"/>
      <MAKEINSTANCE eventID="e2" eiid="ei2"/>
      <MAKEINSTANCE eventID="e3" eiid="ei3"/>
      <MAKEINSTANCE eventID="e4" eiid="ei4"/>
      <MAKEINSTANCE eventID="e5" eiid="ei5"/>
      <TLINK lid="l1" relType="INCLUDES" timeID="t1" relatedToEventInstance="ei1"/>
      <TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t0"/>
      <TLINK lid="l3" relType="BEFORE" eventInstanceID="ei3" relatedToTime="t0"/>
      <TLINK lid="l4" relType="AFTER" eventInstanceID="ei4" relatedToTime="t1"/>
      <TLINK lid="l5" relType="DURING" eventInstanceID="ei5" relatedToTime="t2"/>
      <TLINK lid="l6" relType="INCLUDES" timeID="t0" relatedToEventInstance="ei5"/>
      <TLINK lid="l7" relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei2"/>
      </TimeML>
      """;

  private static TimeMlDocument doc() throws IOException {
    return TimeMlDocument.parse(
        new ByteArrayInputStream(TML.getBytes(StandardCharsets.UTF_8)), "test");
  }

  @Test
  void linksAreReadFromTheEventsSideWithTheDct() throws IOException {
    TimeMlDocument doc = doc();

    assertEquals("t0", doc.dctTimex().tid());
    assertEquals(
        List.of(
            new TimeMlDocument.TimeLink("e1", "IS_INCLUDED", "t1"),
            new TimeMlDocument.TimeLink("e2", "IS_INCLUDED", "t0"),
            new TimeMlDocument.TimeLink("e3", "BEFORE", "t0"),
            new TimeMlDocument.TimeLink("e4", "AFTER", "t1"),
            new TimeMlDocument.TimeLink("e5", "DURING", "t2"),
            new TimeMlDocument.TimeLink("e5", "IS_INCLUDED", "t0")),
        doc.timeLinks());
  }

  @Test
  void goldDatesFollowTheDatingLinksAndTheDctRelation() throws IOException {
    Map<String, TimeMlEventDates.Gold> gold = TimeMlEventDates.gold(doc());

    assertEquals(
        Map.of(
            "e1", new TimeMlEventDates.Gold(Set.of("2001-02-02"), null),
            "e2", new TimeMlEventDates.Gold(Set.of("2001-02-03"), null),
            "e3", new TimeMlEventDates.Gold(Set.of(), "BEFORE"),
            "e5", new TimeMlEventDates.Gold(Set.of("2001-02-03"), null)),
        gold);
  }

  @Test
  void outcomesAndPrecisionRecall() throws IOException {
    TimeMlDocument doc = doc();
    // Ours: "met" dated by the sentence (right), "said" the publication fallback (right),
    // "fought" the fallback read as before it by its tense (gold: only before the DCT), "talks"
    // missed.
    List<Mention> ours =
        List.of(
            Mention.of(10, 13, "met", "date", "2001-02-02", "source", "SENTENCE"),
            Mention.of(28, 32, "said", "date", "2001-02-03", "source", "PUBLICATION_DATE"),
            Mention.of(
                39,
                45,
                "fought",
                "date",
                "2001-02-03",
                "source",
                "PUBLICATION_DATE",
                "mod",
                "ON_OR_BEFORE"));
    assertEquals("met", doc.text().substring(10, 13));
    assertEquals("said", doc.text().substring(28, 32));
    assertEquals("fought", doc.text().substring(39, 45));
    TimeMlEventDates dates = new TimeMlEventDates();

    dates.add(new EvalTimeMl.Scored(doc, ours, List.of(), 0, Map.of()));

    assertEquals(1L, dates.outcomes().get("dated: ours from the sentence, equal"));
    assertEquals(1L, dates.outcomes().get("dated: ours the publication date, equal"));
    assertEquals(
        1L,
        dates
            .outcomes()
            .get("before/after DCT only: ours a range from the publication date, consistent"));
    assertEquals(0L, dates.outcomes().get("before/after DCT only: ours the publication date"));
    // Three gold dates (e1, e2, e5); from the sentence 1 of 1 predicted; with the fallback (its
    // value) 2 of 3.
    assertEquals(Prf.of(1, 1, 3), dates.sentence());
    assertEquals(Prf.of(2, 3, 3), dates.any());
    assertEquals(List.of(), dates.errors());

    // The CV's threshold table: each row's fold F1s, their mean, and the pooled P and R (here one
    // fold, scored as the rules alone; the thresholds it did not score print zeros).
    TimeMlEventFolds.Fold fold =
        new TimeMlEventFolds.Fold(
            null,
            null,
            0,
            List.of(),
            new long[0],
            null,
            null,
            Map.of(TimeMlEventFolds.RULES_ALONE, dates));
    String table = TimeMlEventFolds.thresholdTable(List.of(fold));
    assertTrue(
        table.contains("  rules date sentence F1  0.500    0.500   pooled P 1.000 R 0.333"), table);
    assertTrue(
        table.contains("  rules date any      F1  0.667    0.667   pooled P 0.667 R 0.667"), table);
    assertTrue(
        table.contains("   0.50 date sentence F1  0.000    0.000   pooled P 0.000 R 0.000"), table);
  }

  @Test
  void aRangeFromThePublicationDayIsComparedWithTheGoldOnTheirCommonPrefix() {
    TimeMlEventDates.Gold august = new TimeMlEventDates.Gold(Set.of("1998-08"), null);
    TimeMlEventDates.Gold theDay = new TimeMlEventDates.Gold(Set.of("1998-09-02"), null);
    TimeMlEventDates.Gold after = new TimeMlEventDates.Gold(Set.of(), "AFTER");

    assertEquals(true, TimeMlEventDates.consistent(august, "1998-09-02", "BEFORE"));
    assertEquals(true, TimeMlEventDates.consistent(theDay, "1998-09-02", "ON_OR_BEFORE"));
    assertEquals(false, TimeMlEventDates.consistent(theDay, "1998-09-02", "BEFORE"));
    assertEquals(false, TimeMlEventDates.consistent(after, "1998-09-02", "ON_OR_BEFORE"));
    assertEquals(true, TimeMlEventDates.consistent(after, "1998-09-02", "ON_OR_AFTER"));
  }
}
