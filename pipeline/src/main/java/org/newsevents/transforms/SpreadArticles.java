package org.newsevents.transforms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.joda.time.Instant;
import org.newsevents.nlp.AnnotationStore;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.schema.Article;

/**
 * Spreads articles over a fixed number of buckets before the slow annotation step: articles go in;
 * the same articles come out in groups of exact copies ({@link ArticleAnalyzer#copyKey}: same
 * normalized body and publication date, usually one article a group), in at most {@code buckets}
 * bundles by a hash of the copy key. Copies land in one bucket, so they are annotated once.
 *
 * <p>Why not {@code Reshuffle}: its trigger fires per element, so the direct runner turns every
 * article into a bundle of its own, and it prepares every transform downstream once per bundle
 * (translating the transform, deserializing its DoFn). Over 2,225 articles that preparation cost
 * more than the annotation. A plain GroupByKey over a fixed number of keys gives as many bundles as
 * buckets, on every runner, and the same article always lands in the same bucket.
 */
public class SpreadArticles extends PTransform<PCollection<Article>, PCollection<List<Article>>> {

  /**
   * Default on the direct runner: enough for 2 cores to balance, few enough to keep bundles big.
   */
  public static final int DEFAULT_BUCKETS = 64;

  /**
   * Default on the other runners, which hash whole buckets to their workers: many small buckets
   * balance the work.
   */
  public static final int CLUSTER_BUCKETS = 1024;

  /**
   * The articles cross the group-by-key as their encoded bytes. The direct runner's group-by-key
   * copies a key's values so far (a decode and an encode of each through the values' coder) when a
   * bundle reaches the key and again when its timer fires; with bytes that is an array copy (a warm
   * rerun of 400 BBC articles: about 1% of its Java samples). Other runners pay one encode and one
   * decode per article either way.
   */
  private static final RecordCoder<Article> ARTICLE_CODER = RecordCoder.of(Article.class);

  private final int buckets;
  private final String storeDir;
  private final String profile;
  private final int hitBuckets;
  private final String jitRun;

  private SpreadArticles(
      int buckets, String storeDir, String profile, int hitBuckets, String jitRun) {
    this.buckets = buckets;
    this.storeDir = storeDir;
    this.profile = profile;
    this.hitBuckets = hitBuckets;
    this.jitRun = jitRun;
  }

  /** Spreads into {@code buckets} groups; on a cluster, give at least 4 per worker thread. */
  public static SpreadArticles into(int buckets) {
    if (buckets < 1) {
      throw new IllegalArgumentException("annotation buckets must be at least 1: " + buckets);
    }
    return new SpreadArticles(buckets, "", "", 0, "");
  }

  /**
   * Puts the articles whose annotation the store in {@code storeDir} holds (for {@code profile})
   * into {@code hitBuckets} buckets of their own, after the {@code buckets} of the others; 0 (or no
   * store): hits are spread like the others. A hit costs only extraction, so a few large bundles
   * do: on the direct runner every bundle is prepared again by every transform behind the
   * annotation. Copies share their store key, so they still meet. With more than one hit bucket,
   * the hits of a bundle are balanced over them by size ({@link #balance}), not by hash: each hit
   * bucket is one worker's share of the extraction, and a hash split left one worker extracting
   * alone at the end.
   */
  public SpreadArticles withStoreHits(String storeDir, String profile, int hitBuckets) {
    if (hitBuckets < 0) {
      throw new IllegalArgumentException("store hit buckets must be 0 or more: " + hitBuckets);
    }
    return new SpreadArticles(
        buckets, storeDir == null ? "" : storeDir, profile, hitBuckets, jitRun);
  }

  /**
   * Tells {@link WarmRunJit} whether each article is a store hit, for the run {@code run} (empty:
   * not told). Only with store-hit buckets, where the store is asked.
   */
  public SpreadArticles withWarmRunJit(String run) {
    return new SpreadArticles(buckets, storeDir, profile, hitBuckets, run == null ? "" : run);
  }

  /**
   * The bucket of a copy key: stable across runs and JVMs ({@link String#hashCode} is specified).
   */
  static int bucket(String copyKey, int buckets) {
    return Math.floorMod(copyKey.hashCode(), buckets);
  }

  /**
   * Assigns weighted groups to {@code buckets} buckets so that their summed weights come out even:
   * the heaviest group first (equal weights: the smaller key first) into the bucket with the least
   * weight so far (a tie: the lower bucket). The same groups give the same assignment in any order.
   */
  static Map<String, Integer> balance(Map<String, Long> weights, int buckets) {
    List<Map.Entry<String, Long>> heaviestFirst = new ArrayList<>(weights.entrySet());
    heaviestFirst.sort(
        Map.Entry.<String, Long>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    long[] load = new long[buckets];
    Map<String, Integer> assigned = new LinkedHashMap<>();
    for (Map.Entry<String, Long> group : heaviestFirst) {
      int lightest = 0;
      for (int b = 1; b < buckets; b++) {
        if (load[b] < load[lightest]) {
          lightest = b;
        }
      }
      load[lightest] += group.getValue();
      assigned.put(group.getKey(), lightest);
    }
    return assigned;
  }

  @Override
  public PCollection<List<Article>> expand(PCollection<Article> articles) {
    return articles
        .apply("Key By Bucket", ParDo.of(new KeyFn(buckets, storeDir, profile, hitBuckets, jitRun)))
        .setCoder(KvCoder.of(VarIntCoder.of(), ByteArrayCoder.of()))
        .apply("Group Buckets", GroupByKey.create())
        .apply("Group Copies", ParDo.of(new GroupCopiesFn()))
        .setCoder(ListCoder.of(RecordCoder.of(Article.class)));
  }

  /**
   * Keys an article by its bucket: a hash of its copy key, or, when the store holds its annotation
   * ({@link AnnotationStore#holds}: the entry is there, not read), one of the store-hit buckets.
   * With several hit buckets, a bundle's hits are held until the bundle ends and then balanced over
   * the hit buckets by the length of their bodies, a copy group as one ({@link #balance}): a stored
   * article costs only its extraction, which grows with its length. On the direct runner every
   * article read reaches this step in one bundle, so the whole run's hits are balanced. Where a
   * runner splits the articles into several bundles, copies in different bundles may land in
   * different hit buckets: each then reads the stored entry itself (the same records).
   */
  static class KeyFn extends DoFn<Article, KV<Integer, byte[]>> {
    private final int buckets;
    private final String storeDir;
    private final String profile;
    private final int hitBuckets;
    private final String jitRun;
    private transient AnnotationStore store;
    private transient List<HeldHit> held;

    /** A store hit waiting for the end of its bundle. */
    private record HeldHit(
        String copyKey, long length, byte[] encoded, Instant timestamp, BoundedWindow window) {}

    KeyFn(int buckets, String storeDir, String profile, int hitBuckets, String jitRun) {
      this.buckets = buckets;
      this.storeDir = storeDir;
      this.profile = profile;
      this.hitBuckets = hitBuckets;
      this.jitRun = jitRun;
    }

    @Setup
    public void setup() {
      if (hitBuckets > 0 && !storeDir.isEmpty()) {
        store = AnnotationStore.forProfile(StoreBlobs.of(storeDir), profile);
      }
    }

    @StartBundle
    public void startBundle() {
      held = new ArrayList<>();
    }

    @ProcessElement
    public void processElement(
        @Element Article article,
        @Timestamp Instant timestamp,
        BoundedWindow window,
        OutputReceiver<KV<Integer, byte[]>> out)
        throws CoderException {
      String copyKey = ArticleAnalyzer.copyKey(article);
      boolean hit =
          store != null
              && store.holds(store.key(article.getBody(), ArticleAnalyzer.publishedDate(article)));
      if (store != null) {
        WarmRunJit.keyed(jitRun, hit);
      }
      byte[] encoded = CoderUtils.encodeToByteArray(ARTICLE_CODER, article);
      if (hit && hitBuckets > 1) {
        held.add(new HeldHit(copyKey, article.getBody().length(), encoded, timestamp, window));
        return;
      }
      int key = hit ? buckets : bucket(copyKey, buckets);
      out.output(KV.of(key, encoded));
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      if (held.isEmpty()) {
        return;
      }
      Map<String, Long> weights = new LinkedHashMap<>();
      for (HeldHit hit : held) {
        weights.merge(hit.copyKey(), hit.length(), Long::sum);
      }
      Map<String, Integer> assigned = balance(weights, hitBuckets);
      for (HeldHit hit : held) {
        context.output(
            KV.of(buckets + assigned.get(hit.copyKey()), hit.encoded()),
            hit.timestamp(),
            hit.window());
      }
      held = new ArrayList<>();
    }
  }

  /**
   * The copy groups of a bucket, each ordered by doc id. One pass over the bucket (Flink's batch
   * GroupByKey result can be read only once): every article is held until the bucket ends, a
   * bucket's share of the collection (articles / {@code --annotationBuckets}), so a cluster run
   * over a large collection wants many buckets.
   */
  static class GroupCopiesFn extends DoFn<KV<Integer, Iterable<byte[]>>, List<Article>> {
    @ProcessElement
    public void processElement(
        @Element KV<Integer, Iterable<byte[]>> bucket, OutputReceiver<List<Article>> out)
        throws CoderException {
      Map<String, List<Article>> groups = new LinkedHashMap<>();
      for (byte[] encoded : bucket.getValue()) {
        Article article = CoderUtils.decodeFromByteArray(ARTICLE_CODER, encoded);
        groups
            .computeIfAbsent(ArticleAnalyzer.copyKey(article), k -> new ArrayList<>())
            .add(article);
      }
      for (List<Article> group : groups.values()) {
        group.sort(Comparator.comparing(a -> a.getDocId().toString()));
        out.output(group);
      }
    }
  }
}
