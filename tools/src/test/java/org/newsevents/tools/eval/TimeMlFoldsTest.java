package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.time.TimeNormalizer;
import org.newsevents.tools.eval.TimeMlScorer.Result;

/** The folds of the time normalizers' cross-validation and the table's numbers. */
class TimeMlFoldsTest {

  @Test
  void foldsAreBalancedAndTheSameOnEveryRun() {
    int[] folds = TimeMlFolds.folds(256, 5);
    int[] sizes = new int[5];
    for (int f : folds) {
      sizes[f]++;
    }
    assertArrayEquals(new int[] {52, 51, 51, 51, 51}, sizes);
    assertArrayEquals(folds, TimeMlFolds.folds(256, 5));
  }

  @Test
  void meanAndSampleStandardDeviation() {
    double[] values = {0.70, 0.80, 0.90};
    assertEquals(0.80, TimeMlFolds.mean(values), 1e-12);
    assertEquals(0.10, TimeMlFolds.sd(values), 1e-12);
    assertEquals(0.0, TimeMlFolds.sd(new double[] {0.5}), 1e-12);
  }

  @Test
  void theTableSumsCountsWithinAFold() {
    TimeNormalizer sutime = TimeNormalizer.parse("sutime");
    // Two documents per fold, 2 folds; in every document 4 gold and 4 system timexes, of which
    // 2 have the right value: value F1 0.5 in each fold, mean 0.5, sd 0.
    Prf half = new Prf(4, 4, 2, 2);
    Prf all = new Prf(4, 4, 4, 4);
    Result doc = new Result(all, all, Map.of("type", all, "value", half));
    List<TimeMlFolds.DocumentScores> docs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      docs.add(new TimeMlFolds.DocumentScores(Path.of("d" + i), Map.of(sutime, doc)));
    }
    String table = TimeMlFolds.table(docs, List.of(sutime), 2);
    assertTrue(
        table.startsWith(
            "TIMEX 2-fold document cross-validation (4 documents, seed 15; folds of 2/2)"),
        table);
    assertTrue(
        table.contains(
            "sutime                       value     0.500  0.500   0.500  0.000   0.500"),
        table);
    assertTrue(
        table.contains(
            "sutime                       strict    1.000  1.000   1.000  0.000   1.000"),
        table);
    assertTrue(
        table.contains(
            "fold 2: chosen on the other folds sutime (value F1 0.500 there), held-out value F1"
                + " 0.500"),
        table);
  }
}
