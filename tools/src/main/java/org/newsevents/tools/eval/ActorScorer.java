package org.newsevents.tools.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores actor codes slot by slot: pairs of gold and system codes ("-" for none) go in; exact and
 * country accuracy, precision and recall of having a code, and the confusions come out.
 */
public final class ActorScorer {

  /** A gold code the system got wrong, and how often. */
  public record Confusion(String gold, String system, int count) {}

  /** Correct and total slots of one role. */
  public record RoleCounts(String role, int slots, int exact) {}

  /**
   * The scores: {@code countryAgree} counts slots whose country parts are equal (both none
   * included), {@code countryCorrect} of {@code goldCountries} the slots whose gold has a country
   * and the system gave the same one; {@code hasCode} is correct = both coded, {@code exactCode}
   * correct = both coded with the same code; {@code country}: of the slots where the system gives a
   * country, those where it is the gold's (precision), of the slots whose gold has a country, those
   * where the system gives the same (recall, = country accuracy).
   */
  public record Scores(
      int slots,
      int exact,
      int countryAgree,
      int goldCountries,
      int countryCorrect,
      Prf hasCode,
      Prf exactCode,
      Prf country,
      List<RoleCounts> roles,
      List<Confusion> confusions) {

    public double exactAccuracy() {
      return slots == 0 ? 0 : (double) exact / slots;
    }

    public double countryAgreement() {
      return slots == 0 ? 0 : (double) countryAgree / slots;
    }

    public double countryAccuracy() {
      return goldCountries == 0 ? 0 : (double) countryCorrect / goldCountries;
    }
  }

  private final Function<String, String> countryOf;
  private int slots;
  private int exact;
  private int countryAgree;
  private int goldCountries;
  private int countryCorrect;
  private long bothCoded;
  private long systemCoded;
  private long goldCoded;
  private long sameCoded;
  private long systemCountries;
  private final Map<String, int[]> roles = new TreeMap<>();
  private final Map<List<String>, Integer> confusions = new LinkedHashMap<>();

  /** {@code countryOf} gives the country part of a code, or null when it has none. */
  public ActorScorer(Function<String, String> countryOf) {
    this.countryOf = countryOf;
  }

  /** Adds one slot of the given role. */
  public void add(String role, String gold, String system) {
    boolean goldHas = !gold.equals(ActorSlots.NONE);
    boolean systemHas = !system.equals(ActorSlots.NONE);
    boolean same = gold.equals(system);
    slots++;
    exact += same ? 1 : 0;
    String goldCountry = goldHas ? countryOf.apply(gold) : null;
    String systemCountry = systemHas ? countryOf.apply(system) : null;
    countryAgree += Objects.equals(goldCountry, systemCountry) ? 1 : 0;
    systemCountries += systemCountry != null ? 1 : 0;
    if (goldCountry != null) {
      goldCountries++;
      countryCorrect += goldCountry.equals(systemCountry) ? 1 : 0;
    }
    goldCoded += goldHas ? 1 : 0;
    systemCoded += systemHas ? 1 : 0;
    bothCoded += goldHas && systemHas ? 1 : 0;
    sameCoded += goldHas && same ? 1 : 0;
    int[] counts = roles.computeIfAbsent(role, r -> new int[2]);
    counts[0]++;
    counts[1] += same ? 1 : 0;
    if (!same) {
      confusions.merge(List.of(gold, system), 1, Integer::sum);
    }
  }

  public Scores scores() {
    List<RoleCounts> byRole = new ArrayList<>();
    roles.forEach((role, c) -> byRole.add(new RoleCounts(role, c[0], c[1])));
    List<Confusion> confused = new ArrayList<>();
    confusions.forEach((pair, n) -> confused.add(new Confusion(pair.get(0), pair.get(1), n)));
    // Most frequent first; ties by gold then system code, so that the order is fixed.
    confused.sort(
        Comparator.comparingInt((Confusion c) -> -c.count())
            .thenComparing(Confusion::gold)
            .thenComparing(Confusion::system));
    return new Scores(
        slots,
        exact,
        countryAgree,
        goldCountries,
        countryCorrect,
        Prf.of(bothCoded, systemCoded, goldCoded),
        Prf.of(sameCoded, systemCoded, goldCoded),
        Prf.of(countryCorrect, systemCountries, goldCountries),
        byRole,
        confused);
  }
}
