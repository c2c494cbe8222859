package org.newsevents.nlp.knowledge;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The trained trigger model (models/lexicons/timeml-triggers.tsv): a lemma and tag go in; how
 * likely the word is to be an event in news text and its most frequent TimeML class come out.
 */
public final class TrainedTriggers {

  /** Counts from the training documents. */
  public record Entry(int occurrences, int events, String timemlClass) {

    /** The share of occurrences annotated as events. */
    double eventRate() {
      return occurrences == 0 ? 0 : (double) events / occurrences;
    }

    /** Seen at least 5 times, an event less than a fifth of them. */
    public boolean rarelyAnEvent() {
      return occurrences >= 5 && eventRate() < 0.2;
    }

    /** An event at least 3 times and in at least half of its occurrences. */
    public boolean usuallyAnEvent() {
      return events >= 3 && eventRate() >= 0.5;
    }

    /** An event often enough (3 times) for its most frequent class to be trusted. */
    public boolean hasReliableClass() {
      return events >= 3 && timemlClass != null;
    }
  }

  private static final String RESOURCE = "newsevents/lexicons/timeml-triggers.tsv";
  private static final TrainedTriggers STANDARD = load();

  private final Map<String, Entry> entries;

  private TrainedTriggers(Map<String, Entry> entries) {
    this.entries = entries;
  }

  public static TrainedTriggers standard() {
    return STANDARD;
  }

  /** A model of the given rows (key as {@link #key} and {@link #contextSuffix} make them). */
  public static TrainedTriggers of(Map<String, Entry> entries) {
    return new TrainedTriggers(Map.copyOf(entries));
  }

  /** The table key of a lemma with a Penn tag: "attack/V", or null for other parts of speech. */
  public static String key(String lemma, String tag) {
    if (lemma == null || tag == null) {
      return null;
    }
    String pos =
        tag.startsWith("VB") ? "V" : tag.startsWith("NN") ? "N" : tag.startsWith("JJ") ? "J" : null;
    return pos == null ? null : lemma.toLowerCase() + "/" + pos;
  }

  /**
   * The context row suffix of a verb: {@code |clause} with a clausal complement ("decided to
   * leave", "said it would"), which makes intensional and reporting classes likely, else {@code
   * |bare}.
   */
  public static String contextSuffix(SemanticGraph basic, IndexedWord verb) {
    if (verb != null && basic.containsVertex(verb)) {
      for (SemanticGraphEdge edge : basic.outgoingEdgeIterable(verb)) {
        String rel = edge.getRelation().getShortName();
        if (rel.equals("ccomp") || rel.equals("xcomp")) {
          return "|clause";
        }
      }
    }
    return "|bare";
  }

  /**
   * The entry of a verb in its context when that context row has a reliable class, else the lemma's
   * entry.
   */
  public Optional<Entry> lookup(String lemma, String tag, SemanticGraph basic, IndexedWord verb) {
    String key = key(lemma, tag);
    if (key != null && key.endsWith("/V")) {
      Entry inContext = entries.get(key + contextSuffix(basic, verb));
      if (inContext != null && inContext.hasReliableClass()) {
        Entry overall = entries.get(key);
        // Keep the lemma's counts for whether it is an event; take the class from the context.
        return Optional.of(
            overall == null
                ? inContext
                : new Entry(overall.occurrences(), overall.events(), inContext.timemlClass()));
      }
    }
    return lookup(lemma, tag);
  }

  public Optional<Entry> lookup(String lemma, String tag) {
    String key = key(lemma, tag);
    return key == null ? Optional.empty() : Optional.ofNullable(entries.get(key));
  }

  private static TrainedTriggers load() {
    Map<String, Entry> entries = new HashMap<>();
    if (TrainedTriggers.class.getClassLoader().getResource(RESOURCE) == null) {
      return new TrainedTriggers(entries);
    }
    for (String[] row : Lexicons.rows(RESOURCE, 4)) {
      entries.put(
          row[0],
          new Entry(
              Integer.parseInt(row[1]),
              Integer.parseInt(row[2]),
              "-".equals(row[3]) ? null : row[3]));
    }
    return new TrainedTriggers(entries);
  }
}
