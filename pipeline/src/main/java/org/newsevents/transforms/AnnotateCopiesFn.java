package org.newsevents.transforms;

import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.values.TupleTag;
import org.joda.time.Instant;
import org.newsevents.nlp.AnnotationStore;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.records.ErrorRecords;
import org.newsevents.schema.Article;
import org.newsevents.schema.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Annotates a group of exact copies once and extracts the records of each: a copy group ({@link
 * SpreadArticles}) goes in; one article and its events, or one error record, per doc id come out.
 * With an annotation store, a stored annotation replaces CoreNLP, and a fresh one is stored.
 * CoreNLP loads on the first article the store does not hold, outside the time limit; the time
 * limit applies to each article's analysis as before (the copies' extraction included).
 */
class AnnotateCopiesFn extends DoFn<List<Article>, Article> {
  private static final Logger LOG = LoggerFactory.getLogger(AnnotateCopiesFn.class);

  /** How long a cancelled analysis may take to notice its interrupt before it is left behind. */
  private static final int CANCEL_GRACE_SECONDS = 5;

  private final Counter articles = counter(ExtractEvents.Counters.ARTICLES);
  private final Counter statements = counter(ExtractEvents.Counters.STATEMENTS);
  private final Counter events = counter(ExtractEvents.Counters.EVENTS);
  private final Counter errors = counter(ExtractEvents.Counters.ERRORS);
  private final Counter annotated = counter(ExtractEvents.Counters.ANNOTATED);
  private final Counter copiesReused = counter(ExtractEvents.Counters.COPIES_REUSED);
  private final Counter storeHits = counter(ExtractEvents.Counters.STORE_HITS);
  private final Counter storeMisses = counter(ExtractEvents.Counters.STORE_MISSES);
  private final Counter storeUnreadable = counter(ExtractEvents.Counters.STORE_UNREADABLE);
  private final Counter storeWriteFailures = counter(ExtractEvents.Counters.STORE_WRITE_FAILURES);

  private final String profile;
  private final Duration timeout;
  private final String storeDir;
  private final String jitRun;
  private final int hitThreads;
  private transient ArticleAnalyzer analyzer;
  private transient AnnotationStore store;
  // The analysis runs on a thread of this instance so that it can be abandoned on timeout.
  private transient ExecutorService executor;
  // With hitThreads: the JVM's pool for store hits, and this bundle's hits handed to it.
  private transient HitPool hitPool;
  private transient List<Deferred> deferred;

  /** One article's analysis, with the stored form of a fresh annotation (null otherwise). */
  private record Analyzed(AnnotatedText text, byte[] fresh, ArticleAnalyzer.Analysis analysis) {}

  /** Where an article's records go: the element's receiver, or the bundle's end. */
  private interface Emitter {
    <T> void output(TupleTag<T> tag, T value);
  }

  /**
   * A store hit's read and extraction on the {@link HitPool}: what the read found (not the
   * annotation, which would stay in memory until the bundle ends), then the records.
   */
  private static final class HitWork {
    volatile boolean read;
    volatile boolean hit;
    volatile boolean unreadable;
    volatile ArticleAnalyzer.Analysis analysis;
  }

  /** A hit handed to the pool, with what its records need at the bundle's end. */
  private record Deferred(
      List<Article> copies,
      String key,
      Instant timestamp,
      BoundedWindow window,
      HitWork work,
      HitPool.Task<HitWork> task) {}

  AnnotateCopiesFn(String profile, Duration timeout, String storeDir) {
    this(profile, timeout, storeDir, "");
  }

  /** {@code jitRun}: the run's key for {@link WarmRunJit} (empty: the JIT is left as it is). */
  AnnotateCopiesFn(String profile, Duration timeout, String storeDir, String jitRun) {
    this(profile, timeout, storeDir, jitRun, 0);
  }

  /**
   * {@code hitThreads}: with a store, articles it holds are read and extracted on the JVM's {@link
   * HitPool} of that many threads (at least), their records output at the bundle's end; 0: each
   * article in turn (the direct runner's worker count is the right number; other runners: 0).
   */
  AnnotateCopiesFn(
      String profile, Duration timeout, String storeDir, String jitRun, int hitThreads) {
    this.profile = profile;
    this.timeout = timeout;
    this.storeDir = storeDir;
    this.jitRun = jitRun;
    this.hitThreads = hitThreads;
  }

  private static Counter counter(String name) {
    return Metrics.counter(ExtractEvents.class, name);
  }

  @Setup
  public void setup() {
    // The CoreNLP pipeline behind the analyzer is loaded once per JVM and shared by instances;
    // with a store it loads only when an article misses.
    analyzer = ArticleAnalyzer.forProfile(profile);
    if (storeDir.isEmpty()) {
      analyzer.load();
    } else {
      store = AnnotationStore.forProfile(StoreBlobs.of(storeDir), profile);
      if (hitThreads > 0) {
        hitPool = HitPool.atLeast(hitThreads);
      }
    }
    executor = newExecutor();
  }

  @StartBundle
  public void startBundle() {
    deferred = new ArrayList<>();
  }

  @Teardown
  public void teardown() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  @ProcessElement
  public void processElement(
      @Element List<Article> copies,
      @Timestamp Instant timestamp,
      BoundedWindow window,
      MultiOutputReceiver receiver)
      throws InterruptedException {
    Article first = copies.get(0);
    String key =
        store == null ? null : store.key(first.getBody(), ArticleAnalyzer.publishedDate(first));
    if (hitPool != null && copies.size() == 1 && store.holds(key)) {
      WarmRunJit.extractingStored(jitRun);
      HitWork work = new HitWork();
      deferred.add(
          new Deferred(
              copies, key, timestamp, window, work, hitPool.submit(() -> hit(first, key, work))));
      return;
    }
    Emitter out =
        new Emitter() {
          @Override
          public <T> void output(TupleTag<T> tag, T value) {
            receiver.get(tag).output(value);
          }
        };
    annotateOrRead(copies, key, lookUp(key), out);
  }

  /** On the pool: a hit's stored annotation read, and its records extracted (null on a miss). */
  private HitWork hit(Article article, String key, HitWork work) {
    AnnotationStore.Lookup lookup = store.get(key);
    work.unreadable = lookup.unreadable();
    work.hit = lookup.hit();
    work.read = true;
    if (lookup.hit()) {
      LocalDate published = ArticleAnalyzer.publishedDate(article);
      AnnotatedText text = new AnnotatedText(article.getBody(), lookup.annotation());
      work.analysis = analyzer.extract(article, text, published);
    }
    return work;
  }

  /**
   * The bundle's hits, collected in the order they came: each one's records, or an error record
   * when its extraction failed or ran out of time; an entry that turned out unreadable is annotated
   * here, as any miss. Then waits until the pool is idle, so that this worker's thread does not
   * spin while another bundle's hits are extracted.
   */
  @FinishBundle
  public void finishBundle(FinishBundleContext context) throws InterruptedException {
    for (Deferred d : deferred) {
      Emitter out =
          new Emitter() {
            @Override
            public <T> void output(TupleTag<T> tag, T value) {
              context.output(tag, value, d.timestamp(), d.window());
            }
          };
      Article article = d.copies().get(0);
      try {
        d.task().await(timeout);
        if (d.work().analysis != null) {
          storeHits.inc();
          emit(d.work().analysis, out);
        } else {
          annotateOrRead(d.copies(), d.key(), missed(d.work()), out);
        }
      } catch (TimeoutException e) {
        countLookup(d.work());
        TimeoutException late = new TimeoutException("analysis took longer than " + timeout);
        error(article, ExtractEvents.TIMEOUT, late, out);
      } catch (ExecutionException e) {
        countLookup(d.work());
        error(article, null, e.getCause() == null ? e : e.getCause(), out);
      }
    }
    deferred.clear();
    if (hitPool != null) {
      hitPool.awaitIdle();
    }
  }

  /**
   * A failed or late hit in the counters: a hit unless the store could not read it (the store held
   * the entry when the bundle came).
   */
  private void countLookup(HitWork work) {
    if (work.read && !work.hit) {
      missed(work);
    } else {
      storeHits.inc();
    }
  }

  /** Counts a read on the pool that missed; null (annotate). */
  private Annotation missed(HitWork work) {
    storeMisses.inc();
    if (work.unreadable) {
      storeUnreadable.inc();
    }
    return null;
  }

  /**
   * A copy group's analysis on this worker: from {@code stored}, or annotated by CoreNLP (and
   * stored) when it is null.
   */
  private void annotateOrRead(List<Article> copies, String key, Annotation stored, Emitter out)
      throws InterruptedException {
    Article first = copies.get(0);
    String body = first.getBody();
    LocalDate published = ArticleAnalyzer.publishedDate(first);
    if (stored == null) {
      WarmRunJit.annotating(jitRun);
      analyzer.load();
    } else {
      WarmRunJit.extractingStored(jitRun);
    }
    Analyzed result =
        timed(
            copies,
            () -> {
              AnnotatedText text =
                  stored != null
                      ? new AnnotatedText(body, stored)
                      : analyzer.annotate(body, published);
              byte[] fresh =
                  stored == null && store != null ? store.serialize(text.annotation()) : null;
              return new Analyzed(text, fresh, analyzer.extract(first, text, published));
            },
            out);
    if (result == null) {
      return;
    }
    if (stored == null) {
      annotated.inc();
      save(key, result.fresh());
    }
    emit(result.analysis(), out);
    for (Article copy : copies.subList(1, copies.size())) {
      copiesReused.inc();
      Analyzed reused =
          timed(
              List.of(copy),
              () -> new Analyzed(null, null, analyzer.extract(copy, result.text(), published)),
              out);
      if (reused != null) {
        emit(reused.analysis(), out);
      }
    }
  }

  private Annotation lookUp(String key) {
    if (store == null) {
      return null;
    }
    AnnotationStore.Lookup lookup = store.get(key);
    if (lookup.hit()) {
      storeHits.inc();
      return lookup.annotation();
    }
    storeMisses.inc();
    if (lookup.unreadable()) {
      storeUnreadable.inc();
    }
    return null;
  }

  private void save(String key, byte[] fresh) {
    if (fresh == null) {
      return;
    }
    try {
      store.put(key, fresh);
    } catch (IOException | RuntimeException e) {
      // The records are made; the entry will be missing next time, which costs an annotation.
      storeWriteFailures.inc();
      LOG.warn("annotation store: cannot write {}: {}", store.path(key), e.toString());
    }
  }

  /**
   * Runs one analysis under the time limit; on a timeout or failure every article of {@code
   * affected} becomes an error record of the same kind and null comes back.
   */
  private Analyzed timed(List<Article> affected, Callable<Analyzed> analysis, Emitter out)
      throws InterruptedException {
    Future<Analyzed> running = executor.submit(analysis);
    try {
      return running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      abandon(running);
      TimeoutException late = new TimeoutException("analysis took longer than " + timeout);
      affected.forEach(article -> error(article, ExtractEvents.TIMEOUT, late, out));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      affected.forEach(article -> error(article, null, cause, out));
    }
    return null;
  }

  private void emit(ArticleAnalyzer.Analysis analysis, Emitter out) {
    out.output(ExtractEvents.ARTICLES, analysis.article());
    articles.inc();
    for (Event event : analysis.events()) {
      out.output(ExtractEvents.EVENTS, event);
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

  private void error(Article article, String type, Throwable e, Emitter out) {
    errors.inc();
    String stage = ExtractEvents.STAGE;
    out.output(
        ExtractEvents.ERRORS,
        type == null
            ? ErrorRecords.of(article.getSource(), article.getDocId(), stage, e, article.getBody())
            : ErrorRecords.of(
                article.getSource(), article.getDocId(), stage, type, e, article.getBody()));
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
