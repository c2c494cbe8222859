package org.newsevents.transforms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsevents.cluster.ArticleFacts;
import org.newsevents.cluster.EventClusterer;
import org.newsevents.schema.Article;
import org.newsevents.schema.Event;
import org.newsevents.schema.EventCluster;

/**
 * Clusters event mentions across articles ({@link EventClusterer}): events go in, with the
 * clustered articles they come from; every event with its {@code cluster_id} ({@link #EVENTS}) and
 * one record per cluster ({@link #CLUSTERS}) come out.
 */
public class ClusterEvents extends PTransform<PCollection<Event>, PCollectionTuple> {

  public static final TupleTag<Event> EVENTS = new TupleTag<>() {};
  public static final TupleTag<EventCluster> CLUSTERS = new TupleTag<>() {};

  /** Counter names, in the namespace of this class. */
  public static final class Counters {
    public static final String CLUSTERS = "event_clusters";

    /** Clusters whose mentions come from more than one article. */
    public static final String CROSS_ARTICLE = "cross_article_event_clusters";

    private Counters() {}
  }

  /**
   * Candidate groups are hashed into this many shards for the group-by-key. One key per group (type
   * and date bucket, thousands on 200 BBC articles) stalled the direct runner in its per-key
   * watermark holds; a group never spans shards, so the clusters are the same.
   */
  static final int SHARDS = 64;

  private final PCollection<Article> articles;

  private ClusterEvents(PCollection<Article> articles) {
    this.articles = articles;
  }

  /** Clusters events of these articles (with their {@code article_cluster_id} set). */
  public static ClusterEvents ofArticles(PCollection<Article> articles) {
    return new ClusterEvents(articles);
  }

  @Override
  public PCollectionTuple expand(PCollection<Event> events) {
    PCollectionView<Map<String, ArticleFacts>> facts =
        articles
            .apply("Article Facts", ParDo.of(new FactsFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(ArticleFacts.class)))
            // Inputs may repeat a doc_id (a JSON Lines id field); one fact per id, chosen by value.
            .apply("One Per Doc Id", Combine.perKey(new SmallerFacts()))
            .apply("View Article Facts", View.asMap());
    PCollectionTuple clustered =
        events
            .apply("Key By Type And Date", ParDo.of(new KeyFn(facts)).withSideInputs(facts))
            .setCoder(KvCoder.of(VarIntCoder.of(), RecordCoder.of(Event.class)))
            .apply("Group Candidates", GroupByKey.create())
            .apply(
                "Link Mentions",
                ParDo.of(new LinkFn(facts))
                    .withSideInputs(facts)
                    .withOutputTags(EVENTS, TupleTagList.of(CLUSTERS)));
    clustered.get(EVENTS).setCoder(RecordCoder.of(Event.class));
    clustered.get(CLUSTERS).setCoder(RecordCoder.of(EventCluster.class));
    return clustered;
  }

  private static class FactsFn extends DoFn<Article, KV<String, ArticleFacts>> {
    @ProcessElement
    public void processElement(
        @Element Article article, OutputReceiver<KV<String, ArticleFacts>> out) {
      out.output(KV.of(article.getDocId(), ArticleFacts.of(article)));
    }
  }

  private static class SmallerFacts extends Combine.BinaryCombineFn<ArticleFacts> {
    @Override
    public ArticleFacts apply(ArticleFacts a, ArticleFacts b) {
      return a.toString().compareTo(b.toString()) <= 0 ? a : b;
    }
  }

  private static class KeyFn extends DoFn<Event, KV<Integer, Event>> {
    private final PCollectionView<Map<String, ArticleFacts>> facts;

    KeyFn(PCollectionView<Map<String, ArticleFacts>> facts) {
      this.facts = facts;
    }

    @ProcessElement
    public void processElement(ProcessContext context) {
      Event event = context.element();
      ArticleFacts article = context.sideInput(facts).get(event.getDocId());
      String key = EventClusterer.groupKey(event, article);
      context.output(KV.of(Math.floorMod(key.hashCode(), SHARDS), event));
    }
  }

  private static class LinkFn extends DoFn<KV<Integer, Iterable<Event>>, Event> {
    private final Counter clusters = Metrics.counter(ClusterEvents.class, Counters.CLUSTERS);
    private final Counter crossArticle =
        Metrics.counter(ClusterEvents.class, Counters.CROSS_ARTICLE);
    private final PCollectionView<Map<String, ArticleFacts>> facts;

    LinkFn(PCollectionView<Map<String, ArticleFacts>> facts) {
      this.facts = facts;
    }

    @ProcessElement
    public void processElement(ProcessContext context) {
      List<Event> shard = new ArrayList<>();
      context.element().getValue().forEach(shard::add);
      // The shard holds whole candidate groups; the clusterer splits it by group key again.
      EventClusterer.Result result = EventClusterer.cluster(shard, context.sideInput(facts));
      result.events().forEach(context::output);
      for (EventCluster cluster : result.clusters()) {
        context.output(CLUSTERS, cluster);
        clusters.inc();
        if (cluster.getArticleCount() > 1) {
          crossArticle.inc();
        }
      }
    }
  }
}
