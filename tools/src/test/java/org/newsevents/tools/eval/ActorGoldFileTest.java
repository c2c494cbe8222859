package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsevents.tools.eval.ActorSlots.Key;

/** The committed actor-code gold: its size and that every code is one the scheme can write. */
class ActorGoldFileTest {

  private static final Set<String> SECTORS =
      Set.of("GOV", "MIL", "COP", "REB", "OPP", "LEG", "JUD", "CVL", "MED", "BUS", "IGO", "NGO");

  /** The codebook's sectors (docs/actor-codebook.md): the data card's and five more of CAMEO. */
  private static final Set<String> CAMEO_SECTORS =
      Set.of(
          "GOV", "MIL", "COP", "REB", "OPP", "LEG", "JUD", "CVL", "MED", "BUS", "IGO", "NGO", "UAF",
          "CRM", "HLH", "EDU", "ELI");

  /** The codebook's sectors with LAB (trade unions), first needed by the development set. */
  private static final Set<String> DEV_SECTORS =
      java.util.stream.Stream.concat(CAMEO_SECTORS.stream(), java.util.stream.Stream.of("LAB"))
          .collect(Collectors.toUnmodifiableSet());

  private static Set<String> groupCodes() throws IOException {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                ActorGoldFileTest.class
                    .getClassLoader()
                    .getResourceAsStream("newsevents/gazetteers/groups.tsv"),
                StandardCharsets.UTF_8))) {
      return in.lines()
          .filter(l -> !l.startsWith("#") && !l.startsWith("code\t"))
          .map(l -> l.split("\t", -1)[0])
          .collect(Collectors.toSet());
    }
  }

  private static boolean wellFormed(String code, Set<String> groups, Set<String> countries) {
    return wellFormed(code, SECTORS, groups, countries);
  }

  private static boolean wellFormed(
      String code, Set<String> sectors, Set<String> groups, Set<String> countries) {
    if (code.equals(ActorSlots.NONE) || sectors.contains(code) || groups.contains(code)) {
      return true;
    }
    return code.length() >= 3
        && countries.contains(code.substring(0, 3))
        && (code.length() == 3 || sectors.contains(code.substring(3)));
  }

  @Test
  void theBbcGoldHasItsSlotsAndOnlyWellFormedCodes() throws IOException, URISyntaxException {
    Path file = Path.of(getClass().getResource("/actor-gold/bbc-15.tsv").toURI());
    Map<Key, String> gold = ActorGold.read(file);
    Set<String> groups = groupCodes();
    Set<String> countries = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    List<String> malformed =
        gold.values().stream().filter(c -> !wellFormed(c, groups, countries)).toList();
    Map<String, Long> byDocFolder =
        gold.keySet().stream()
            .collect(
                Collectors.groupingBy(
                    k -> k.docId().substring(0, k.docId().indexOf('/')),
                    TreeMap::new,
                    Collectors.counting()));

    assertEquals(List.of(), malformed);
    assertEquals(1152, gold.size());
    assertEquals(631, gold.values().stream().filter(c -> !c.equals(ActorSlots.NONE)).count());
    assertEquals(Map.of("business", 161L, "politics", 991L), byDocFolder);
    assertEquals(15, gold.keySet().stream().map(Key::docId).distinct().count());
  }

  @Test
  void theNewsPleaseGoldHasItsSlotsAndOnlyCodesOfTheCodebook()
      throws IOException, URISyntaxException {
    Path file = Path.of(getClass().getResource("/actor-gold/news-please-21.tsv").toURI());
    Map<Key, String> gold = ActorGold.read(file);
    Set<String> groups = groupCodes();
    Set<String> countries = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    List<String> malformed =
        gold.values().stream()
            .filter(c -> !wellFormed(c, CAMEO_SECTORS, groups, countries))
            .toList();
    Map<String, Long> byRole = slotsByRole(gold);
    long withCountry = withCountry(gold, countries);

    assertEquals(List.of(), malformed);
    assertEquals(2093, gold.size());
    assertEquals(1116, gold.values().stream().filter(c -> !c.equals(ActorSlots.NONE)).count());
    assertEquals(792, withCountry);
    assertEquals(
        Map.of(
            "ADDRESSEE", 37L, "AGENT", 1072L, "PATIENT", 701L, "RECIPIENT", 65L, "SPEAKER", 218L),
        byRole);
    assertEquals(21, gold.keySet().stream().map(Key::docId).distinct().count());
  }

  @Test
  void theNewsPleaseDevelopmentGoldHasItsSlotsAndOnlyCodesOfTheCodebook()
      throws IOException, URISyntaxException {
    Path file = Path.of(getClass().getResource("/actor-gold/news-please-dev-11.tsv").toURI());
    Map<Key, String> gold = ActorGold.read(file);
    Set<String> groups = groupCodes();
    Set<String> countries = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    Path heldOut = Path.of(getClass().getResource("/actor-gold/news-please-21.tsv").toURI());
    Set<String> heldOutDocs =
        ActorGold.read(heldOut).keySet().stream().map(Key::docId).collect(Collectors.toSet());

    List<String> malformed =
        gold.values().stream().filter(c -> !wellFormed(c, DEV_SECTORS, groups, countries)).toList();
    Map<String, Long> byRole = slotsByRole(gold);
    long withCountry = withCountry(gold, countries);

    assertEquals(List.of(), malformed);
    assertEquals(632, gold.size());
    assertEquals(382, gold.values().stream().filter(c -> !c.equals(ActorSlots.NONE)).count());
    assertEquals(300, withCountry);
    assertEquals(Map.of("AGENT", 508L, "SPEAKER", 124L), byRole);
    assertEquals(11, gold.keySet().stream().map(Key::docId).distinct().count());
    assertEquals(
        Set.of(),
        gold.keySet().stream()
            .map(Key::docId)
            .filter(heldOutDocs::contains)
            .collect(Collectors.toSet()));
  }

  /** The gold's slots counted by role. */
  private static Map<String, Long> slotsByRole(Map<Key, String> gold) {
    return gold.keySet().stream()
        .collect(Collectors.groupingBy(Key::role, TreeMap::new, Collectors.counting()));
  }

  /** The gold's codes that begin with a country. */
  private static long withCountry(Map<Key, String> gold, Set<String> countries) {
    return gold.values().stream()
        .filter(c -> c.length() >= 3 && countries.contains(c.substring(0, 3)))
        .count();
  }
}
