package org.newsevents.transforms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
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

  private final int buckets;

  private SpreadArticles(int buckets) {
    this.buckets = buckets;
  }

  /** Spreads into {@code buckets} groups; on a cluster, give at least 4 per worker thread. */
  public static SpreadArticles into(int buckets) {
    if (buckets < 1) {
      throw new IllegalArgumentException("annotation buckets must be at least 1: " + buckets);
    }
    return new SpreadArticles(buckets);
  }

  /**
   * The bucket of a copy key: stable across runs and JVMs ({@link String#hashCode} is specified).
   */
  static int bucket(String copyKey, int buckets) {
    return Math.floorMod(copyKey.hashCode(), buckets);
  }

  @Override
  public PCollection<List<Article>> expand(PCollection<Article> articles) {
    int n = buckets;
    return articles
        .apply(
            "Key By Bucket",
            WithKeys.of((Article article) -> bucket(ArticleAnalyzer.copyKey(article), n))
                .withKeyType(TypeDescriptors.integers()))
        .apply("Group Buckets", GroupByKey.create())
        .apply("Group Copies", ParDo.of(new GroupCopiesFn()))
        .setCoder(ListCoder.of(RecordCoder.of(Article.class)));
  }

  /**
   * The copy groups of a bucket, each ordered by doc id. One pass over the bucket (Flink's batch
   * GroupByKey result can be read only once): every article is held until the bucket ends, a
   * bucket's share of the collection (articles / {@code --annotationBuckets}), so a cluster run
   * over a large collection wants many buckets.
   */
  static class GroupCopiesFn extends DoFn<KV<Integer, Iterable<Article>>, List<Article>> {
    @ProcessElement
    public void processElement(
        @Element KV<Integer, Iterable<Article>> bucket, OutputReceiver<List<Article>> out) {
      Map<String, List<Article>> groups = new LinkedHashMap<>();
      for (Article article : bucket.getValue()) {
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
