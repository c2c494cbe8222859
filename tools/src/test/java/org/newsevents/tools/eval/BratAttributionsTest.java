package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsevents.tools.eval.BratAttributions.Attribution;

/** BRAT standoff attributions: roles, discontinuous spans, numbered and missing roles. */
class BratAttributionsTest {

  private static String show(List<int[]> fragments) {
    return fragments.stream().map(f -> f[0] + "-" + f[1]).collect(Collectors.joining(";"));
  }

  private static String show(Attribution a) {
    return show(a.source()) + " / " + show(a.cue()) + " / " + show(a.content());
  }

  @Test
  void parsesRolesInAnyOrderWithDiscontinuousAndMissingRoles() {
    String ann =
        String.join(
            "\n",
            "T1\tSource 0 5\tSmith",
            "T2\tCue 6 10\tsaid",
            "T3\tContent 11 20;25 30\tit rained … today",
            "T4\tAttribution 6 10\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T5\tCue 40 47\taccording",
            "T6\tContent 50 60\tthe report",
            "T7\tContent 70 75\tagain",
            "T8\tAttribution-no-source 40 47\taccording",
            "E2\tAttribution-no-source:T8 Cue:T5 Content:T6 Content2:T7",
            "");

    List<String> attributions =
        BratAttributions.parse(ann).stream()
            .map(BratAttributionsTest::show)
            .collect(Collectors.toList());

    assertEquals(List.of("0-5 / 6-10 / 11-20;25-30", " / 40-47 / 50-60;70-75"), attributions);
  }
}
