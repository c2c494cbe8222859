package org.newsevents.tools.bench;

import java.util.Map;

/**
 * One timed pass over the benchmark articles: what ran (bare CoreNLP or the pipeline, profile,
 * workers) and what it cost go in; throughput figures come out.
 *
 * @param articles articles annotated
 * @param errors documents that became error records (pipeline) or failed normalization (bare)
 * @param tokens CoreNLP tokens of the annotated articles
 * @param wallSeconds elapsed time of the pass
 * @param cpuSeconds CPU time of the whole JVM during the pass (all threads, GC included)
 * @param peakHeapBytes sum of the heap pools' peak usage during the pass (see {@link HeapMeter})
 * @param annotatorSeconds CoreNLP's own time per annotator during the pass, summed over threads
 * @param stageSeconds the analyzer's time per stage during the pass, summed over threads (empty for
 *     bare CoreNLP)
 */
public record Measurement(
    String kind,
    String profile,
    int workers,
    int articles,
    int errors,
    long tokens,
    double wallSeconds,
    double cpuSeconds,
    long peakHeapBytes,
    Map<String, Double> annotatorSeconds,
    Map<String, Double> stageSeconds) {

  public static final String BARE = "bare";
  public static final String PIPELINE = "pipeline";

  public double articlesPerSecond() {
    return articles / wallSeconds;
  }

  public double articlesPerHour() {
    return articlesPerSecond() * 3600;
  }

  public double tokensPerSecond() {
    return tokens / wallSeconds;
  }

  /** Tokens per CPU-second: less sensitive than wall time to other processes on the machine. */
  public double tokensPerCpuSecond() {
    return tokens / cpuSeconds;
  }

  /** Throughput of this pass over that of another (tokens per wall second). */
  public double speedRatio(Measurement other) {
    return tokensPerSecond() / other.tokensPerSecond();
  }
}
