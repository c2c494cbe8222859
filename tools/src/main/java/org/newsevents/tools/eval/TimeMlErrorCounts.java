package org.newsevents.tools.eval;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts of error keys (a lemma, a pair of values): keys go in; the most frequent come out. */
public final class TimeMlErrorCounts {

  /** A key, how often it occurred, and the first example seen. */
  public record Entry(String key, int count, String example) {}

  private final Map<String, Integer> counts = new HashMap<>();
  private final Map<String, String> examples = new HashMap<>();

  public void add(String key, String example) {
    counts.merge(key, 1, Integer::sum);
    examples.putIfAbsent(key, example);
  }

  /** The {@code n} most frequent keys, most frequent first, then alphabetical. */
  public List<Entry> top(int n) {
    return counts.entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .limit(n)
        .map(e -> new Entry(e.getKey(), e.getValue(), examples.get(e.getKey())))
        .toList();
  }
}
