package org.newsevents.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Event;
import org.newsevents.schema.EventCluster;
import org.newsevents.schema.EventTime;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Span;
import org.newsevents.schema.Statement;
import org.newsevents.schema.TimeSource;
import org.newsevents.schema.Trigger;

/** Event clusters across articles from hand-made events, without Beam. */
class EventClustererTest {

  private static final Map<String, ArticleFacts> ARTICLES =
      Map.of(
          "bbc/1.txt", new ArticleFacts("bbc/1.txt", "2013-07-05", "ac-1", "bbc.co.uk"),
          "reuters/9.txt", new ArticleFacts("reuters/9.txt", "2013-07-05", "ac-9", "reuters.com"),
          "copy/1.txt", new ArticleFacts("copy/1.txt", "2013-07-06", "ac-1", "copy.example"),
          "undated/a.txt", new ArticleFacts("undated/a.txt", null, "ac-u", "undated"),
          "undated/b.txt", new ArticleFacts("undated/b.txt", null, "ac-v", "undated"));

  @Test
  void aStatementOfOneSpeakerOnOneDayInTwoArticlesIsOneCluster() {
    Event bbc = statement("e1", "bbc/1.txt", "Mr Kerry", "John Kerry", null);
    Event reuters = statement("e2", "reuters/9.txt", "Kerry", "John Kerry", null);
    Event lavrov = statement("e3", "reuters/9.txt", "Mr Lavrov", "Sergei Lavrov", null);

    EventClusterer.Result result = EventClusterer.cluster(List.of(bbc, reuters, lavrov), ARTICLES);

    Map<String, String> clusterOf = clusterOf(result);
    String kerry = ClusterIds.of("ec-", List.of("e1", "e2"));
    assertEquals(
        Map.of("e1", kerry, "e2", kerry, "e3", ClusterIds.of("ec-", List.of("e3"))), clusterOf);
    EventCluster cluster = cluster(result, kerry);
    assertEquals("STATEMENT", cluster.getType());
    assertEquals("2013-07-05", cluster.getDate());
    assertEquals("PUBLICATION_DATE", cluster.getDateSource());
    assertEquals(List.of("John Kerry"), cluster.getActors());
    assertEquals(2, cluster.getMentionCount());
    assertEquals(2, cluster.getArticleCount());
    assertEquals(2, cluster.getIndependentArticleCount());
    assertEquals(List.of("bbc.co.uk", "reuters.com"), cluster.getSources());
    assertEquals(List.of("e1", "e2"), cluster.getEventIds());
    assertEquals(List.of("bbc/1.txt", "reuters/9.txt"), cluster.getDocIds());
  }

  @Test
  void theSentencesDateWinsOverThePublicationDate() {
    // The copy was published a day later, but both sentences say Monday 1 July.
    Event bbc = statement("e1", "bbc/1.txt", "Ban", "Ban Ki-moon", "2013-07-01");
    Event copy = statement("e2", "copy/1.txt", "Ban", "Ban Ki-moon", "2013-07-01");
    Event later = statement("e3", "copy/1.txt", "Ban", "Ban Ki-moon", null);

    EventClusterer.Result result = EventClusterer.cluster(List.of(bbc, copy, later), ARTICLES);

    String monday = ClusterIds.of("ec-", List.of("e1", "e2"));
    assertEquals(monday, clusterOf(result).get("e1"));
    assertEquals(monday, clusterOf(result).get("e2"));
    EventCluster cluster = cluster(result, monday);
    assertEquals("2013-07-01", cluster.getDate());
    assertEquals("SENTENCE", cluster.getDateSource());
    // Two articles, but one story: the copy is in the BBC article's near-duplicate cluster.
    assertEquals(2, cluster.getArticleCount());
    assertEquals(1, cluster.getIndependentArticleCount());
    assertEquals("2013-07-06", cluster(result, clusterOf(result).get("e3")).getDate());
  }

  @Test
  void differentPlacesOrNoSharedActorKeepMentionsApart() {
    Event homs = attack("e1", "bbc/1.txt", "government forces", "Homs");
    Event aleppo = attack("e2", "reuters/9.txt", "government forces", "Aleppo");
    Event somewhere = attack("e3", "reuters/9.txt", "the government forces", null);
    Event rebels = attack("e4", "reuters/9.txt", "rebels", "Homs");

    Map<String, String> clusterOf =
        clusterOf(EventClusterer.cluster(List.of(homs, aleppo, somewhere, rebels), ARTICLES));

    // e3 names no place, so it is compatible with both; single linkage joins all three.
    String forces = ClusterIds.of("ec-", List.of("e1", "e2", "e3"));
    assertEquals(forces, clusterOf.get("e1"));
    assertEquals(forces, clusterOf.get("e2"));
    assertEquals(forces, clusterOf.get("e3"));
    assertEquals(ClusterIds.of("ec-", List.of("e4")), clusterOf.get("e4"));
  }

  @Test
  void undatedMentionsOnlyJoinCopiesOfTheSameStory() {
    Event a = statement("e1", "undated/a.txt", "Blair", "Tony Blair", null);
    Event b = statement("e2", "undated/b.txt", "Blair", "Tony Blair", null);

    EventClusterer.Result result = EventClusterer.cluster(List.of(a, b), ARTICLES);

    assertEquals(2, result.clusters().size());
    assertEquals(
        List.of("NONE", "NONE"),
        result.clusters().stream().map(EventCluster::getDateSource).toList());
    assertEquals(
        "STATEMENT|undated:ac-u", EventClusterer.groupKey(a, ARTICLES.get("undated/a.txt")));
  }

  @Test
  void otherEventsClusterOnlyWithTheSameTrigger() {
    assertEquals(
        "OTHER:include|2013-07-05",
        EventClusterer.groupKey(
            event("e1", "bbc/1.txt", "OTHER", "include", null, List.of()),
            ARTICLES.get("bbc/1.txt")));
  }

  @Test
  void pronounsAreNoActorsButMentionsWithoutActorsJoinOnTheirTrigger() {
    Event he = statement("e1", "bbc/1.txt", "he", null, null);
    Event she = statement("e2", "reuters/9.txt", "she", null, null);
    Event told = event("e3", "reuters/9.txt", "STATEMENT", "tell", null, List.of());

    Map<String, String> clusterOf =
        clusterOf(EventClusterer.cluster(List.of(he, she, told), ARTICLES));

    assertEquals(ClusterIds.of("ec-", List.of("e1", "e2")), clusterOf.get("e1"));
    assertEquals(ClusterIds.of("ec-", List.of("e3")), clusterOf.get("e3"));
  }

  private static Map<String, String> clusterOf(EventClusterer.Result result) {
    assertEquals(
        result.events().size(),
        result.clusters().stream().mapToInt(EventCluster::getMentionCount).sum());
    return result.events().stream()
        .collect(
            Collectors.toMap(Event::getEventId, Event::getClusterId, (a, b) -> a, TreeMap::new));
  }

  private static EventCluster cluster(EventClusterer.Result result, String id) {
    return result.clusters().stream()
        .filter(c -> c.getClusterId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static Event statement(
      String id, String docId, String speaker, String canonical, String sentenceDate) {
    Mention mention =
        Mention.newBuilder()
            .setText(speaker)
            .setBegin(0)
            .setEnd(speaker.length())
            .setCanonical(canonical)
            .build();
    Event event = event(id, docId, "STATEMENT", "say", sentenceDate, List.of());
    event.setStatement(
        Statement.newBuilder()
            .setSpeaker(mention)
            .setContent(Span.newBuilder().setText("...").setBegin(0).setEnd(3).build())
            .setDirect(true)
            .build());
    return event;
  }

  private static Event attack(String id, String docId, String agent, String place) {
    List<Argument> arguments = new ArrayList<>();
    arguments.add(argument("AGENT", agent));
    if (place != null) {
      arguments.add(argument("LOCATION", place));
    }
    return event(id, docId, "ATTACK", "launch", null, arguments);
  }

  private static Argument argument(String role, String text) {
    return Argument.newBuilder()
        .setRole(role)
        .setText(text)
        .setBegin(0)
        .setEnd(text.length())
        .build();
  }

  @Test
  void theTypeKeyStartsEveryGroupKeySoAGroupNeverSpansTypeShards() {
    // ClusterEvents on the direct runner shards events by typeKey alone; that is only safe
    // because the group key of every mention starts with it, dated or not.
    Event dated = event("e1", "bbc/1.txt", "OTHER", "launch", "2013-07-01", List.of());
    Event published = event("e2", "copy/1.txt", "OTHER", "launch", null, List.of());
    Event undated = event("e3", "undated/a.txt", "PROTEST", "march", null, List.of());
    assertEquals("OTHER:launch", EventClusterer.typeKey(dated));
    assertEquals(
        "OTHER:launch|2013-07-01", EventClusterer.groupKey(dated, ARTICLES.get("bbc/1.txt")));
    assertEquals(
        "OTHER:launch|2013-07-06", EventClusterer.groupKey(published, ARTICLES.get("copy/1.txt")));
    assertEquals("PROTEST", EventClusterer.typeKey(undated));
    assertEquals(
        "PROTEST|undated:ac-u", EventClusterer.groupKey(undated, ARTICLES.get("undated/a.txt")));
  }

  private static Event event(
      String id,
      String docId,
      String type,
      String lemma,
      String sentenceDate,
      List<Argument> args) {
    EventTime time =
        sentenceDate == null
            ? null
            : EventTime.newBuilder()
                .setText("Monday")
                .setValue(sentenceDate)
                .setBegin(0)
                .setEnd(6)
                .setSource(TimeSource.SENTENCE)
                .setGranularity("DAY")
                .build();
    return Event.newBuilder()
        .setEventId(id)
        .setDocId(docId)
        .setType(type)
        .setTimemlClass("OCCURRENCE")
        .setTrigger(
            Trigger.newBuilder().setText(lemma).setLemma(lemma).setBegin(0).setEnd(1).build())
        .setSentenceIndex(0)
        .setSentence("...")
        .setArguments(args)
        .setTime(time)
        .build();
  }
}
