package org.newsevents.transforms;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.CoreNlpPipelines;
import org.newsevents.records.ErrorRecords;
import org.newsevents.schema.Article;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.schema.Event;

/**
 * Annotates normalized articles with CoreNLP and extracts their statements and events: articles go
 * in; the annotated articles ({@link #ARTICLES}), their events ({@link #EVENTS}) and the articles
 * that failed ({@link #ERRORS}) come out. An article whose analysis takes longer than the time
 * limit is cancelled and becomes an {@value #TIMEOUT} error; the worker goes on.
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

  private ExtractEvents(String profile, Duration timeout, int buckets) {
    this.profile = profile;
    this.timeout = timeout;
    this.buckets = buckets;
  }

  /** Extracts with the CoreNLP profile of that name; an unknown profile fails here, not later. */
  public static ExtractEvents withProfile(String profile) {
    CoreNlpPipelines.properties(profile);
    return new ExtractEvents(profile, DEFAULT_TIMEOUT, SpreadArticles.DEFAULT_BUCKETS);
  }

  /** Gives up on an article whose analysis takes longer than {@code timeout}. */
  public ExtractEvents withTimeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("annotation timeout must be positive: " + timeout);
    }
    return new ExtractEvents(profile, timeout, buckets);
  }

  /**
   * Spreads the articles over {@code buckets} groups before annotation ({@link SpreadArticles}).
   */
  public ExtractEvents withBuckets(int buckets) {
    SpreadArticles.into(buckets);
    return new ExtractEvents(profile, timeout, buckets);
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    // Annotation is the slow step: break fusion so that articles spread over workers.
    PCollection<Article> spread = articles.apply("Spread Articles", SpreadArticles.into(buckets));
    PCollectionTuple extracted =
        spread.apply(
            "Annotate And Extract",
            ParDo.of(new ExtractFn(profile, timeout))
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

    private Counters() {}
  }

  /** How long a cancelled analysis may take to notice its interrupt before it is left behind. */
  private static final int CANCEL_GRACE_SECONDS = 5;

  // The CoreNLP annotation is not a serializable value, so annotation and extraction share a DoFn.
  private static class ExtractFn extends DoFn<Article, Article> {
    private final Counter articles = Metrics.counter(ExtractEvents.class, Counters.ARTICLES);
    private final Counter statements = Metrics.counter(ExtractEvents.class, Counters.STATEMENTS);
    private final Counter events = Metrics.counter(ExtractEvents.class, Counters.EVENTS);
    private final Counter errors = Metrics.counter(ExtractEvents.class, Counters.ERRORS);

    private final String profile;
    private final Duration timeout;
    private transient ArticleAnalyzer analyzer;
    // The analysis runs on a thread of this instance so that it can be abandoned on timeout.
    private transient ExecutorService executor;

    ExtractFn(String profile, Duration timeout) {
      this.profile = profile;
      this.timeout = timeout;
    }

    @Setup
    public void setup() {
      // The CoreNLP pipeline behind the analyzer is loaded once per JVM and shared by instances.
      analyzer = ArticleAnalyzer.forProfile(profile);
      executor = newExecutor();
    }

    @Teardown
    public void teardown() {
      if (executor != null) {
        executor.shutdownNow();
      }
    }

    @ProcessElement
    public void processElement(@Element Article article, MultiOutputReceiver out)
        throws InterruptedException {
      ArticleAnalyzer.Analysis analysis;
      Future<ArticleAnalyzer.Analysis> running = executor.submit(() -> analyzer.analyze(article));
      try {
        analysis = running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        abandon(running);
        error(article, TIMEOUT, new TimeoutException("analysis took longer than " + timeout), out);
        return;
      } catch (ExecutionException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        error(article, null, cause, out);
        return;
      }
      out.get(ARTICLES).output(analysis.article());
      articles.inc();
      for (Event event : analysis.events()) {
        out.get(EVENTS).output(event);
        events.inc();
        if (event.getStatement() != null) {
          statements.inc();
        }
      }
    }

    /**
     * Cancels a timed-out analysis. CoreNLP's annotators check the thread's interrupt flag; if the
     * thread still runs after a grace period, it is left behind on a fresh executor.
     */
    private void abandon(Future<?> running) throws InterruptedException {
      running.cancel(true);
      executor.shutdown();
      if (!executor.awaitTermination(CANCEL_GRACE_SECONDS, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
      executor = newExecutor();
    }

    private void error(Article article, String type, Throwable e, MultiOutputReceiver out) {
      errors.inc();
      out.get(ERRORS)
          .output(
              type == null
                  ? ErrorRecords.of(
                      article.getSource(), article.getDocId(), STAGE, e, article.getBody())
                  : ErrorRecords.of(
                      article.getSource(), article.getDocId(), STAGE, type, e, article.getBody()));
    }

    private static ExecutorService newExecutor() {
      return Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "newsevents-annotate");
            t.setDaemon(true);
            return t;
          });
    }
  }
}
