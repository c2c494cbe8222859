package org.newsevents.nlp.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall time spent in the two trained event models, summed over all threads of the JVM: the trigger
 * model ({@link TriggerModel#isEvent}) and the class model ({@link EventClassifier#classify}) add
 * nanoseconds per call, features and decision included; a snapshot of seconds per model comes out
 * (the benchmark's {@code trigger_model} and {@code class_model} rows, which are parts of its
 * {@code events} and {@code article} stages, not stages of their own).
 */
public final class ModelTimes {

  private static final LongAdder TRIGGER = new LongAdder();
  private static final LongAdder CLASS = new LongAdder();

  private ModelTimes() {}

  static void trigger(long startNanos) {
    TRIGGER.add(System.nanoTime() - startNanos);
  }

  static void classes(long startNanos) {
    CLASS.add(System.nanoTime() - startNanos);
  }

  /** Seconds per model so far: {@code trigger_model}, {@code class_model}. */
  public static Map<String, Double> snapshot() {
    Map<String, Double> seconds = new LinkedHashMap<>();
    seconds.put("trigger_model", TRIGGER.sum() / 1e9);
    seconds.put("class_model", CLASS.sum() / 1e9);
    return seconds;
  }
}
