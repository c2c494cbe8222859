package org.newsevents.tools.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsevents.tools.eval.TimeMlScorer.Mention;

/**
 * The TimeML class confusion of held-out events: scored documents (gold events and ours) go in; the
 * count of each gold class by our class over the gold events we matched (relaxed, as class F1
 * counts them: the counterpart with the same span, else the one overlapping most), each class's
 * recall and precision there, and the largest off-diagonal cells with the class F1 each costs come
 * out as a table. A cell's cost is what class F1 would gain if its events had the gold class: two
 * right events (one gold, one ours) over all gold and all our events.
 */
final class TimeMlClassConfusion {

  /** The TimeML event classes, most frequent first. */
  static final List<String> CLASSES =
      List.of("OCCURRENCE", "REPORTING", "I_ACTION", "I_STATE", "STATE", "ASPECTUAL", "PERCEPTION");

  /** How many off-diagonal cells the table lists with their cost. */
  private static final int LISTED = 8;

  private final int[][] cells = new int[CLASSES.size() + 1][CLASSES.size() + 1];
  private final int[] gold = new int[CLASSES.size() + 1];
  private final int[] ours = new int[CLASSES.size() + 1];

  /** Adds one document's gold events and ours. */
  void add(EvalTimeMl.Scored scored) {
    List<Mention> g = TimeMlScorer.distinctSpans(TimeMlTally.goldEvents(scored.doc()));
    List<Mention> s = TimeMlScorer.distinctSpans(scored.events());
    s.forEach(m -> ours[index(m.attribute("class"))]++);
    for (Mention mention : g) {
      int row = index(mention.attribute("class"));
      gold[row]++;
      Mention counterpart = TimeMlScorer.counterpart(mention, s);
      if (counterpart != null) {
        cells[row][index(counterpart.attribute("class"))]++;
      }
    }
  }

  /** The confusion table, the per-class recall and precision, and the costliest cells. */
  String table() {
    int all = sum(gold) + sum(ours);
    StringBuilder out = new StringBuilder();
    out.append(
        "TimeML class of the matched gold events (rows gold, columns ours; relaxed match)\n");
    out.append(String.format(Locale.ROOT, "%-11s", "gold\\ours"));
    for (String c : CLASSES) {
      out.append(String.format(Locale.ROOT, " %6.6s", c));
    }
    out.append(String.format(Locale.ROOT, " %7s %6s %6s%n", "matched", "gold", "recall"));
    int right = 0;
    int matched = 0;
    int[] predictedMatched = new int[CLASSES.size() + 1];
    for (int r = 0; r < CLASSES.size(); r++) {
      out.append(String.format(Locale.ROOT, "%-11.11s", CLASSES.get(r)));
      int row = 0;
      for (int c = 0; c <= CLASSES.size(); c++) {
        row += cells[r][c];
        predictedMatched[c] += cells[r][c];
        if (c < CLASSES.size()) {
          out.append(String.format(Locale.ROOT, " %6d", cells[r][c]));
        }
      }
      right += cells[r][r];
      matched += row;
      out.append(
          String.format(
              Locale.ROOT, " %7d %6d %6.3f%n", row, gold[r], ratio(cells[r][r], gold[r])));
    }
    out.append(String.format(Locale.ROOT, "%-11s", "precision"));
    for (int c = 0; c < CLASSES.size(); c++) {
      out.append(String.format(Locale.ROOT, " %6.3f", ratio(cells[c][c], predictedMatched[c])));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%n(precision over the matched gold events) right class %d of %d matched (%.3f);"
                + " one more right event is worth %.6f class F1%n",
            right,
            matched,
            ratio(right, matched),
            all == 0 ? 0.0 : 2.0 / all));
    List<int[]> wrong = new ArrayList<>();
    for (int r = 0; r < CLASSES.size(); r++) {
      for (int c = 0; c < CLASSES.size(); c++) {
        if (r != c && cells[r][c] > 0) {
          wrong.add(new int[] {r, c, cells[r][c]});
        }
      }
    }
    wrong.sort(Comparator.<int[]>comparingInt(cell -> -cell[2]));
    out.append("largest cells (gold -> ours: events, class F1 they cost):");
    if (wrong.isEmpty()) {
      out.append(" none;");
    }
    for (int[] cell : wrong.subList(0, Math.min(LISTED, wrong.size()))) {
      out.append(
          String.format(
              Locale.ROOT,
              " %s->%s %d (%.4f);",
              CLASSES.get(cell[0]),
              CLASSES.get(cell[1]),
              cell[2],
              all == 0 ? 0.0 : 2.0 * cell[2] / all));
    }
    out.setLength(out.length() - 1);
    return out.append('\n').toString();
  }

  /** The row or column of a class; classes outside TimeML's seven (or none) share the last one. */
  private static int index(String timemlClass) {
    int i = timemlClass == null ? -1 : CLASSES.indexOf(timemlClass);
    return i < 0 ? CLASSES.size() : i;
  }

  private static int sum(int[] values) {
    int total = 0;
    for (int v : values) {
      total += v;
    }
    return total;
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0.0 : (double) numerator / denominator;
  }

  /** The counts by gold class, for tests: gold class to our class to events. */
  Map<String, Map<String, Integer>> counts() {
    Map<String, Map<String, Integer>> out = new TreeMap<>();
    for (int r = 0; r < CLASSES.size(); r++) {
      for (int c = 0; c <= CLASSES.size(); c++) {
        if (cells[r][c] > 0) {
          out.computeIfAbsent(CLASSES.get(r), k -> new TreeMap<>())
              .put(c < CLASSES.size() ? CLASSES.get(c) : "other", cells[r][c]);
        }
      }
    }
    return out;
  }
}
