package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.tools.eval.TimeMlScorer.Mention;
import org.newsevents.tools.eval.TimeMlScorer.Result;

/** The TempEval-3 measures of the scorer on small synthetic documents. */
class TimeMlScorerTest {

  private static final double EPS = 1e-9;

  private static Mention event(int begin, int end, String timemlClass) {
    return Mention.of(begin, end, "w", "class", timemlClass);
  }

  private static void assertCounts(
      Prf counts, long system, long gold, long systemCorrect, long goldCorrect) {
    assertEquals(new Prf(system, gold, systemCorrect, goldCorrect), counts);
  }

  @Test
  void exactAndOverlappingAndSpuriousAndMissedEvents() {
    // Gold: [0,4) OCCURRENCE, [10,15) REPORTING, [20,25) STATE, [30,35) I_ACTION.
    List<Mention> gold =
        List.of(
            event(0, 4, "OCCURRENCE"),
            event(10, 15, "REPORTING"),
            event(20, 25, "STATE"),
            event(30, 35, "I_ACTION"));
    // System: exact [0,4) right class, exact [10,15) wrong class, [22,28) overlaps [20,25) with the
    // right class, [40,45) spurious; [30,35) missed.
    List<Mention> system =
        List.of(
            event(0, 4, "OCCURRENCE"),
            event(10, 15, "OCCURRENCE"),
            event(22, 28, "STATE"),
            event(40, 45, "OCCURRENCE"));

    Result result = TimeMlScorer.score(gold, system, List.of("class"));

    assertCounts(result.strict(), 4, 4, 2, 2);
    assertCounts(result.relaxed(), 4, 4, 3, 3);
    assertCounts(result.attribute("class"), 4, 4, 2, 2);
    assertEquals(0.5, result.strict().f1(), EPS);
    assertEquals(0.75, result.relaxed().precision(), EPS);
    assertEquals(0.75, result.relaxed().recall(), EPS);
    assertEquals(0.75, result.relaxed().f1(), EPS);
    assertEquals(0.5, result.attribute("class").f1(), EPS);
  }

  @Test
  void unequalPrecisionAndRecall() {
    // Two gold events, one found exactly; five system events.
    List<Mention> gold = List.of(event(0, 3, "STATE"), event(5, 9, "STATE"));
    List<Mention> system =
        List.of(
            event(0, 3, "STATE"),
            event(11, 12, "STATE"),
            event(13, 14, "STATE"),
            event(15, 16, "STATE"),
            event(17, 18, "STATE"));

    Prf strict = TimeMlScorer.score(gold, system, List.of()).strict();

    assertEquals(0.2, strict.precision(), EPS);
    assertEquals(0.5, strict.recall(), EPS);
    assertEquals(2 * 0.2 * 0.5 / 0.7, strict.f1(), EPS); // 0.285714...
  }

  @Test
  void oneLongSystemSpanOverTwoGoldSpansCountsOnEachSide() {
    // Gold "10 p.m." [0,7) and "Wednesday" [8,17); ours "10 p.m. Wednesday" [0,17).
    List<Mention> gold =
        List.of(
            Mention.of(0, 7, "10 p.m.", "type", "TIME", "value", "1998-02-11T22:00"),
            Mention.of(8, 17, "Wednesday", "type", "DATE", "value", "1998-02-11"));
    List<Mention> system =
        List.of(
            Mention.of(0, 17, "10 p.m. Wednesday", "type", "TIME", "value", "1998-02-11T22:00"));

    Result result = TimeMlScorer.score(gold, system, List.of("type", "value"));

    assertCounts(result.strict(), 1, 2, 0, 0);
    assertCounts(result.relaxed(), 1, 2, 1, 2);
    // Our counterpart is "Wednesday" (9 characters of overlap against 7): type and value differ.
    // Gold "10 p.m." has our span as counterpart and agrees; gold "Wednesday" does not.
    assertCounts(result.attribute("type"), 1, 2, 0, 1);
    assertCounts(result.attribute("value"), 1, 2, 0, 1);
    assertEquals(0.0, result.attribute("value").f1(), EPS);
    assertEquals(2 * 1.0 * 1.0 / 2.0, result.relaxed().f1(), EPS);
  }

  @Test
  void identicalSystemSpansCountOnceAndTheFirstClassIsKept() {
    List<Mention> gold = List.of(event(0, 4, "REPORTING"));
    List<Mention> system =
        List.of(event(0, 4, "REPORTING"), event(0, 4, "OCCURRENCE"), event(0, 4, "OCCURRENCE"));

    Result result = TimeMlScorer.score(gold, system, List.of("class"));

    assertCounts(result.strict(), 1, 1, 1, 1);
    assertCounts(result.attribute("class"), 1, 1, 1, 1);
    assertEquals(1.0, result.attribute("class").f1(), EPS);
  }

  @Test
  void nullValueNeverMatches() {
    List<Mention> gold = List.of(Mention.of(0, 5, "today", "value", null));
    List<Mention> system = List.of(Mention.of(0, 5, "today", "value", null));

    Result result = TimeMlScorer.score(gold, system, List.of("value"));

    assertCounts(result.relaxed(), 1, 1, 1, 1);
    assertCounts(result.attribute("value"), 1, 1, 0, 0);
  }

  @Test
  void emptySidesScoreZeroAndDocumentsAddUp() {
    Result none = TimeMlScorer.score(List.of(), List.of(), List.of("class"));
    Result missed = TimeMlScorer.score(List.of(event(0, 1, "STATE")), List.of(), List.of("class"));
    Result found =
        TimeMlScorer.score(
            List.of(event(0, 1, "STATE")), List.of(event(0, 1, "STATE")), List.of("class"));

    Result total = none.plus(missed).plus(found);

    assertEquals(0.0, none.strict().f1(), EPS);
    assertEquals(0.0, missed.strict().precision(), EPS);
    assertCounts(total.strict(), 1, 2, 1, 1);
    assertEquals(1.0, total.strict().precision(), EPS);
    assertEquals(0.5, total.strict().recall(), EPS);
    assertEquals(2.0 / 3.0, total.attribute("class").f1(), EPS);
  }
}
