package org.newsevents.transforms;

import java.time.Duration;
import java.util.List;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsevents.nlp.CoreNlpPipelines;
import org.newsevents.schema.Article;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.schema.Event;

/**
 * Annotates normalized articles with CoreNLP and extracts their statements and events: articles go
 * in; the annotated articles ({@link #ARTICLES}), their events ({@link #EVENTS}) and the articles
 * that failed ({@link #ERRORS}) come out. An article whose analysis takes longer than the time
 * limit is cancelled and becomes an {@value #TIMEOUT} error; the worker goes on. Exact copies (same
 * normalized body and date) are annotated once; with an annotation store, annotations made by an
 * earlier run are read instead of made ({@link AnnotateCopiesFn}).
 */
public class ExtractEvents extends PTransform<PCollection<Article>, PCollectionTuple> {

  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Event> EVENTS = new TupleTag<>() {};
  public static final TupleTag<ErrorRecord> ERRORS = new TupleTag<>() {};

  static final String STAGE = "annotate";

  /** The error type of an article whose analysis ran out of time. */
  public static final String TIMEOUT = "ANNOTATION_TIMEOUT";

  /** Default for {@link #withTimeout}. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

  private final String profile;
  private final Duration timeout;
  private final int buckets;
  private final String store;
  private final int hitBuckets;
  private final String jitRun;

  private ExtractEvents(
      String profile, Duration timeout, int buckets, String store, int hitBuckets, String jitRun) {
    this.profile = profile;
    this.timeout = timeout;
    this.buckets = buckets;
    this.store = store;
    this.hitBuckets = hitBuckets;
    this.jitRun = jitRun;
  }

  /** Extracts with the CoreNLP profile of that name; an unknown profile fails here, not later. */
  public static ExtractEvents withProfile(String profile) {
    CoreNlpPipelines.properties(profile);
    return new ExtractEvents(profile, DEFAULT_TIMEOUT, SpreadArticles.DEFAULT_BUCKETS, "", 0, "");
  }

  /** Gives up on an article whose analysis takes longer than {@code timeout}. */
  public ExtractEvents withTimeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("annotation timeout must be positive: " + timeout);
    }
    return new ExtractEvents(profile, timeout, buckets, store, hitBuckets, jitRun);
  }

  /**
   * Reads annotations from, and writes fresh ones to, the annotation store in {@code dir} (local or
   * any Beam file system; empty: no store).
   */
  public ExtractEvents withAnnotationStore(String dir) {
    return new ExtractEvents(
        profile, timeout, buckets, dir == null ? "" : dir.strip(), hitBuckets, jitRun);
  }

  /**
   * Spreads the articles over {@code buckets} groups before annotation ({@link SpreadArticles}).
   */
  public ExtractEvents withBuckets(int buckets) {
    SpreadArticles.into(buckets);
    return new ExtractEvents(profile, timeout, buckets, store, hitBuckets, jitRun);
  }

  /**
   * Groups the articles the annotation store holds into {@code hitBuckets} buckets of their own
   * ({@link SpreadArticles#withStoreHits}); 0: spread like the others.
   */
  public ExtractEvents withStoreHitBuckets(int hitBuckets) {
    SpreadArticles.into(buckets).withStoreHits(store, profile, hitBuckets);
    return new ExtractEvents(profile, timeout, buckets, store, hitBuckets, jitRun);
  }

  /**
   * Lets a run whose articles all hit the store stop C2 compilation ({@link WarmRunJit}); {@code
   * run} is the run's key in this JVM (empty: the JIT is left alone). For the direct runner, where
   * every article is keyed before the first is extracted.
   */
  public ExtractEvents withWarmRunJit(String run) {
    return new ExtractEvents(profile, timeout, buckets, store, hitBuckets, run == null ? "" : run);
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    // Annotation is the slow step: break fusion so that articles spread over workers.
    // Exact copies meet in one group there, so that they are annotated once.
    PCollection<List<Article>> spread =
        articles.apply(
            "Spread Articles",
            SpreadArticles.into(buckets)
                .withStoreHits(store, profile, hitBuckets)
                .withWarmRunJit(jitRun));
    PCollectionTuple extracted =
        spread.apply(
            "Annotate And Extract",
            ParDo.of(new AnnotateCopiesFn(profile, timeout, store, jitRun))
                .withOutputTags(ARTICLES, TupleTagList.of(EVENTS).and(ERRORS)));
    extracted.get(ARTICLES).setCoder(RecordCoder.of(Article.class));
    extracted.get(EVENTS).setCoder(RecordCoder.of(Event.class));
    extracted.get(ERRORS).setCoder(RecordCoder.of(ErrorRecord.class));
    return extracted;
  }

  /** Counter names, in the namespace of this class. */
  public static final class Counters {
    public static final String ARTICLES = "articles";
    public static final String STATEMENTS = "statements";
    public static final String EVENTS = "events";
    public static final String ERRORS = "errors";

    /** Articles CoreNLP annotated in this run (not taken from the store, not a copy). */
    public static final String ANNOTATED = "annotated";

    /** Articles whose annotation was reused from an exact copy in the same run. */
    public static final String COPIES_REUSED = "copiesReused";

    /** Copy groups whose annotation the store held. */
    public static final String STORE_HITS = "storeHits";

    /** Copy groups the store did not hold (unreadable entries included). */
    public static final String STORE_MISSES = "storeMisses";

    /** Store entries that could not be read or parsed (each also a miss). */
    public static final String STORE_UNREADABLE = "storeUnreadable";

    /** Fresh annotations that could not be written to the store (the records are still made). */
    public static final String STORE_WRITE_FAILURES = "storeWriteFailures";

    private Counters() {}
  }
}
