package org.newsevents.transforms;

import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
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
  private transient ArticleAnalyzer analyzer;
  private transient AnnotationStore store;
  // The analysis runs on a thread of this instance so that it can be abandoned on timeout.
  private transient ExecutorService executor;

  /** One article's analysis, with the stored form of a fresh annotation (null otherwise). */
  private record Analyzed(AnnotatedText text, byte[] fresh, ArticleAnalyzer.Analysis analysis) {}

  AnnotateCopiesFn(String profile, Duration timeout, String storeDir) {
    this(profile, timeout, storeDir, "");
  }

  /** {@code jitRun}: the run's key for {@link WarmRunJit} (empty: the JIT is left as it is). */
  AnnotateCopiesFn(String profile, Duration timeout, String storeDir, String jitRun) {
    this.profile = profile;
    this.timeout = timeout;
    this.storeDir = storeDir;
    this.jitRun = jitRun;
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
    }
    executor = newExecutor();
  }

  @Teardown
  public void teardown() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  @ProcessElement
  public void processElement(@Element List<Article> copies, MultiOutputReceiver out)
      throws InterruptedException {
    Article first = copies.get(0);
    String body = first.getBody();
    LocalDate published = ArticleAnalyzer.publishedDate(first);
    String key = store == null ? null : store.key(body, published);
    Annotation stored = lookUp(key);
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
  private Analyzed timed(
      List<Article> affected, Callable<Analyzed> analysis, MultiOutputReceiver out)
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
      // The error record names the exception; the log keeps where it was thrown.
      affected.forEach(article -> LOG.warn("analysis of {} failed", article.getDocId(), cause));
      affected.forEach(article -> error(article, null, cause, out));
    }
    return null;
  }

  private void emit(ArticleAnalyzer.Analysis analysis, MultiOutputReceiver out) {
    out.get(ExtractEvents.ARTICLES).output(analysis.article());
    articles.inc();
    for (Event event : analysis.events()) {
      out.get(ExtractEvents.EVENTS).output(event);
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
    String stage = ExtractEvents.STAGE;
    out.get(ExtractEvents.ERRORS)
        .output(
            type == null
                ? ErrorRecords.of(
                    article.getSource(), article.getDocId(), stage, e, article.getBody())
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
