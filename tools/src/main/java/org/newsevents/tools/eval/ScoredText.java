package org.newsevents.tools.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsevents.tools.eval.BratAttributions.Attribution;

/**
 * A document's text as the attribution scorer reads it: the text goes in; the tokens a span
 * overlaps and whether a predicted source names the gold source come out. A token starts at each
 * letter or digit after a non-word character ({@code tokenStart} is -1 between tokens).
 */
final class ScoredText {

  /** Dropped before names are compared, so that "Mr. Jones" is coreferent with "Bob Jones". */
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr");

  final String text;
  final int[] tokenStart;

  ScoredText(String text) {
    this.text = text;
    this.tokenStart = new int[text.length()];
    for (int i = 0; i < text.length(); i++) {
      boolean word = Character.isLetterOrDigit(text.charAt(i));
      tokenStart[i] = !word ? -1 : (i > 0 && tokenStart[i - 1] >= 0 ? tokenStart[i - 1] : i);
    }
  }

  /** The tokens (by start offset) that a span overlaps. */
  Set<Integer> tokens(List<int[]> fragments) {
    Set<Integer> out = new HashSet<>();
    for (int[] f : fragments) {
      for (int i = Math.max(0, f[0]); i < Math.min(text.length(), f[1]); i++) {
        if (tokenStart[i] >= 0) {
          out.add(tokenStart[i]);
        }
      }
    }
    return out;
  }

  boolean sourceCorrect(Attribution gold, AttributionScorer.Prediction predicted) {
    if (gold.source().isEmpty() || !predicted.hasSource()) {
      return false;
    }
    if (AttributionScorer.overlap(gold.source(), predicted.source()) > 0) {
      return true;
    }
    if (predicted.sourceName() == null) {
      return false;
    }
    StringBuilder goldText = new StringBuilder();
    for (int[] f : gold.source()) {
      goldText.append(text, f[0], f[1]).append(' ');
    }
    List<String> a = words(goldText.toString());
    List<String> b = words(predicted.sourceName());
    return !a.isEmpty() && !b.isEmpty() && (contains(a, b) || contains(b, a));
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !HONORIFICS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** Whether needle is a contiguous run in haystack. */
  private static boolean contains(List<String> haystack, List<String> needle) {
    return Collections.indexOfSubList(haystack, needle) >= 0;
  }
}
