package org.newsevents.nlp.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall time spent in the three trained event models, summed over all threads of the JVM: the
 * trigger model ({@link TriggerModel#isEvent}), the class model ({@link EventClassifier#classify})
 * and the date model ({@code DateModel#best}) add nanoseconds per call, features and decision
 * included; a snapshot of seconds per model comes out (the benchmark's {@code trigger_model},
 * {@code class_model} and {@code date_model} rows, which are parts of its {@code events}, {@code
 * statements} and {@code article} stages, not stages of their own).
 */
public final class ModelTimes {

  private static final LongAdder TRIGGER = new LongAdder();
  private static final LongAdder CLASS = new LongAdder();
  private static final LongAdder DATE = new LongAdder();

  private ModelTimes() {}

  static void trigger(long startNanos) {
    TRIGGER.add(System.nanoTime() - startNanos);
  }

  static void classes(long startNanos) {
    CLASS.add(System.nanoTime() - startNanos);
  }

  /** Adds the time of one call of the event date model ({@code DateModel#best}). */
  public static void date(long startNanos) {
    DATE.add(System.nanoTime() - startNanos);
  }

  /** Seconds per model so far: {@code trigger_model}, {@code class_model}, {@code date_model}. */
  public static Map<String, Double> snapshot() {
    Map<String, Double> seconds = new LinkedHashMap<>();
    seconds.put("trigger_model", TRIGGER.sum() / 1e9);
    seconds.put("class_model", CLASS.sum() / 1e9);
    seconds.put("date_model", DATE.sum() / 1e9);
    return seconds;
  }
}
