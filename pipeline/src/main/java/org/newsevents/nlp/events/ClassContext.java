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

  private static String lemma(IndexedWord word) {
    return (word.lemma() == null ? word.word() : word.lemma()).toLowerCase(Locale.ROOT);
  }
}
