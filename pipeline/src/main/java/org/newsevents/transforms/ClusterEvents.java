package org.newsevents.transforms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.MapCoder;
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
import org.apache.beam.sdk.util.CoderUtils;
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
   * watermark holds; a group never spans shards, so the clusters are the same. A shard's events are
   * held in memory together: many shards on a cluster.
   */
  public static final int SHARDS = 64;

  /**
   * Shards on the direct runner, where every shard is a bundle downstream: each bundle prepares the
   * write's transforms again, and the write's own group-by-key copies its values so far for every
   * bundle that reaches it. All events are in one JVM's memory there anyway.
   */
  public static final int DIRECT_SHARDS = 4;

  /**
   * The events cross the group-by-key as their encoded bytes. The direct runner's group-by-key
   * copies a key's values so far for every bundle that reaches the key (each copy a decode and an
   * encode through the values' coder); over 400 BBC articles, 64 annotation bundles and 19,416
   * events that copying took 29% of a warm run's CPU with Avro records, and is an array copy with
   * bytes. Other runners pay one encode and one decode per event either way.
   */
  private static final RecordCoder<Event> EVENT_CODER = RecordCoder.of(Event.class);

  private final PCollection<Article> articles;
  private final int shards;
  private final boolean byType;

  private ClusterEvents(PCollection<Article> articles, int shards, boolean byType) {
    this.articles = articles;
    this.shards = shards;
    this.byType = byType;
  }

  /** Clusters events of these articles (with their {@code article_cluster_id} set). */
  public static ClusterEvents ofArticles(PCollection<Article> articles) {
    return new ClusterEvents(articles, SHARDS, false);
  }

  /**
   * The same over {@code shards} shards ({@link #SHARDS}), each event's shard chosen by its whole
   * group key (type and date), which needs its article's facts.
   */
  public ClusterEvents withShards(int shards) {
    return new ClusterEvents(articles, checked(shards), false);
  }

  /**
   * The same over {@code shards} shards ({@link #DIRECT_SHARDS}), each event's shard chosen by its
   * type alone ({@link EventClusterer#typeKey}): no event waits for the article facts before the
   * group-by-key, but a shard holds every date of its types. For the direct runner, which keeps
   * every event waiting for a side input and tries them all again on every round (over a warm rerun
   * of 400 stored BBC articles, 734,440 elements processed for 21,287 events); all events are in
   * one JVM's memory there anyway. The clusters are the same: a group never spans shards.
   */
  public ClusterEvents withShardsByType(int shards) {
    return new ClusterEvents(articles, checked(shards), true);
  }

  private static int checked(int shards) {
    if (shards < 1) {
      throw new IllegalArgumentException("event cluster shards must be at least 1: " + shards);
    }
    return shards;
  }

  @Override
  public PCollectionTuple expand(PCollection<Event> events) {
    // One map of all facts for the side input, built by one combine: a per-doc-id combine gave
    // the direct runner one bundle per doc id downstream, each preparing its transforms again.
    // No default: events come only with articles, and the default's step waits for the combined
    // value as a side input, polled by the direct runner on every round.
    PCollectionView<Map<String, ArticleFacts>> facts =
        articles
            .apply("Article Facts", ParDo.of(new FactsFn()))
            .setCoder(SerializableCoder.of(ArticleFacts.class))
            .apply("Facts By Doc Id", Combine.globally(new FactsByDocId()).withoutDefaults())
            .apply("View Article Facts", View.asSingleton());
    PCollection<KV<Integer, byte[]>> keyed =
        byType
            ? events.apply("Key By Type", ParDo.of(new TypeKeyFn(shards)))
            : events.apply(
                "Key By Type And Date", ParDo.of(new KeyFn(facts, shards)).withSideInputs(facts));
    PCollectionTuple clustered =
        keyed
            .setCoder(KvCoder.of(VarIntCoder.of(), ByteArrayCoder.of()))
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

  private static class FactsFn extends DoFn<Article, ArticleFacts> {
    @ProcessElement
    public void processElement(@Element Article article, OutputReceiver<ArticleFacts> out) {
      out.output(ArticleFacts.of(article));
    }
  }

  /**
   * The facts of every doc id. Inputs may repeat a doc_id (a JSON Lines id field): one fact per id,
   * the smaller by value, so that the choice does not depend on the order of arrival.
   */
  static class FactsByDocId
      extends Combine.CombineFn<
          ArticleFacts, HashMap<String, ArticleFacts>, Map<String, ArticleFacts>> {
    @Override
    public HashMap<String, ArticleFacts> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public HashMap<String, ArticleFacts> addInput(
        HashMap<String, ArticleFacts> all, ArticleFacts facts) {
      all.merge(facts.docId(), facts, FactsByDocId::smaller);
      return all;
    }

    @Override
    public HashMap<String, ArticleFacts> mergeAccumulators(
        Iterable<HashMap<String, ArticleFacts>> parts) {
      HashMap<String, ArticleFacts> merged = new HashMap<>();
      for (HashMap<String, ArticleFacts> part : parts) {
        part.forEach((docId, facts) -> merged.merge(docId, facts, FactsByDocId::smaller));
      }
      return merged;
    }

    @Override
    public Map<String, ArticleFacts> extractOutput(HashMap<String, ArticleFacts> all) {
      return all;
    }

    static ArticleFacts smaller(ArticleFacts a, ArticleFacts b) {
      return a.toString().compareTo(b.toString()) <= 0 ? a : b;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Coder<HashMap<String, ArticleFacts>> getAccumulatorCoder(
        CoderRegistry registry, Coder<ArticleFacts> input) {
      return (Coder<HashMap<String, ArticleFacts>>) (Coder<?>) SerializableCoder.of(HashMap.class);
    }

    @Override
    public Coder<Map<String, ArticleFacts>> getDefaultOutputCoder(
        CoderRegistry registry, Coder<ArticleFacts> input) {
      return MapCoder.of(StringUtf8Coder.of(), SerializableCoder.of(ArticleFacts.class));
    }
  }

  private static class KeyFn extends DoFn<Event, KV<Integer, byte[]>> {
    private final PCollectionView<Map<String, ArticleFacts>> facts;
    private final int shards;

    KeyFn(PCollectionView<Map<String, ArticleFacts>> facts, int shards) {
      this.facts = facts;
      this.shards = shards;
    }

    @ProcessElement
    public void processElement(ProcessContext context) throws CoderException {
      Event event = context.element();
      ArticleFacts article = context.sideInput(facts).get(event.getDocId());
      String key = EventClusterer.groupKey(event, article);
      context.output(
          KV.of(
              Math.floorMod(key.hashCode(), shards),
              CoderUtils.encodeToByteArray(EVENT_CODER, event)));
    }
  }

  private static class TypeKeyFn extends DoFn<Event, KV<Integer, byte[]>> {
    private final int shards;

    TypeKeyFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void processElement(@Element Event event, OutputReceiver<KV<Integer, byte[]>> out)
        throws CoderException {
      out.output(
          KV.of(
              Math.floorMod(EventClusterer.typeKey(event).hashCode(), shards),
              CoderUtils.encodeToByteArray(EVENT_CODER, event)));
    }
  }

  private static class LinkFn extends DoFn<KV<Integer, Iterable<byte[]>>, Event> {
    private final Counter clusters = Metrics.counter(ClusterEvents.class, Counters.CLUSTERS);
    private final Counter crossArticle =
        Metrics.counter(ClusterEvents.class, Counters.CROSS_ARTICLE);
    private final PCollectionView<Map<String, ArticleFacts>> facts;

    LinkFn(PCollectionView<Map<String, ArticleFacts>> facts) {
      this.facts = facts;
    }

    @ProcessElement
    public void processElement(ProcessContext context) throws CoderException {
      List<Event> shard = new ArrayList<>();
      for (byte[] event : context.element().getValue()) {
        shard.add(CoderUtils.decodeFromByteArray(EVENT_CODER, event));
      }
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
