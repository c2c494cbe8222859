package org.newsevents.nlp.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsevents.nlp.knowledge.WordNetSenses;

/**
 * The context features of a trigger for its TimeML class ({@link EventClassFeatures}): a word in
 * its basic tree goes in; features of its meaning and its clause are added to a list: WordNet's
 * lexicographer files of the word ("verb.communication" is mostly REPORTING, "verb.cognition"
 * I_STATE), of its governor and of its object; its first WordNet synset and the verb it derives
 * from ("decision": {@code base=decide}); its tense and aspect, also with its lemma; negation; the
 * kind of clause it heads ("to" or "that" complement of which governor) and whether it is a copular
 * predicate, also with its lemma.
 */
final class ClassContext {

  /** Relations of a dependent whose kind (event or thing) tells the class apart. */
  private static final Set<String> ARGUMENTS =
      Set.of("obj", "nsubj", "nsubj:pass", "xcomp", "ccomp", "nmod", "obl");

  /** WordNet's lexicographer files of nouns whose first sense names an event. */
  private static final Set<String> EVENT_FILES =
      Set.of("wn1=noun.act", "wn1=noun.event", "wn1=noun.process", "wn1=noun.phenomenon");

  /** Adverbs that negate the word they modify. */
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");

  private ClassContext() {}

  static void add(SemanticGraph tree, IndexedWord word, WordNetSenses wordNet, List<String> out) {
    String pos = EventClassFeatures.coarse(word.tag());
    for (String sense : wordNet.features(lemma(word), pos)) {
      out.add(sense + "|" + pos);
    }
    out.addAll(wordNet.identity(lemma(word), pos));
    IndexedWord head = tree.getParent(word);
    if (head != null) {
      String relation = tree.reln(head, word).toString();
      String headPos = EventClassFeatures.coarse(head.tag());
      for (String sense : wordNet.features(lemma(head), headPos)) {
        if (sense.startsWith("wn1=")) {
          out.add("head-" + sense + "|" + relation);
        }
      }
      if (relation.equals("xcomp") || relation.equals("ccomp")) {
        out.add(
            "complement-of="
                + relation
                + "|"
                + EventClassFeatures.markOf(tree, word)
                + "|"
                + headPos);
      }
    }
    boolean modal = false;
    boolean perfect = false;
    boolean progressive = false;
    boolean passive = false;
    boolean negated = false;
    boolean copula = false;
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(word)) {
      String rel = edge.getRelation().toString();
      IndexedWord child = edge.getDependent();
      String childLemma = lemma(child);
      switch (rel) {
        case "aux" -> {
          modal |= "MD".equals(child.tag());
          perfect |= childLemma.equals("have");
          progressive |= childLemma.equals("be") && "VBG".equals(word.tag());
        }
        case "aux:pass" -> passive = true;
        case "cop" -> copula = true;
        case "advmod" -> negated |= NEGATIONS.contains(childLemma);
        case "obj" -> {
          for (String sense :
              wordNet.features(childLemma, EventClassFeatures.coarse(child.tag()))) {
            if (sense.startsWith("wn1=")) {
              out.add("obj-" + sense);
            }
          }
        }
        default -> {}
      }
      if (ARGUMENTS.contains(rel)) {
        String kind = argumentKind(child, wordNet);
        out.add("arg=" + rel + "|" + kind);
        out.add("lemma|arg=" + lemma(word) + "|" + rel + "|" + kind);
      }
    }
    String aspect =
        "aspect|pos="
            + (modal ? "modal" : "-")
            + (perfect ? "+perfect" : "")
            + (progressive ? "+progressive" : "")
            + (passive ? "+passive" : "")
            + "|"
            + pos;
    out.add(aspect);
    // The word's own reading of its tense and of a copula ("had" perfect vs. possessive "had").
    out.add("lemma|" + aspect + "|" + lemma(word));
    out.add("lemma|copular=" + lemma(word) + "|" + copula);
    if (negated) {
      out.add("negated|pos=" + pos);
    }
    if (copula) {
      out.add("copular|pos=" + pos);
    }
  }

  /**
   * What an argument is: a verb ("event-v"); a noun whose first sense WordNet files among acts,
   * events, processes or phenomena, or with one of its first three senses derived from a verb
   * ("event-n": "approved the merger", "had a meeting", but also agent nouns such as "leader"); any
   * other noun ("thing": "had a debt"), a name, a pronoun, or "other". Counting only the nouns of
   * those files (no derivation) scored lower on gold events (accuracy 0.8295 against 0.8312).
   */
  static String argumentKind(IndexedWord child, WordNetSenses wordNet) {
    String tag = child.tag() == null ? "" : child.tag();
    if (tag.startsWith("VB")) {
      return "event-v";
    }
    if (tag.startsWith("NNP")) {
      return "name";
    }
    if (tag.startsWith("NN")) {
      for (String sense : wordNet.features(lemma(child), "N")) {
        if (EVENT_FILES.contains(sense) || sense.startsWith("wn-deriv=")) {
          return "event-n";
        }
      }
      return "thing";
    }
    if (tag.startsWith("PRP")) {
      return "pronoun";
    }
    return "other";
  }

  private static String lemma(IndexedWord word) {
    return (word.lemma() == null ? word.word() : word.lemma()).toLowerCase(Locale.ROOT);
  }
}
