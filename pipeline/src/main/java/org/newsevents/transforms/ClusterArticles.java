package org.newsevents.transforms;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.DelegateCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.newsevents.cluster.MinHash;
import org.newsevents.cluster.NearDuplicates;
import org.newsevents.schema.Article;

/**
 * Marks near-duplicate articles: articles go in; the same articles come out, each with the {@code
 * article_cluster_id} of its near-duplicate group ({@link NearDuplicates}). Nothing is removed.
 * Signatures are computed per article in parallel; the banding runs once over all signatures (128
 * longs per article).
 */
public class ClusterArticles extends PTransform<PCollection<Article>, PCollection<Article>> {

  /** Counter names, in the namespace of this class. */
  public static final class Counters {
    /** Distinct article clusters, singletons included. */
    public static final String CLUSTERS = "article_clusters";

    /** Articles that share their cluster with at least one other article. */
    public static final String NEAR_DUPLICATES = "near_duplicate_articles";

    private Counters() {}
  }

  private ClusterArticles() {}

  public static ClusterArticles byMinHash() {
    return new ClusterArticles();
  }

  /**
   * The bands are combined without a default: with no article nothing reads them, and the default's
   * step waits for the combined value as a side input, which the direct runner polls on every round
   * while articles are extracted (30 bundles in a warm rerun of 400 articles).
   */
  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    PCollection<Map<String, String>> clusterOf =
        articles
            .apply("Sign Articles", ParDo.of(new SignFn()))
            .setCoder(Signature.CODER)
            .apply("Band Signatures", Combine.globally(new BandFn()).withoutDefaults());
    clusterOf.apply("Count Article Clusters", ParDo.of(new CountFn()));
    PCollectionView<Map<String, String>> view =
        clusterOf.apply("View Article Clusters", View.asSingleton());
    return articles
        .apply("Mark Article Clusters", ParDo.of(new MarkFn(view)).withSideInputs(view))
        .setCoder(RecordCoder.of(Article.class));
  }

  /** A document's MinHash signature. */
  record Signature(String docId, long[] values) {
    static final Coder<Signature> CODER =
        DelegateCoder.of(
            KvCoder.of(StringUtf8Coder.of(), LongArrayCoder.INSTANCE),
            signature -> KV.of(signature.docId(), signature.values()),
            kv -> new Signature(kv.getKey(), kv.getValue()));
  }

  /**
   * A {@code long[]} as its length and values. Not consistent with {@code equals} (arrays compare
   * by identity), so the direct runner's mutation check compares encodings.
   */
  static final class LongArrayCoder extends AtomicCoder<long[]> {
    static final LongArrayCoder INSTANCE = new LongArrayCoder();

    @Override
    public void encode(long[] values, OutputStream out) throws IOException {
      VarIntCoder.of().encode(values.length, out);
      DataOutputStream data = new DataOutputStream(out);
      for (long value : values) {
        data.writeLong(value);
      }
      data.flush();
    }

    @Override
    public long[] decode(InputStream in) throws IOException {
      long[] values = new long[VarIntCoder.of().decode(in)];
      DataInputStream data = new DataInputStream(in);
      for (int i = 0; i < values.length; i++) {
        values[i] = data.readLong();
      }
      return values;
    }
  }

  private static class SignFn extends DoFn<Article, Signature> {
    @ProcessElement
    public void processElement(@Element Article article, OutputReceiver<Signature> out) {
      out.output(new Signature(article.getDocId(), MinHash.signature(article.getBody())));
    }
  }

  /** Collects all signatures, then groups them; the output maps doc_id to cluster id. */
  private static class BandFn
      extends Combine.CombineFn<Signature, Map<String, long[]>, Map<String, String>> {
    @Override
    public Map<String, long[]> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public Map<String, long[]> addInput(Map<String, long[]> all, Signature signature) {
      all.put(signature.docId(), signature.values());
      return all;
    }

    @Override
    public Map<String, long[]> mergeAccumulators(Iterable<Map<String, long[]>> parts) {
      Map<String, long[]> merged = new HashMap<>();
      parts.forEach(merged::putAll);
      return merged;
    }

    @Override
    public Map<String, String> extractOutput(Map<String, long[]> all) {
      return new TreeMap<>(NearDuplicates.clusters(all));
    }

    @Override
    public Coder<Map<String, long[]>> getAccumulatorCoder(
        CoderRegistry registry, Coder<Signature> input) {
      return MapCoder.of(StringUtf8Coder.of(), LongArrayCoder.INSTANCE);
    }

    @Override
    public Coder<Map<String, String>> getDefaultOutputCoder(
        CoderRegistry registry, Coder<Signature> input) {
      return MapCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());
    }
  }

  private static class CountFn extends DoFn<Map<String, String>, Void> {
    @ProcessElement
    public void processElement(@Element Map<String, String> clusterOf) {
      Map<String, Integer> sizes = new HashMap<>();
      clusterOf.values().forEach(cluster -> sizes.merge(cluster, 1, Integer::sum));
      Metrics.counter(ClusterArticles.class, Counters.CLUSTERS).inc(sizes.size());
      Metrics.counter(ClusterArticles.class, Counters.NEAR_DUPLICATES)
          .inc(sizes.values().stream().filter(n -> n > 1).mapToInt(Integer::intValue).sum());
    }
  }

  private static class MarkFn extends DoFn<Article, Article> {
    private final PCollectionView<Map<String, String>> view;

    MarkFn(PCollectionView<Map<String, String>> view) {
      this.view = view;
    }

    @ProcessElement
    public void processElement(
        @Element Article article, OutputReceiver<Article> out, ProcessContext context) {
      String cluster = context.sideInput(view).get(article.getDocId());
      out.output(Article.newBuilder(article).setArticleClusterId(cluster).build());
    }
  }
}
