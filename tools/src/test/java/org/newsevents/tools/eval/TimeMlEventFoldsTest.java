package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.knowledge.TrainedTriggers;
import org.newsevents.tools.eval.TimeMlScorer.Result;

/** The event cross-validation's table and the trigger counts each fold trains. */
class TimeMlEventFoldsTest {

  @Test
  void theTableGivesEachFoldItsOwnScoresAndTheirMeanAndSpread() {
    // Fold 1: 8 of 10 system events right, 8 of 16 gold found (P 0.8, R 0.5), 4 classes right.
    // Fold 2: 10 of 10 and 10 of 10 (P = R = 1), 6 classes right. Without the trigger model both
    // folds score as fold 2.
    Result first =
        new Result(
            new Prf(10, 16, 8, 8), new Prf(10, 16, 8, 8), Map.of("class", new Prf(10, 16, 4, 4)));
    Result second =
        new Result(
            new Prf(10, 10, 10, 10),
            new Prf(10, 10, 10, 10),
            Map.of("class", new Prf(10, 10, 6, 6)));
    List<TimeMlEventFolds.Fold> folds =
        List.of(
            new TimeMlEventFolds.Fold(first, second, 0.5, List.of()),
            new TimeMlEventFolds.Fold(second, second, 2.0, List.of()));
    String table = TimeMlEventFolds.table(folds, 4);
    // Strict F1 of fold 1: 2 * 0.8 * 0.5 / 1.3 = 0.615; mean with 1.0: 0.808; sd 0.272. Pooled:
    // P 18/20, R 18/26, F1 0.783.
    assertTrue(table.contains("event strict F1     0.615  1.000   0.808  0.272   0.783"), table);
    assertTrue(table.contains("event class F1      0.308  0.600   0.454  0.207   0.435"), table);
    assertTrue(
        table.contains("class model prior chosen in each fold's training documents: 0.5 2.0"),
        table);
    String withoutModel = table.substring(table.indexOf("(no trigger model)"));
    assertTrue(
        withoutModel.contains("event strict F1     1.000  1.000   1.000  0.000   1.000"), table);
  }

  @Test
  void triggerRowsSeenFewerThanThreeTimesAreLeftOutAndTheClassIsTheMostFrequent() {
    Map<String, TimeMlEventModels.Counts> table = new TreeMap<>();
    TimeMlEventModels.Counts attack = new TimeMlEventModels.Counts();
    attack.occurrences = 4;
    attack.events = 3;
    attack.classes.put("OCCURRENCE", 2);
    attack.classes.put("I_ACTION", 1);
    table.put("attack/V", attack);
    TimeMlEventModels.Counts rare = new TimeMlEventModels.Counts();
    rare.occurrences = 2;
    rare.events = 2;
    rare.classes.put("STATE", 2);
    table.put("rare/J", rare);
    TimeMlEventModels.Counts include = new TimeMlEventModels.Counts();
    include.occurrences = 6;
    table.put("include/V", include);
    TrainedTriggers triggers = TimeMlEventModels.triggers(table);
    assertEquals(
        new TrainedTriggers.Entry(4, 3, "OCCURRENCE"),
        triggers.lookup("attack", "VBD").orElseThrow());
    assertTrue(triggers.lookup("rare", "JJ").isEmpty());
    assertNull(triggers.lookup("include", "VBZ").orElseThrow().timemlClass());
    assertTrue(triggers.lookup("include", "VBZ").orElseThrow().rarelyAnEvent());
  }
}
