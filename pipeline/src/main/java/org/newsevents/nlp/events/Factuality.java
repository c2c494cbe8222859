package org.newsevents.nlp.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Optional;
import java.util.Set;
import org.newsevents.nlp.knowledge.Lexicons;

/**
 * Whether and how an event is asserted: a trigger and its parse go in; negation and modality
 * ("might not take place" is negated and POSSIBLE) come out.
 */
final class Factuality {

  /** The modality of an event and the word that set it (null when ASSERTED). */
  record Modality(String value, String cue) {}

  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  private static final Set<String> CONDITIONALS = Set.of("if", "unless");

  /** Modal auxiliaries that are also nouns with another sense ("the will to fight", "May"). */
  private static final Set<String> MODAL_NOUNS_EXCLUDED = Set.of("will", "may", "can", "might");

  private final Lexicons lexicons;

  Factuality(Lexicons lexicons) {
    this.lexicons = lexicons;
  }

  boolean negated(SemanticGraph graph, IndexedWord trigger) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(trigger)) {
      String rel = edge.getRelation().getShortName();
      if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det"))
          && NEGATORS.contains(edge.getDependent().word().toLowerCase())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Modal auxiliaries ("might"), a condition ("if"), or a governing verb of intention ("plan to",
   * inherited along to-infinitive chains: "would work together to convince"). "would" inside a
   * past-tense report is the future of that past ("announced that they would work").
   */
  Modality modality(SemanticGraph graph, IndexedWord trigger, boolean reportedInPast) {
    IndexedWord current = trigger;
    for (int depth = 0; current != null && depth < 4; depth++) {
      for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(current)) {
        String rel = edge.getRelation().getShortName();
        IndexedWord dep = edge.getDependent();
        String word = dep.word().toLowerCase();
        if (rel.equals("aux") && dep.tag().equals("MD")) {
          String value = lexicons.modality(word).orElse("POSSIBLE");
          if (value.equals("HYPOTHETICAL") && reportedInPast && word.equals("would")) {
            value = "FUTURE";
          }
          return new Modality(value, dep.word());
        }
        if (rel.equals("mark") && CONDITIONALS.contains(word) && current == trigger) {
          return new Modality("HYPOTHETICAL", dep.word());
        }
        // "made progress on plans to convene": the parser hangs the infinitive on the verb, but
        // the noun of intention right before "to" governs it.
        IndexedWord before = graph.getNodeByIndexSafe(dep.index() - 1);
        if (rel.equals("mark") && word.equals("to") && before != null && isModalNoun(before)) {
          return new Modality(lexicons.modality(before.lemma()).orElseThrow(), before.word());
        }
      }
      IndexedWord parent = null;
      for (SemanticGraphEdge edge : graph.incomingEdgeIterable(current)) {
        String rel = edge.getRelation().getShortName();
        IndexedWord governor = edge.getGovernor();
        if (rel.equals("xcomp")) {
          parent = governor;
        }
        // "plans to convene", "a need for the violence to end" (noun with an infinitive clause);
        // "it was essential that the conference be held" (adjective with a that-clause).
        boolean governing =
            (rel.equals("acl") && isModalNoun(governor) && hasToMark(graph, current))
                || (rel.equals("ccomp") && governor.tag().startsWith("JJ"));
        var value = governing ? lexicons.modality(governor.lemma()) : Optional.<String>empty();
        if (value.isPresent()) {
          return new Modality(value.get(), governor.word());
        }
      }
      if (parent != null && parent.tag().startsWith("VB")) {
        var governing = lexicons.modality(parent.lemma());
        if (governing.isPresent()) {
          return new Modality(governing.get(), parent.word());
        }
      }
      current = parent;
    }
    return new Modality("ASSERTED", null);
  }

  /** A noun of intention or necessity from the modality lexicon ("plans", "need"). */
  private boolean isModalNoun(IndexedWord word) {
    return word.tag().startsWith("NN")
        && !MODAL_NOUNS_EXCLUDED.contains(word.lemma().toLowerCase())
        && lexicons.modality(word.lemma()).isPresent();
  }

  /** Whether a verb has the infinitive marker "to" ("plan to convene", "worked to convince"). */
  static boolean hasToMark(SemanticGraph graph, IndexedWord verb) {
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(verb)) {
      if (out.getRelation().getShortName().equals("mark")
          && out.getDependent().word().equalsIgnoreCase("to")) {
        return true;
      }
    }
    return false;
  }
}
