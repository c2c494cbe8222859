package org.newsevents.cluster;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsevents.records.EventViews;
import org.newsevents.schema.Event;
import org.newsevents.schema.EventCluster;

/**
 * The record of one event cluster: its member mentions go in; an {@link EventCluster} comes out.
 */
final class EventClusters {

  private EventClusters() {}

  static EventCluster of(List<Event> members, Map<String, ArticleFacts> articles) {
    Set<String> eventIds = new TreeSet<>();
    Set<String> docIds = new TreeSet<>();
    Set<String> articleClusters = new TreeSet<>();
    Set<String> sources = new TreeSet<>();
    Set<String> actors = new TreeSet<>();
    Set<String> places = new TreeSet<>();
    String date = null;
    String dateSource = "NONE";
    for (Event member : members) {
      ArticleFacts article = articles.get(member.getDocId());
      eventIds.add(member.getEventId());
      docIds.add(member.getDocId());
      articleClusters.add(article == null ? member.getDocId() : article.articleClusterId());
      if (article != null) {
        sources.add(article.source());
      }
      EventViews.of(member).forEach(actor -> actors.add(actor.name()));
      EventViews.places(member).forEach(place -> places.add(place.name()));
      EventClusterer.DateBucket bucket = EventClusterer.bucket(member, article);
      date = bucket.date();
      // SENTENCE wins over PUBLICATION_DATE: some member's own sentence dates the cluster.
      if (!dateSource.equals("SENTENCE") && !bucket.source().equals("NONE")) {
        dateSource = bucket.source();
      }
    }
    Event first = members.get(0);
    return EventCluster.newBuilder()
        .setClusterId(ClusterIds.of(EventClusterer.PREFIX, eventIds))
        .setType(first.getType())
        .setDate(date)
        .setDateSource(dateSource)
        .setPlaces(List.copyOf(places))
        .setActors(List.copyOf(actors))
        .setMentionCount(members.size())
        .setArticleCount(docIds.size())
        .setIndependentArticleCount(articleClusters.size())
        .setSourceCount(sources.size())
        .setSources(List.copyOf(sources))
        .setEventIds(List.copyOf(eventIds))
        .setDocIds(List.copyOf(docIds))
        .build();
  }
}
