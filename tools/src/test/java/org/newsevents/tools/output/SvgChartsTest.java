package org.newsevents.tools.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Inline SVG charts: bar lengths, escaping and stacked segments. */
class SvgChartsTest {

  @Test
  void barsAreScaledToTheLargestCount() {
    String svg =
        SvgCharts.bars(
            "chart-x",
            List.of(new SvgCharts.Bar("Ban <Ki-moon>", 10), new SvgCharts.Bar("John Kerry", 4)),
            "#1f77b4");
    assertTrue(svg.startsWith("<svg id=\"chart-x\" class=\"chart\" width=\"660\" height=\"54\""));
    assertTrue(
        svg.contains(
            "width=\"380\" height=\"16\" fill=\"#1f77b4\"><title>Ban &lt;Ki-moon&gt;: 10"));
    assertTrue(svg.contains("width=\"152\" height=\"16\" fill=\"#1f77b4\"><title>John Kerry: 4"));
  }

  @Test
  void stackedColumnsHaveOneSegmentPerNonZeroCount() {
    String svg =
        SvgCharts.stacked(
            "chart-days",
            List.of("2013-07-01", "2013-07-05"),
            List.of("STATEMENT", "MEET"),
            Map.of(
                "2013-07-01", Map.of("STATEMENT", 2L),
                "2013-07-05", Map.of("STATEMENT", 6L, "MEET", 2L)));
    assertEquals(3, svg.split("<title>").length - 1);
    assertTrue(svg.contains("<title>2013-07-05 MEET: 2</title>"));
    assertTrue(svg.contains("fill=\"#ff7f0e\"><title>2013-07-05 MEET"));
  }
}
