package org.newsevents.nlp.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The project's extraction knowledge read from the tab-separated files under newsevents/lexicons.
 */
public final class Lexicons {

  /** An event sense of a trigger word. */
  public record EventSense(String type, String timemlClass) {}

  /** A reporting cue: the statement type it introduces and how its object is read. */
  public record Cue(
      String lemma, String particle, String type, boolean objectIsAddressee, boolean clauseOnly) {}

  private final Map<String, EventSense> triggers;
  private final Map<String, String> cameoRoots;
  private final Map<String, List<Cue>> cues;
  private final Map<String, String> modality;
  private final Map<String, SupportVerb> supportVerbs;
  private final Map<String, String> nounCues;
  private final List<Pattern> timexExclusions;
  private final Set<String> objectControl = words("newsevents/lexicons/object-control.tsv");
  private final Set<String> placePrepositions = words("newsevents/lexicons/place-prepositions.tsv");
  private final Set<String> placeNouns = words("newsevents/lexicons/place-nouns.tsv");
  private final Set<String> emptyItVerbs = firstColumn("newsevents/lexicons/empty-it-verbs.tsv");
  private final Set<String> emptyItAdjectives =
      firstColumn("newsevents/lexicons/empty-it-adjectives.tsv");
  private final Set<String> smallClauseVerbs =
      firstColumn("newsevents/lexicons/small-clause-verbs.tsv");
  private final Map<String, Map<String, String>> nonSayingObjects = nonSayingObjects();

  /**
   * A verb that carries an event noun in a slot ("launch an offensive", "the talks take place").
   */
  public record SupportVerb(String lemma, boolean subjectSlot, String requiredObject) {}

  private Lexicons(
      Map<String, EventSense> triggers,
      Map<String, String> cameoRoots,
      Map<String, List<Cue>> cues,
      Map<String, String> modality,
      Map<String, SupportVerb> supportVerbs,
      Map<String, String> nounCues,
      List<Pattern> timexExclusions) {
    this.triggers = triggers;
    this.cameoRoots = cameoRoots;
    this.cues = cues;
    this.modality = modality;
    this.supportVerbs = supportVerbs;
    this.nounCues = nounCues;
    this.timexExclusions = timexExclusions;
  }

  private static final Lexicons DEFAULT = load();

  /** The lexicons shipped in the models module, read once per JVM. */
  public static Lexicons standard() {
    return DEFAULT;
  }

  private static Lexicons load() {
    Map<String, String> cameo = new HashMap<>();
    for (String[] row : rows("newsevents/lexicons/event-types.tsv", 3)) {
      cameo.put(row[0], "-".equals(row[1]) ? null : row[1]);
    }
    Map<String, EventSense> triggers = new HashMap<>();
    for (String[] row : rows("newsevents/lexicons/event-triggers.tsv", 4)) {
      requireType(cameo, row[2], "event-triggers.tsv");
      triggers.put(row[0] + "/" + row[1], new EventSense(row[2], row[3]));
    }
    Map<String, List<Cue>> cues = new HashMap<>();
    for (String[] row : rows("newsevents/lexicons/cues.tsv", 5)) {
      requireType(cameo, row[2], "cues.tsv");
      String particle = "-".equals(row[1]) ? null : row[1];
      cues.computeIfAbsent(row[0], k -> new ArrayList<>())
          .add(new Cue(row[0], particle, row[2], "yes".equals(row[3]), "clause".equals(row[4])));
    }
    Map<String, String> modality = new HashMap<>();
    for (String[] row : rows("newsevents/lexicons/modality.tsv", 2)) {
      modality.put(row[0], row[1]);
    }
    Map<String, SupportVerb> support = new HashMap<>();
    for (String[] row : rows("newsevents/lexicons/support-verbs.tsv", 3)) {
      support.put(
          row[0],
          new SupportVerb(row[0], "subj".equals(row[1]), "-".equals(row[2]) ? null : row[2]));
    }
    Map<String, String> nounCues = new HashMap<>();
    for (String[] row : rows("newsevents/lexicons/noun-cues.tsv", 2)) {
      requireType(cameo, row[1], "noun-cues.tsv");
      nounCues.put(row[0], row[1]);
    }
    List<Pattern> exclusions = new ArrayList<>();
    for (String[] row : rows("newsevents/lexicons/timex-exclusions.tsv", 2)) {
      exclusions.add(Pattern.compile(row[0], Pattern.CASE_INSENSITIVE));
    }
    return new Lexicons(triggers, cameo, cues, modality, support, nounCues, exclusions);
  }

  private static void requireType(Map<String, String> cameo, String type, String file) {
    if (!cameo.containsKey(type)) {
      throw new IllegalStateException(file + " names type " + type + " not in event-types.tsv");
    }
  }

  /** The event sense of a lemma used as a verb (pos "V") or noun ("N"), if listed. */
  public Optional<EventSense> trigger(String lemma, String pos) {
    return Optional.ofNullable(triggers.get(lemma.toLowerCase(Locale.ROOT) + "/" + pos));
  }

  /** Whether a type is in the taxonomy (event-types.tsv). */
  boolean isType(String type) {
    return cameoRoots.containsKey(type);
  }

  /** The CAMEO root code of an event type, or null when none fits. */
  public String cameoRoot(String type) {
    return cameoRoots.get(type);
  }

  /** The cue senses of a verb lemma (with and without particle); empty when it is no cue. */
  public List<Cue> cues(String lemma) {
    return cues.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  /**
   * Whether a cue verb with this particle is another verb: the lemma is a cue, the particle is not
   * null, and none of the lemma's cue senses lists it ("write off", "find out", "add up"; not
   * "point out"). Such a verb is no cue of the rules (cues.tsv).
   */
  public boolean phrasalNonCue(String lemma, String particle) {
    if (particle == null) {
      return false;
    }
    List<Cue> senses = cues(lemma);
    return !senses.isEmpty()
        && senses.stream().noneMatch(c -> particle.equalsIgnoreCase(c.particle()));
  }

  /** The modality a modal word or a governing verb gives, if listed. */
  public Optional<String> modality(String word) {
    return Optional.ofNullable(modality.get(word.toLowerCase(Locale.ROOT)));
  }

  /** The statement type a reporting noun introduces ("announcement"), if listed. */
  public Optional<String> nounCue(String lemma) {
    return Optional.ofNullable(nounCues.get(lemma.toLowerCase(Locale.ROOT)));
  }

  /** True for a time expression that is no time of an event ("6-year-old", "once"). */
  public boolean excludedTimex(String expression) {
    return timexExclusions.stream().anyMatch(p -> p.matcher(expression).matches());
  }

  /** The support-verb reading of a verb lemma, if listed. */
  public Optional<SupportVerb> supportVerb(String lemma) {
    return Optional.ofNullable(supportVerbs.get(lemma.toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether a lowercase lemma is an object-control verb ("persuaded them to leave"), whose object
   * is the subject of its to-infinitive.
   */
  public boolean isObjectControl(String lemma) {
    return objectControl.contains(lemma);
  }

  /**
   * The event type of a reporting verb whose direct object takes it out of its sense of saying
   * ("claimed 300 lives": KILL), by lowercase lemmas ({@code cue-object-senses.tsv}); empty when
   * the object leaves the verb a cue.
   */
  public Optional<String> nonSayingType(String verbLemma, String objectLemma) {
    Map<String, String> objects = verbLemma == null ? null : nonSayingObjects.get(verbLemma);
    return Optional.ofNullable(
        objects == null || objectLemma == null ? null : objects.get(objectLemma));
  }

  private static Map<String, Map<String, String>> nonSayingObjects() {
    Map<String, String> cameo = new HashMap<>();
    for (String[] row : rows("newsevents/lexicons/event-types.tsv", 3)) {
      cameo.put(row[0], row[1]);
    }
    Map<String, Map<String, String>> out = new HashMap<>();
    for (String[] row : rows("newsevents/lexicons/cue-object-senses.tsv", 4)) {
      requireType(cameo, row[2], "cue-object-senses.tsv");
      Map<String, String> objects = out.computeIfAbsent(row[0], verb -> new HashMap<>());
      for (String object : row[1].split("\\|")) {
        objects.put(object, row[2]);
      }
    }
    out.replaceAll((verb, objects) -> Map.copyOf(objects));
    return Map.copyOf(out);
  }

  /** Whether a lowercase preposition introduces a place ("in", "across"). */
  public boolean isPlacePreposition(String preposition) {
    return placePrepositions.contains(preposition);
  }

  /**
   * Whether a lemma is a verb whose subject "it" is most often empty or a thing ("it takes years",
   * "it means"): {@code empty-it-verbs.tsv}.
   */
  public boolean isEmptyItVerb(String lemma) {
    return lemma != null && emptyItVerbs.contains(lemma);
  }

  /**
   * Whether a lemma is an adjective whose subject "it" before a clause is an expletive ("it is hard
   * to say"): {@code empty-it-adjectives.tsv}.
   */
  public boolean isEmptyItAdjective(String lemma) {
    return lemma != null && emptyItAdjectives.contains(lemma);
  }

  /**
   * Whether a lemma is a verb of causing, perceiving or wanting whose object can be the subject of
   * a passive participle after it ("had her bag searched", "need the law changed"): {@code
   * small-clause-verbs.tsv}.
   */
  public boolean isSmallClauseVerb(String lemma) {
    return lemma != null && smallClauseVerbs.contains(lemma);
  }

  /** Whether a lowercase word is a common noun that names a place ("capital", "country"). */
  public boolean isPlaceNoun(String word) {
    return placeNouns.contains(word);
  }

  // The callers lowercase (or read relation names, which are lowercase), as they did when these
  // lists were sets in the code; a list here is looked up as written.
  private static Set<String> words(String resource) {
    return Set.copyOf(rows(resource, 1).stream().map(row -> row[0]).toList());
  }

  /** The first column of a one-column table with a header row. */
  private static Set<String> firstColumn(String resource) {
    return Set.copyOf(
        rows(resource, 1).stream()
            .skip(1) // the header
            .map(row -> row[0])
            .toList());
  }

  public static List<String[]> rows(String resource, int columns) {
    InputStream in = Lexicons.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource + " (the models module)");
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t", -1); // keep empty last columns
        if (row.length != columns) {
          throw new IllegalStateException(
              resource + ":" + number + ": expected " + columns + " columns, got " + row.length);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
