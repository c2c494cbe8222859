package org.newsevents.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnotatorTimesTest {

  private static final String BEFORE =
      "Annotation pipeline timing information:\n"
          + "TokenizerAnnotator: 0.3 sec.\n"
          + "NERCombinerAnnotator: 49.1 sec.\n"
          + "TOTAL: 49.4 sec. for 24805 tokens at 502.1 tokens/sec.";

  private static final String AFTER =
      "Annotation pipeline timing information:\n"
          + "TokenizerAnnotator: 0.5 sec.\n"
          + "NERCombinerAnnotator: 60.6 sec.\n"
          + "CorefAnnotator: 2.0 sec.\n"
          + "TOTAL: 63.1 sec. for 30000 tokens at 475.4 tokens/sec.";

  @Test
  void readsEachAnnotatorButNotTheTotal() {
    Map<String, Double> expected = new LinkedHashMap<>();
    expected.put("TokenizerAnnotator", 0.3);
    expected.put("NERCombinerAnnotator", 49.1);

    assertEquals(expected, AnnotatorTimes.parse(BEFORE));
  }

  @Test
  void differenceIsTheWorkBetweenTwoReadings() {
    Map<String, Double> diff =
        AnnotatorTimes.difference(AnnotatorTimes.parse(AFTER), AnnotatorTimes.parse(BEFORE));

    assertEquals(3, diff.size());
    assertEquals(0.2, diff.get("TokenizerAnnotator"), 1e-9);
    assertEquals(11.5, diff.get("NERCombinerAnnotator"), 1e-9);
    assertEquals(2.0, diff.get("CorefAnnotator"), 1e-9);
  }
}
