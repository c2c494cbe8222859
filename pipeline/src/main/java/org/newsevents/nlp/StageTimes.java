package org.newsevents.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.newsevents.nlp.events.ModelTimes;

/**
 * Wall time spent in each stage of {@link ArticleAnalyzer} (and in the pipeline's sharing of actor
 * codes across articles), summed over all threads of the JVM: stages add nanoseconds as they
 * finish; a snapshot of seconds per stage comes out, followed by the trained event models' time
 * ({@link ModelTimes}), which lies inside the stages.
 */
public final class StageTimes {

  /** The stages of one article's analysis, in the order they run. */
  enum Stage {
    ANNOTATE,
    // Reading and parsing an annotation from the annotation store instead of annotating.
    STORE_READ,
    COREFERENCE,
    TIMES,
    STATEMENTS,
    EVENTS,
    ACTORS,
    ARTICLE,
    // Outside the analyzer: the pipeline's Share Actor Codes stage (votes, decisions, fills).
    SHARED_ACTORS
  }

  // One counter per stage; LongAdder keeps concurrent adds cheap (no per-element logging).
  private static final LongAdder[] NANOS = new LongAdder[Stage.values().length];

  static {
    for (int i = 0; i < NANOS.length; i++) {
      NANOS[i] = new LongAdder();
    }
  }

  private StageTimes() {}

  /** Adds the time since {@code startNanos} to a stage and returns the current nanoTime. */
  static long add(Stage stage, long startNanos) {
    long now = System.nanoTime();
    NANOS[stage.ordinal()].add(now - startNanos);
    return now;
  }

  /**
   * Adds the time since {@code startNanos} to the pipeline's sharing of actor codes across articles
   * (ShareActorCodes) and returns the current nanoTime.
   */
  public static long addSharedActors(long startNanos) {
    return add(Stage.SHARED_ACTORS, startNanos);
  }

  /** Seconds per stage so far, in stage order. */
  public static Map<String, Double> snapshot() {
    Map<String, Double> seconds = new LinkedHashMap<>();
    for (Stage stage : Stage.values()) {
      seconds.put(stage.name().toLowerCase(), NANOS[stage.ordinal()].sum() / 1e9);
    }
    // The trained event models' share, already counted in "events" (trigger) and "article"
    // (class): rows of their own so that the benchmark shows what the models cost.
    seconds.putAll(ModelTimes.snapshot());
    return seconds;
  }
}
