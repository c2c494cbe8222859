package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsevents.tools.SharedData;

/**
 * Scores the first three TimeBank documents (ABC19980108.1830.0711, ABC19980114.1830.0611,
 * ABC19980120.1830.0957) when the corpus is present at {@code ../shared} or {@code ../../shared}.
 * The floors are the scores measured when this test was written, minus a margin.
 */
class EvalTimeMlCorpusTest {

  private static TimeMlTally tally;

  @BeforeAll
  static void scoreFirstThreeDocuments() throws Exception {
    Path timebank = SharedData.corpusOrSkip("timebank", "TimeBank");
    tally =
        EvalTimeMl.run(
            new EvalTimeMl.Options(List.of(timebank.resolve("TimeBank")), 3, null, 1, "full"));
  }

  @Test
  void goldCountsOfTheThreeDocuments() {
    // 46 + 23 + 41 EVENTs and 10 + 2 + 2 TIMEX3s inside TEXT (the DCT is not counted).
    assertEquals(3, tally.documents());
    assertTrue(tally.failures().isEmpty(), () -> "failures: " + tally.failures());
    assertEquals(110, tally.events().strict().gold());
    assertEquals(14, tally.timexes().strict().gold());
  }

  @Test
  void eventScoresStayAboveTheirFloors() {
    // Measured: relaxed F1 0.833, class F1 0.689.
    assertAtLeast(0.75, tally.events().relaxed().f1(), "event relaxed F1");
    assertAtLeast(0.60, tally.events().attribute("class").f1(), "event class F1");
  }

  @Test
  void timexScoresStayAboveTheirFloors() {
    // Measured: relaxed F1 0.938, type F1 0.938, value F1 0.774.
    assertAtLeast(0.85, tally.timexes().relaxed().f1(), "timex relaxed F1");
    assertAtLeast(0.85, tally.timexes().attribute("type").f1(), "timex type F1");
    assertAtLeast(0.65, tally.timexes().attribute("value").f1(), "timex value F1");
  }

  private static void assertAtLeast(double floor, double actual, String what) {
    assertTrue(actual >= floor, () -> what + " " + actual + " fell below " + floor);
  }
}
