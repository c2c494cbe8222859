package org.newsevents.tools.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Scores system mentions (events or time expressions) against gold mentions, TempEval-3 style: the
 * gold and system mentions of a document go in; strict, relaxed and per-attribute counts, from
 * which precision, recall and F1 follow, come out.
 *
 * <p>The method (TempEval-3, UzZaman et al. 2013, section 4.1):
 *
 * <ul>
 *   <li>Mentions are character spans {@code [begin,end)}. Mentions with identical spans on one side
 *       are counted once (the first one is kept), so several event records on the same trigger are
 *       one predicted event.
 *   <li><b>Strict</b>: a mention matches when the other side has a mention with exactly the same
 *       span. <b>Relaxed</b>: when the other side has a mention that overlaps it by at least one
 *       character.
 *   <li>Precision = matched system mentions / system mentions; recall = matched gold mentions /
 *       gold mentions; each side is counted on its own, as the TempEval-3 scorer does, so one long
 *       system span over two gold spans is one correct system mention and two recalled gold ones.
 *       F1 = 2PR / (P + R); every ratio with a zero denominator is 0.
 *   <li><b>Attribute F1</b> (event class; timex type and value): a mention counts when it is
 *       relaxed-matched <em>and</em> its counterpart has the same attribute value; precision and
 *       recall divide by all system and all gold mentions as above. So attribute F1 is at most the
 *       relaxed F1, and attribute F1 / relaxed F1 is (about) the attribute accuracy over matched
 *       mentions. The counterpart of a mention is the mention of the other side with the same span,
 *       else the one with the largest overlap, the earliest on a tie. A missing (null) attribute
 *       never equals anything.
 * </ul>
 *
 * <p>Counts add up over documents, so corpus scores are micro-averaged.
 */
public final class TimeMlScorer {

  /** A mention: its span, its surface text, and its attributes (for example {@code class}). */
  public record Mention(int begin, int end, String text, Map<String, String> attributes) {

    public Mention {
      attributes = attributes == null ? Map.of() : new LinkedHashMap<>(attributes);
    }

    /** A mention with attributes given as alternating names and values (values may be null). */
    public static Mention of(int begin, int end, String text, String... namesAndValues) {
      Map<String, String> attributes = new LinkedHashMap<>();
      for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
        attributes.put(namesAndValues[i], namesAndValues[i + 1]);
      }
      return new Mention(begin, end, text, attributes);
    }

    public String attribute(String name) {
      return attributes.get(name);
    }

    boolean sameSpan(Mention other) {
      return begin == other.begin && end == other.end;
    }

    int overlap(Mention other) {
      return Math.min(end, other.end) - Math.max(begin, other.begin);
    }
  }

  /** Strict, relaxed and per-attribute counts. */
  public record Result(Prf strict, Prf relaxed, Map<String, Prf> attributes) {

    public Result {
      attributes = new LinkedHashMap<>(attributes);
    }

    public static Result empty(Collection<String> attributes) {
      Map<String, Prf> zero = new LinkedHashMap<>();
      attributes.forEach(a -> zero.put(a, Prf.ZERO));
      return new Result(Prf.ZERO, Prf.ZERO, zero);
    }

    public Prf attribute(String name) {
      return attributes.getOrDefault(name, Prf.ZERO);
    }

    public Result plus(Result other) {
      Map<String, Prf> sum = new LinkedHashMap<>(attributes);
      other.attributes.forEach((name, counts) -> sum.merge(name, counts, Prf::plus));
      return new Result(strict.plus(other.strict), relaxed.plus(other.relaxed), sum);
    }
  }

  private TimeMlScorer() {}

  /** The scores of one document's system mentions against its gold mentions. */
  public static Result score(
      List<Mention> gold, List<Mention> system, Collection<String> attributes) {
    List<Mention> g = distinctSpans(gold);
    List<Mention> s = distinctSpans(system);
    Prf strict =
        new Prf(
            s.size(),
            g.size(),
            count(s, m -> exact(m, g) != null),
            count(g, m -> exact(m, s) != null));
    Prf relaxed =
        new Prf(
            s.size(),
            g.size(),
            count(s, m -> counterpart(m, g) != null),
            count(g, m -> counterpart(m, s) != null));
    Map<String, Prf> byAttribute = new LinkedHashMap<>();
    for (String name : attributes) {
      byAttribute.put(
          name,
          new Prf(
              s.size(),
              g.size(),
              count(s, m -> sameAttribute(name, m, counterpart(m, g))),
              count(g, m -> sameAttribute(name, m, counterpart(m, s)))));
    }
    return new Result(strict, relaxed, byAttribute);
  }

  /**
   * The mention of {@code others} with the same span as {@code mention}, else the one that overlaps
   * it most (the earliest on a tie), or null when none overlaps it.
   */
  public static Mention counterpart(Mention mention, List<Mention> others) {
    Mention best = exact(mention, others);
    if (best != null) {
      return best;
    }
    for (Mention other : others) {
      int overlap = mention.overlap(other);
      if (overlap > 0 && (best == null || overlap > mention.overlap(best))) {
        best = other;
      }
    }
    return best;
  }

  /** The mentions with distinct spans, the first of each span kept, in their order. */
  public static List<Mention> distinctSpans(List<Mention> mentions) {
    Set<List<Integer>> seen = new HashSet<>();
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (seen.add(List.of(m.begin(), m.end()))) {
        out.add(m);
      }
    }
    return out;
  }

  private static Mention exact(Mention mention, List<Mention> others) {
    for (Mention other : others) {
      if (mention.sameSpan(other)) {
        return other;
      }
    }
    return null;
  }

  private static boolean sameAttribute(String name, Mention mention, Mention counterpart) {
    return counterpart != null
        && mention.attribute(name) != null
        && Objects.equals(mention.attribute(name), counterpart.attribute(name));
  }

  private static long count(List<Mention> mentions, Predicate<Mention> test) {
    return mentions.stream().filter(test).count();
  }
}
