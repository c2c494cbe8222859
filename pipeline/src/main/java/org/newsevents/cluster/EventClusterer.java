package org.newsevents.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsevents.records.EventViews;
import org.newsevents.records.ShallowCopies;
import org.newsevents.schema.Event;
import org.newsevents.schema.EventCluster;
import org.newsevents.schema.EventTime;
import org.newsevents.schema.TimeSource;

/**
 * Clusters event mentions that describe the same event: events and the facts of their articles go
 * in; each event with its {@code cluster_id} and one {@link EventCluster} per cluster come out.
 * Mentions are candidates when they share a {@link #groupKey group key} (type and date bucket); two
 * candidates link when their actors and places are compatible; clusters are the connected
 * components of those links, so every mention is in exactly one cluster.
 */
public final class EventClusterer {

  /** The prefix of event cluster ids. */
  public static final String PREFIX = "ec-";

  // TIMEX3 calendar values a date bucket can be: a year, quarter, month, week or day.
  private static final Pattern CALENDAR =
      Pattern.compile("\\d{4}(-(\\d{2}|Q[1-4]|W\\d{2})(-\\d{2})?)?");

  /** Events with cluster ids and their clusters. */
  public record Result(List<Event> events, List<EventCluster> clusters) {}

  /** A date bucket and where it came from: SENTENCE, PUBLICATION_DATE or NONE. */
  record DateBucket(String date, String source) {}

  private EventClusterer() {}

  /**
   * The type (for OTHER, with the trigger's lemma: OTHER holds unrelated verbs) and the date
   * bucket, or for an undated mention the near-duplicate cluster of its article, so that undated
   * mentions only join copies of the same story.
   */
  public static String groupKey(Event event, ArticleFacts article) {
    DateBucket bucket = bucket(event, article);
    return typeKey(event)
        + "|"
        + (bucket.date() != null
            ? bucket.date()
            : "undated:" + (article == null ? event.getDocId() : article.articleClusterId()));
  }

  /**
   * The part of {@link #groupKey} that the event alone decides: its type, for OTHER with the
   * trigger's lemma. Mentions of one group always share it.
   */
  public static String typeKey(Event event) {
    return event.getType().equals("OTHER")
        ? "OTHER:" + event.getTrigger().getLemma()
        : event.getType();
  }

  /**
   * The event time's value when the sentence gives a calendar value (cut to the day: a time of day
   * counts as its day), else the article's publication day, else none.
   */
  static DateBucket bucket(Event event, ArticleFacts article) {
    EventTime time = event.getTime();
    if (time != null && time.getSource() == TimeSource.SENTENCE) {
      String value = time.getValue();
      if (value.length() > 10 && value.charAt(10) == 'T') {
        value = value.substring(0, 10);
      }
      if (CALENDAR.matcher(value).matches()) {
        return new DateBucket(value, "SENTENCE");
      }
    }
    if (article != null && article.publishedDay() != null) {
      return new DateBucket(article.publishedDay(), "PUBLICATION_DATE");
    }
    return new DateBucket(null, "NONE");
  }

  /** Clusters all the events: they are grouped by key here, as the pipeline groups them. */
  public static Result cluster(List<Event> events, Map<String, ArticleFacts> articles) {
    Map<String, List<Event>> groups = new TreeMap<>();
    for (Event event : events) {
      groups
          .computeIfAbsent(groupKey(event, articles.get(event.getDocId())), k -> new ArrayList<>())
          .add(event);
    }
    List<Event> clustered = new ArrayList<>();
    List<EventCluster> clusters = new ArrayList<>();
    for (List<Event> group : groups.values()) {
      Result result = clusterGroup(group, articles);
      clustered.addAll(result.events());
      clusters.addAll(result.clusters());
    }
    return new Result(clustered, clusters);
  }

  /** Clusters the mentions of one group key. */
  public static Result clusterGroup(Iterable<Event> group, Map<String, ArticleFacts> articles) {
    List<Event> events = new ArrayList<>();
    group.forEach(events::add);
    events.sort(Comparator.comparing(Event::getEventId));
    List<Set<String>> actors = new ArrayList<>();
    List<Set<String>> places = new ArrayList<>();
    for (Event event : events) {
      actors.add(keys(EventViews.of(event)));
      places.add(keys(EventViews.places(event)));
    }
    UnionFind links = new UnionFind(events.size());
    for (int i = 0; i < events.size(); i++) {
      for (int j = i + 1; j < events.size(); j++) {
        if (compatible(events.get(i), events.get(j), actors, places, i, j)) {
          links.union(i, j);
        }
      }
    }
    List<Event> clustered = new ArrayList<>();
    List<EventCluster> clusters = new ArrayList<>();
    for (List<Integer> component : links.components()) {
      List<Event> members = component.stream().map(events::get).toList();
      EventCluster cluster = EventClusters.of(members, articles);
      clusters.add(cluster);
      for (Event member : members) {
        // A copy sharing the member's values (Avro's newBuilder(member) copied every field).
        Event copy = ShallowCopies.of(member);
        copy.setClusterId(cluster.getClusterId());
        clustered.add(copy);
      }
    }
    return new Result(clustered, clusters);
  }

  /**
   * Compatible: places do not differ when both have one; actors share one when both have some;
   * mentions without actors only join mentions without actors of the same trigger lemma.
   */
  private static boolean compatible(
      Event a, Event b, List<Set<String>> actors, List<Set<String>> places, int i, int j) {
    if (!places.get(i).isEmpty()
        && !places.get(j).isEmpty()
        && disjoint(places.get(i), places.get(j))) {
      return false;
    }
    Set<String> actorsA = actors.get(i);
    Set<String> actorsB = actors.get(j);
    if (actorsA.isEmpty() && actorsB.isEmpty()) {
      return a.getTrigger().getLemma().equalsIgnoreCase(b.getTrigger().getLemma());
    }
    return !disjoint(actorsA, actorsB);
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    return a.stream().noneMatch(b::contains);
  }

  private static Set<String> keys(List<EventViews.Actor> actors) {
    Set<String> keys = new TreeSet<>();
    actors.forEach(actor -> keys.add(actor.key()));
    return keys;
  }
}
