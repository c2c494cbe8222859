package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsevents.tools.eval.TimeMlScorer.Mention;

/** The class confusions of the TimeML report, on one hand-made document. */
class TimeMlTallyTest {

  @Test
  void listsWrongClassesByPairAndLemma() {
    String text = "They refused to talk and called for calm.";
    TimeMlDocument doc =
        new TimeMlDocument(
            "d1",
            "2000-01-07",
            text,
            List.of(
                new TimeMlDocument.Event("e1", 5, 12, "refused", "OCCURRENCE"),
                new TimeMlDocument.Event("e2", 16, 20, "talk", "REPORTING"),
                new TimeMlDocument.Event("e3", 25, 31, "called", "I_ACTION")),
            List.of());
    List<Mention> ours =
        List.of(
            Mention.of(5, 12, "refused", "class", "I_ACTION"),
            Mention.of(16, 20, "talk", "class", "OCCURRENCE"),
            Mention.of(25, 31, "called", "class", "I_ACTION"));
    TimeMlTally tally = new TimeMlTally();
    tally.add(
        new EvalTimeMl.Scored(
            doc, ours, List.of(), 0, Map.of(5, "refuse", 16, "talk", 25, "call")));

    String report = tally.table();
    assertTrue(report.contains("1  OCCURRENCE vs I_ACTION                   e.g. refuse"), report);
    assertTrue(report.contains("1  REPORTING vs OCCURRENCE  talk"), report);
    assertEquals(1, tally.events().attribute("class").systemCorrect());
  }
}
