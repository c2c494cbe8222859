package org.newsevents.tools.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report as one self-contained HTML page: the numbers of a run go in; a page with inline CSS,
 * inline SVG charts and a few lines of inline script comes out. It loads nothing: no links to style
 * sheets, scripts, images or fonts.
 */
public final class ReportPage {

  /** Bar colours of the top lists and the error chart (the stacked chart uses the palette). */
  public static final String SPEAKERS = "#1f77b4";

  public static final String ACTORS = "#2ca02c";
  public static final String SOURCES = "#9467bd";
  public static final String ERRORS = "#d62728";

  private static final String STYLE =
      """
      body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #222; background: #fff; }
      h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; }
      .cards { display: flex; gap: 12px; flex-wrap: wrap; }
      .card { border: 1px solid #ddd; border-radius: 6px; padding: 8px 14px; min-width: 110px; }
      .card b { display: block; font-size: 22px; }
      table { border-collapse: collapse; margin: 6px 0; }
      td, th { border-bottom: 1px solid #eee; padding: 3px 10px 3px 0; text-align: left;
               vertical-align: top; }
      th { font-weight: 600; } td.n { text-align: right; }
      svg text { font: 12px system-ui, sans-serif; fill: #222; }
      svg .axis { stroke: #999; } .note { color: #666; font-size: 12px; }
      section.chart { margin-bottom: 12px; }
      """;

  // Writes each chart's box into the page, so that a headless browser's DOM dump tells a test
  // where to look in the screenshot.
  private static final String SCRIPT =
      """
      document.addEventListener('DOMContentLoaded', function () {
        var boxes = {};
        document.querySelectorAll('svg.chart').forEach(function (svg) {
          var r = svg.getBoundingClientRect();
          boxes[svg.id] = [Math.round(r.left + window.scrollX), Math.round(r.top + window.scrollY),
                           Math.round(r.width), Math.round(r.height)];
        });
        document.body.setAttribute('data-chart-boxes', JSON.stringify(boxes));
      });
      """;

  private ReportPage() {}

  public static String render(ReportData data, String title) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        // The browser itself refuses any request the page might make: nothing but inline code.
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .append(" style-src 'unsafe-inline'; script-src 'unsafe-inline'\">")
        .append("<title>")
        .append(Html.escape(title))
        .append("</title><style>")
        .append(STYLE)
        .append("</style><script>")
        .append(SCRIPT)
        .append("</script></head><body>\n<h1>")
        .append(Html.escape(title))
        .append("</h1>\n");
    cards(html, data);
    html.append("<h2>Events per day by type</h2>\n<section class=\"chart\">");
    if (data.eventsPerDay().isEmpty()) {
      html.append("<p class=\"note\">No event has a calendar day.</p>");
    } else {
      html.append(
          SvgCharts.stacked(
              "chart-events-per-day",
              new ArrayList<>(data.eventsPerDay().keySet()),
              data.dayTypes(),
              data.eventsPerDay()));
    }
    html.append(
        String.format(
            "<p class=\"note\">Day of the event time (from the sentence, else the publication"
                + " date); at most the latest %d days. %d events have no calendar day (no"
                + " publication date and no dated sentence, or a month or year only).</p>",
            ReportData.MAX_DAYS, data.undatedEvents()));
    html.append("</section>\n");
    chart(html, "Top speakers (statements)", "chart-top-speakers", data.topSpeakers(), SPEAKERS);
    chart(
        html,
        "Top actors (events as agent, patient or speaker)",
        "chart-top-actors",
        data.topActors(),
        ACTORS);
    chart(
        html,
        "Statements per source",
        "chart-statements-per-source",
        data.statementsPerSource(),
        SOURCES);
    chart(html, "Errors by stage and type", "chart-errors", data.errors(), ERRORS);
    clusters(html, data);
    summary(html, data.summary());
    return html.append("</body></html>\n").toString();
  }

  private static void cards(StringBuilder html, ReportData data) {
    html.append("<div class=\"cards\">");
    card(html, "articles", data.articles());
    card(html, "near-duplicate articles", data.nearDuplicateArticles());
    card(html, "events", data.events());
    card(html, "statements", data.statements());
    card(html, "event clusters", data.clusters());
    card(html, "clusters across articles", data.crossArticleClusters());
    card(html, "errors", data.errors().stream().mapToLong(SvgCharts.Bar::value).sum());
    html.append("</div>\n");
    html.append("<p class=\"note\">Actor codes: ")
        .append(Html.escape(data.actorCoverage().describe()))
        .append(".</p>\n");
  }

  private static void card(StringBuilder html, String label, long value) {
    html.append("<div class=\"card\"><b>")
        .append(value)
        .append("</b>")
        .append(Html.escape(label))
        .append("</div>");
  }

  private static void chart(
      StringBuilder html, String heading, String id, List<SvgCharts.Bar> bars, String colour) {
    html.append("<h2>").append(Html.escape(heading)).append("</h2>\n<section class=\"chart\">");
    if (bars.isEmpty()) {
      html.append("<p class=\"note\">None.</p>");
    } else {
      html.append(SvgCharts.bars(id, bars, colour));
    }
    html.append("</section>\n");
  }

  private static void clusters(StringBuilder html, ReportData data) {
    html.append("<h2>Largest event clusters across articles</h2>\n");
    if (data.topClusters().isEmpty()) {
      html.append("<p class=\"note\">No event cluster spans more than one article.</p>\n");
      return;
    }
    html.append("<table><tr><th>date</th><th>type</th><th>articles</th><th>independent</th>")
        .append("<th>mentions</th><th>actors</th><th>cluster</th></tr>");
    for (var c : data.topClusters()) {
      html.append("<tr><td>")
          .append(Html.escape(c.getDate()))
          .append("</td><td>")
          .append(Html.escape(c.getType()))
          .append("</td><td class=\"n\">")
          .append(c.getArticleCount())
          .append("</td><td class=\"n\">")
          .append(c.getIndependentArticleCount())
          .append("</td><td class=\"n\">")
          .append(c.getMentionCount())
          .append("</td><td>")
          .append(Html.escape(String.join("; ", c.getActors())))
          .append("</td><td>")
          .append(Html.escape(c.getClusterId()))
          .append("</td></tr>");
    }
    html.append("</table>\n");
  }

  private static void summary(StringBuilder html, Map<String, Object> summary) {
    html.append("<h2>Run summary</h2>\n");
    if (summary.isEmpty()) {
      html.append("<p class=\"note\">The output has no run-summary.json.</p>\n");
      return;
    }
    html.append("<table>");
    summary.forEach(
        (k, v) ->
            html.append("<tr><th>")
                .append(Html.escape(k))
                .append("</th><td>")
                .append(Html.escape(v))
                .append("</td></tr>"));
    html.append("</table>\n");
  }
}
