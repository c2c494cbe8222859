package org.newsevents.tools.output;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Charts as inline SVG, drawn here so that the report needs no script library: labelled counts go
 * in; an {@code <svg>} element comes out. Colours are fixed so that a test can find each chart in a
 * screenshot.
 */
public final class SvgCharts {

  /** Series colours of the stacked chart, in order; the last is "other types". */
  public static final List<String> PALETTE =
      List.of(
          "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f");

  /** A label and its count. */
  public record Bar(String label, long value) {}

  private static final int LABEL_WIDTH = 220;
  private static final int BAR_AREA = 380;
  private static final int ROW = 22;

  private SvgCharts() {}

  /** Horizontal bars, one row per entry, in the given order. */
  public static String bars(String id, List<Bar> bars, String colour) {
    long max = bars.stream().mapToLong(Bar::value).max().orElse(1);
    int height = bars.size() * ROW + 10;
    int width = LABEL_WIDTH + BAR_AREA + 60;
    StringBuilder svg = open(id, width, height);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = 5 + i * ROW;
      long length = Math.max(2, Math.round((double) bar.value() / Math.max(1, max) * BAR_AREA));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"label\">%s</text>",
              LABEL_WIDTH - 8,
              y + 15,
              Html.escape(cut(bar.label(), 32))));
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s: %d</title></rect>",
              LABEL_WIDTH,
              y + 2,
              length,
              ROW - 6,
              colour,
              Html.escape(bar.label()),
              bar.value()));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" class=\"value\">%d</text>",
              LABEL_WIDTH + length + 6,
              y + 15,
              bar.value()));
    }
    return svg.append("</svg>").toString();
  }

  /**
   * Stacked columns: one column per category (a day), one coloured segment per series (a type);
   * {@code counts} maps category to series to count. Series beyond the palette must already be
   * folded into one.
   */
  public static String stacked(
      String id,
      List<String> categories,
      List<String> series,
      Map<String, Map<String, Long>> counts) {
    int plotHeight = 220;
    int column = Math.max(14, Math.min(48, 900 / Math.max(1, categories.size())));
    int left = 50;
    int width = Math.max(640, left + categories.size() * column + 20);
    int legendTop = plotHeight + 90;
    int height = legendTop + ((series.size() + 3) / 4) * 20 + 10;
    long max = 1;
    for (String category : categories) {
      max = Math.max(max, counts.get(category).values().stream().mapToLong(Long::longValue).sum());
    }
    StringBuilder svg = open(id, width, height);
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"10\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>"
                + "<text x=\"%d\" y=\"18\" text-anchor=\"end\" class=\"value\">%d</text>",
            left - 2,
            left - 2,
            plotHeight + 10,
            left - 2,
            plotHeight + 10,
            width - 10,
            plotHeight + 10,
            left - 6,
            max));
    for (int c = 0; c < categories.size(); c++) {
      String category = categories.get(c);
      int x = left + c * column;
      double y = plotHeight + 10;
      for (int s = 0; s < series.size(); s++) {
        long n = counts.get(category).getOrDefault(series.get(s), 0L);
        if (n == 0) {
          continue;
        }
        double h = (double) n / max * plotHeight;
        y -= h;
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %d</title></rect>",
                x + 1,
                y,
                column - 2,
                h,
                PALETTE.get(s),
                Html.escape(category),
                Html.escape(series.get(s)),
                n));
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<text transform=\"translate(%d,%d) rotate(-60)\" text-anchor=\"end\" class=\"tick\">%s</text>",
              x + column / 2 + 4,
              plotHeight + 24,
              Html.escape(category)));
    }
    for (int s = 0; s < series.size(); s++) {
      int lx = left + (s % 4) * 150;
      int ly = legendTop + (s / 4) * 20;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%d\" class=\"label\">%s</text>",
              lx,
              ly,
              PALETTE.get(s),
              lx + 16,
              ly + 11,
              Html.escape(series.get(s))));
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String id, int width, int height) {
    return new StringBuilder(
        String.format(
            Locale.ROOT,
            "<svg id=\"%s\" class=\"chart\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " role=\"img\">",
            id,
            width,
            height,
            width,
            height));
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
