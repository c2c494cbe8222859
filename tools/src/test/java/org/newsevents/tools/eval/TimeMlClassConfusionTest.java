package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsevents.tools.eval.TimeMlScorer.Mention;

/** The class confusion of the event cross-validation, on one hand-made document. */
class TimeMlClassConfusionTest {

  @Test
  void countsEachMatchedGoldEventByOurClassAndPricesTheCells() {
    String text = "They met, were at war, tried to talk, said so and hoped to win.";
    TimeMlDocument doc =
        new TimeMlDocument(
            "d1",
            "2000-01-07",
            text,
            List.of(
                new TimeMlDocument.Event("e1", 5, 8, "met", "OCCURRENCE"),
                new TimeMlDocument.Event("e2", 18, 21, "war", "STATE"),
                new TimeMlDocument.Event("e3", 23, 28, "tried", "I_ACTION"),
                new TimeMlDocument.Event("e4", 38, 42, "said", "REPORTING"),
                new TimeMlDocument.Event("e5", 50, 55, "hoped", "I_STATE")),
            List.of());
    // "war" is found as a wider span (relaxed match); "said" is missed; "talk" is spurious.
    List<Mention> ours =
        List.of(
            Mention.of(5, 8, "met", "class", "OCCURRENCE"),
            Mention.of(15, 21, "at war", "class", "OCCURRENCE"),
            Mention.of(23, 28, "tried", "class", "I_ACTION"),
            Mention.of(32, 36, "talk", "class", "OCCURRENCE"),
            Mention.of(50, 55, "hoped", "class", "I_ACTION"));
    TimeMlClassConfusion confusion = new TimeMlClassConfusion();
    confusion.add(new EvalTimeMl.Scored(doc, ours, List.of(), 0, Map.of()));

    assertEquals(
        Map.of(
            "OCCURRENCE", Map.of("OCCURRENCE", 1),
            "STATE", Map.of("OCCURRENCE", 1),
            "I_ACTION", Map.of("I_ACTION", 1),
            "I_STATE", Map.of("I_ACTION", 1)),
        confusion.counts());
    String table = confusion.table();
    // 5 gold and 5 of ours: one more right event adds 2 / 10 to class F1.
    assertTrue(
        table.contains(
            "right class 2 of 4 matched (0.500); one more right event is worth 0.200000 class F1"),
        table);
    // The STATE row: one read as OCCURRENCE, one matched of one gold, recall 0.
    assertTrue(
        table.contains(
            "STATE            1      0      0      0      0      0      0       1      1  0.000"),
        table);
    assertTrue(
        table.contains(
            "largest cells (gold -> ours: events, class F1 they cost): I_STATE->I_ACTION 1"
                + " (0.2000); STATE->OCCURRENCE 1 (0.2000)\n"),
        table);
  }
}
