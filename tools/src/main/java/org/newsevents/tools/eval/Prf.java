package org.newsevents.tools.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One measure of an evaluation: counts of system and gold items and of the correct ones on each
 * side go in; precision, recall, F1 and their JSON fields come out.
 *
 * <p>Precision = systemCorrect / system; recall = goldCorrect / gold. The two numerators differ
 * when one system item can match several gold ones (TimeML spans, counted on each side as the
 * TempEval-3 scorer does); where items pair one to one, both are the count of pairs ({@link #of}).
 * A ratio with a zero denominator is 0.
 */
public record Prf(long system, long gold, long systemCorrect, long goldCorrect) {

  public static final Prf ZERO = new Prf(0, 0, 0, 0);

  /** A measure of one-to-one pairs: {@code correct} of {@code predicted}, of {@code gold}. */
  public static Prf of(long correct, long predicted, long gold) {
    return new Prf(predicted, gold, correct, correct);
  }

  public Prf plus(Prf other) {
    return new Prf(
        system + other.system,
        gold + other.gold,
        systemCorrect + other.systemCorrect,
        goldCorrect + other.goldCorrect);
  }

  public double precision() {
    return system == 0 ? 0 : (double) systemCorrect / system;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) goldCorrect / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The scores and counts as the JSON reports of the eval commands write them. */
  public Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("precision", precision());
    json.put("recall", recall());
    json.put("f1", f1());
    json.put("system", system);
    json.put("gold", gold);
    json.put("system_correct", systemCorrect);
    json.put("gold_correct", goldCorrect);
    return json;
  }
}
