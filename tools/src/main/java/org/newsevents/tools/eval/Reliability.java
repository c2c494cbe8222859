package org.newsevents.tools.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A reliability table of statement confidences: (confidence, right or not) pairs go in; per tenth
 * of the range the number of statements, their mean confidence and the share that is right come
 * out, with the calibration check: in every tenth holding at least {@link #MIN_COUNT} statements,
 * the share right is within {@link #TOLERANCE} of the mean confidence.
 */
public final class Reliability {

  /**
   * Tenths with fewer statements are listed but not checked: with 100 statements, two standard
   * errors of a share near 0.5 are 0.1, the tolerance, so sampling noise alone could fail a smaller
   * tenth.
   */
  public static final int MIN_COUNT = 100;

  public static final double TOLERANCE = 0.1;

  private final long[] count = new long[10];
  private final double[] confidence = new double[10];
  private final long[] right = new long[10];
  private long missing;
  private double brier;
  private long scored;

  /** Adds one statement; a null confidence (no model) is counted apart. */
  public void add(Double p, boolean correct) {
    if (p == null) {
      missing++;
      return;
    }
    int tenth = Math.min(9, (int) Math.floor(p * 10));
    count[tenth]++;
    confidence[tenth] += p;
    right[tenth] += correct ? 1 : 0;
    brier += (p - (correct ? 1 : 0)) * (p - (correct ? 1 : 0));
    scored++;
  }

  /** Whether every tenth with at least {@link #MIN_COUNT} statements is within the tolerance. */
  public boolean calibrated() {
    for (int t = 0; t < 10; t++) {
      if (count[t] >= MIN_COUNT && Math.abs(share(t) - mean(t)) > TOLERANCE) {
        return false;
      }
    }
    return scored > 0;
  }

  double mean(int tenth) {
    return count[tenth] == 0 ? 0 : confidence[tenth] / count[tenth];
  }

  double share(int tenth) {
    return count[tenth] == 0 ? 0 : (double) right[tenth] / count[tenth];
  }

  public long missing() {
    return missing;
  }

  /** Mean squared difference of confidence and outcome (0 is perfect). */
  public double brier() {
    return scored == 0 ? 0 : brier / scored;
  }

  /** The table in Markdown, with the check's verdict. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(
        "\nStatement confidence (right = cue, source and content match a gold attribution)\n\n");
    out.append("| confidence | statements | mean confidence | share right | checked |\n");
    out.append("|---|---|---|---|---|\n");
    for (int t = 0; t < 10; t++) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %.1f-%.1f | %d | %.3f | %.3f | %s |%n",
              t / 10.0,
              (t + 1) / 10.0,
              count[t],
              mean(t),
              share(t),
              count[t] < MIN_COUNT
                  ? "-"
                  : Math.abs(share(t) - mean(t)) <= TOLERANCE ? "within 0.1" : "OFF"));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%ncalibrated (share right within %.1f of the mean confidence in every tenth with >= %d"
                + " statements): %s; Brier score %.3f; statements without a confidence: %d%n",
            TOLERANCE,
            MIN_COUNT,
            calibrated() ? "yes" : "no",
            brier(),
            missing));
    return out.toString();
  }

  /** The table as JSON rows. */
  public Map<String, Object> json() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int t = 0; t < 10; t++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("from", t / 10.0);
      row.put("statements", count[t]);
      row.put("meanConfidence", mean(t));
      row.put("shareRight", share(t));
      rows.add(row);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tenths", rows);
    out.put("minCount", MIN_COUNT);
    out.put("calibrated", calibrated());
    out.put("brier", brier());
    out.put("withoutConfidence", missing);
    return out;
  }
}
