package org.newsevents.tools.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.newsevents.cluster.ArticleFacts;
import org.newsevents.records.EventViews;
import org.newsevents.records.OutputRecords;
import org.newsevents.schema.Article;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.schema.Event;
import org.newsevents.schema.EventCluster;

/**
 * The numbers behind the report page: the records of a run go in; the counts its charts and tables
 * show come out.
 */
public record ReportData(
    Map<String, Object> summary,
    int articles,
    int events,
    int statements,
    Map<String, Map<String, Long>> eventsPerDay,
    List<String> dayTypes,
    int undatedEvents,
    List<SvgCharts.Bar> topSpeakers,
    List<SvgCharts.Bar> topActors,
    List<SvgCharts.Bar> statementsPerSource,
    List<SvgCharts.Bar> errors,
    int clusters,
    int crossArticleClusters,
    int nearDuplicateArticles,
    List<EventCluster> topClusters,
    ActorCoverage actorCoverage) {

  /** Bars shown in a top list. */
  public static final int TOP = 10;

  /** Days shown in the events-per-day chart: the latest ones. */
  public static final int MAX_DAYS = 60;

  static final String OTHER_TYPES = "other types";

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");

  public static ReportData of(OutputRecords records) {
    List<Article> articles = records.articles();
    List<Event> events = records.events();
    List<EventCluster> clusters = records.clusters();
    List<ErrorRecord> errors = records.errors();
    Map<String, Article> byId = records.articlesById();

    Map<String, Long> speakers = new HashMap<>();
    Map<String, Long> actors = new HashMap<>();
    Map<String, Long> sources = new HashMap<>();
    Map<String, Long> types = new HashMap<>();
    int statements = 0;
    for (Event e : events) {
      types.merge(e.getType(), 1L, Long::sum);
      EventViews.names(e).forEach(name -> actors.merge(name, 1L, Long::sum));
      if (e.getStatement() != null) {
        statements++;
        EventViews.Actor speaker = EventViews.speaker(e);
        if (speaker != null) {
          speakers.merge(speaker.name(), 1L, Long::sum);
        }
        Article article = byId.get(e.getDocId());
        sources.merge(article == null ? "(unknown)" : ArticleFacts.source(article), 1L, Long::sum);
      }
    }
    List<String> dayTypes = top(types, PALETTE_TYPES).stream().map(SvgCharts.Bar::label).toList();
    Map<String, Map<String, Long>> perDay = new TreeMap<>();
    int undated = 0;
    for (Event e : events) {
      String value = e.getTime() == null ? null : e.getTime().getValue();
      if (value == null || !DAY.matcher(value).matches()) {
        undated++;
        continue;
      }
      String type = dayTypes.contains(e.getType()) ? e.getType() : OTHER_TYPES;
      perDay
          .computeIfAbsent(value.substring(0, 10), d -> new HashMap<>())
          .merge(type, 1L, Long::sum);
    }
    List<String> series = new ArrayList<>(dayTypes);
    if (types.size() > dayTypes.size()) {
      series.add(OTHER_TYPES);
    }
    Map<String, Long> errorCounts = new HashMap<>();
    errors.forEach(e -> errorCounts.merge(e.getStage() + " / " + e.getErrorType(), 1L, Long::sum));
    List<EventCluster> topClusters =
        clusters.stream()
            .filter(c -> c.getArticleCount() > 1)
            .sorted(
                Comparator.comparing(EventCluster::getArticleCount)
                    .thenComparing(EventCluster::getMentionCount)
                    .reversed()
                    .thenComparing(EventCluster::getClusterId))
            .limit(TOP)
            .toList();
    Map<String, Integer> clusterSizes = new HashMap<>();
    articles.forEach(
        a -> clusterSizes.merge(String.valueOf(a.getArticleClusterId()), 1, Integer::sum));
    int nearDuplicates =
        (int)
            articles.stream()
                .filter(a -> a.getArticleClusterId() != null)
                .filter(a -> clusterSizes.get(a.getArticleClusterId()) > 1)
                .count();
    return new ReportData(
        records.summary(),
        articles.size(),
        events.size(),
        statements,
        latest(perDay),
        series,
        undated,
        top(speakers, TOP),
        top(actors, TOP),
        top(sources, TOP),
        top(errorCounts, Integer.MAX_VALUE),
        clusters.size(),
        (int) clusters.stream().filter(c -> c.getArticleCount() > 1).count(),
        nearDuplicates,
        topClusters,
        ActorCoverage.of(events));
  }

  // The stacked chart shows the most frequent types, one colour each, and the rest as one.
  private static final int PALETTE_TYPES = SvgCharts.PALETTE.size() - 1;

  /** The largest counts, ties broken by label, so the same records give the same chart. */
  static List<SvgCharts.Bar> top(Map<String, Long> counts, int n) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .map(e -> new SvgCharts.Bar(e.getKey(), e.getValue()))
        .toList();
  }

  private static Map<String, Map<String, Long>> latest(Map<String, Map<String, Long>> perDay) {
    List<String> days = new ArrayList<>(perDay.keySet());
    Map<String, Map<String, Long>> kept = new LinkedHashMap<>();
    for (String day : days.subList(Math.max(0, days.size() - MAX_DAYS), days.size())) {
      kept.put(day, perDay.get(day));
    }
    return kept;
  }
}
