package org.newsevents.tools.eval;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsevents.nlp.events.TriggerFeatures;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.tools.eval.TimeMlScorer.Mention;

/**
 * The held-out events' errors by construction: a held-out document's gold and extracted events, its
 * annotation and how often each lemma was seen in the fold's training documents go in; counts of
 * gold events, found, missed and false events per row (part of speech, construction, whether the
 * lemma was seen in training, whether the curated lexicons or reporting cues list it) come out.
 * Each mention is placed by its head token (the first token of its span whose head lies outside the
 * span).
 */
final class TimeMlEventErrors {

  /** Gold, found (gold matched), missed, false. */
  private final Map<String, long[]> rows = new TreeMap<>();

  private static final Set<String> LIGHT_VERBS =
      Set.of("have", "get", "do", "make", "take", "give");

  private static final Set<String> NAME_TAGS =
      Set.of(
          "PERSON",
          "ORGANIZATION",
          "LOCATION",
          "CITY",
          "COUNTRY",
          "STATE_OR_PROVINCE",
          "MISC",
          "NATIONALITY");

  /** Lemma|pos occurrences in the training documents of a fold. */
  static Map<String, Integer> seen(List<TimeMlEventModels.Annotated> training) {
    Map<String, Integer> counts = new java.util.HashMap<>();
    for (TimeMlEventModels.Annotated document : training) {
      AnnotatedText text = document.text();
      for (int s = 0; s < text.sentenceCount(); s++) {
        for (CoreLabel token : text.tokens(s)) {
          String pos = TriggerFeatures.coarse(token.tag());
          if (pos != null) {
            counts.merge(lemma(token.lemma(), token.word()) + "|" + pos, 1, Integer::sum);
          }
        }
      }
    }
    return counts;
  }

  /** Adds one held-out document's events. */
  synchronized void add(
      List<Mention> gold, List<Mention> ours, AnnotatedText text, Map<String, Integer> seen) {
    for (Mention g : gold) {
      boolean found = TimeMlScorer.counterpart(g, ours) != null;
      long[] row = rows.computeIfAbsent(row(g, text, seen), k -> new long[4]);
      row[0]++;
      row[found ? 1 : 2]++;
    }
    for (Mention o : ours) {
      if (TimeMlScorer.counterpart(o, gold) == null) {
        rows.computeIfAbsent(row(o, text, seen), k -> new long[4])[3]++;
      }
    }
  }

  /** Adds another table's counts (another fold's). */
  synchronized void addAll(TimeMlEventErrors other) {
    other.rows.forEach(
        (row, counts) -> {
          long[] mine = rows.computeIfAbsent(row, k -> new long[4]);
          for (int i = 0; i < 4; i++) {
            mine[i] += counts[i];
          }
        });
  }

  private static String row(Mention mention, AnnotatedText text, Map<String, Integer> seen) {
    int s = text.sentenceAt(mention.begin());
    if (s < 0) {
      return "?\tno sentence\t?\t?";
    }
    SemanticGraph tree = text.basic(s);
    IndexedWord head = null;
    for (CoreLabel token : text.tokens(s)) {
      if (token.endPosition() <= mention.begin() || token.beginPosition() >= mention.end()) {
        continue;
      }
      IndexedWord node = tree.getNodeByIndexSafe(token.index());
      if (node == null) {
        continue;
      }
      if (head == null) {
        head = node;
      }
      IndexedWord parent = tree.getParent(node);
      if (parent == null
          || parent.endPosition() <= mention.begin()
          || parent.beginPosition() >= mention.end()) {
        head = node;
        break;
      }
    }
    if (head == null) {
      return "?\tno token\t?\t?";
    }
    String pos = TriggerFeatures.coarse(head.tag());
    String lemma = lemma(head.lemma(), head.word());
    int count = pos == null ? 0 : seen.getOrDefault(lemma + "|" + pos, 0);
    String bucket = count == 0 ? "0" : count < 3 ? "1-2" : count < 10 ? "3-9" : "10+";
    // "listed": a reporting cue or curated trigger, which the rules take (but for a curated noun
    // in a name or modifying a noun, which the model judges); "unlisted": the model's alone.
    String listed = "unlisted";
    if (pos == null) {
      listed = "none";
    } else if (TriggerFeatures.takenByRules(lemma, pos, Lexicons.standard())) {
      listed = "listed";
    }
    return (pos == null ? "other" : pos)
        + "\t"
        + construction(tree, head, lemma, pos)
        + "\t"
        + bucket
        + "\t"
        + listed;
  }

  /** The construction of a head word (the first of the list that applies). */
  static String construction(SemanticGraph tree, IndexedWord word, String lemma, String pos) {
    IndexedWord parent = tree.getParent(word);
    String relation = parent == null ? "root" : tree.reln(parent, word).toString();
    if (lemma.equals("be")) {
      return relation.equals("cop") ? "copula be" : "be, other";
    }
    if (relation.equals("aux") || relation.equals("aux:pass")) {
      return "auxiliary";
    }
    if ("V".equals(pos) && LIGHT_VERBS.contains(lemma)) {
      return hasChild(tree, word, "obj") ? "light verb with object" : "light verb, other";
    }
    if (!"N".equals(pos)) {
      return "V".equals(pos) ? "other verb" : "J".equals(pos) ? "adjective" : "other";
    }
    if (word.tag().startsWith("NNP")
        || (word.ner() != null && NAME_TAGS.contains(word.ner()))
        || (parent != null && relation.equals("compound") && parent.tag().startsWith("NNP"))) {
      return "noun in a name/title";
    }
    if (parent != null
        && relation.equals("obj")
        && LIGHT_VERBS.contains(lemma(parent.lemma(), parent.word()))) {
      return "noun, object of a light verb";
    }
    if (relation.equals("compound")) {
      return "noun modifying a noun";
    }
    return hasChild(tree, word, "det") || hasChild(tree, word, "nmod:poss")
        ? "noun after a determiner"
        : "noun, bare";
  }

  private static boolean hasChild(SemanticGraph tree, IndexedWord word, String relation) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(word)) {
      if (edge.getRelation().toString().equals(relation)) {
        return true;
      }
    }
    return false;
  }

  private static String lemma(String lemma, String word) {
    return (lemma == null ? word : lemma).toLowerCase(Locale.ROOT);
  }

  /** The table: one line per row with its counts, sorted by row. */
  String table() {
    StringBuilder out = new StringBuilder();
    out.append("held-out events by construction (head token; lemma seen in the fold's training)\n");
    out.append("pos\tconstruction\tseen\tlexicons\tgold\tfound\tmissed\tfalse\n");
    rows.forEach(
        (row, counts) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "%s\t%d\t%d\t%d\t%d%n",
                    row,
                    counts[0],
                    counts[1],
                    counts[2],
                    counts[3])));
    return out.toString();
  }
}
