package org.newsevents.nlp.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Set;
import java.util.function.Predicate;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * Finds who a clause is about when the parse does not link it: a predicate in the enhanced graph
 * goes in; the word that stands for its subject (a relative pronoun's antecedent, the "for" phrase
 * of "call for X to act", an imperative's addressee) comes out, or null.
 */
final class ImplicitSubjects {

  private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who", "whom");

  private ImplicitSubjects() {}

  /**
   * Whether a wh-word dependent is a relative pronoun, which stands for its antecedent: it carries
   * the enhanced graph's "ref" edge from the antecedent, or it follows a noun directly ("a
   * government that could include": the parser made that clause a complement of the main verb).
   * Other wh-words are the open argument of an indirect question ("on who should participate").
   */
  static boolean isRelativePronoun(AnnotatedText text, SemanticGraph graph, int s, IndexedWord w) {
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(w)) {
      if (in.getRelation().toString().equals("ref")) {
        return true;
      }
    }
    return antecedentBefore(text, graph, s, w) != null;
  }

  /** The noun directly before a relative pronoun the parse left without its antecedent. */
  static IndexedWord antecedentBefore(
      AnnotatedText text, SemanticGraph graph, int s, IndexedWord pronoun) {
    if (!RELATIVE_PRONOUNS.contains(pronoun.word().toLowerCase())
        || !pronoun.tag().startsWith("W")
        || pronoun.index() < 2) {
      return null;
    }
    String before = text.tokens(s).get(pronoun.index() - 2).tag();
    return before.startsWith("NN") ? graph.getNodeByIndexSafe(pronoun.index() - 1) : null;
  }

  /**
   * "called for an urgent meeting of the Council to prevent …": in "for NP to VP" the noun phrase
   * is the subject of the infinitive, though the parser makes the infinitive a complement of the
   * verb (xcomp, controlled by the verb's subject). Only for verbs that take such a phrase (the
   * cues with the particle "for" in cues.tsv).
   */
  static IndexedWord forPhraseSubject(
      SemanticGraph graph, IndexedWord infinitive, Predicate<IndexedWord> takesForPhrase) {
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(infinitive)) {
      IndexedWord governor = in.getGovernor();
      if (!in.getRelation().getShortName().equals("xcomp") || !takesForPhrase.test(governor)) {
        continue; // "waited for hours to see": only appeals ("call for") take "for NP to VP"
      }
      for (SemanticGraphEdge out : graph.outgoingEdgeIterable(governor)) {
        IndexedWord phrase = out.getDependent();
        if (out.getRelation().toString().equals("obl:for")
            && phrase.index() > governor.index()
            && phrase.index() < infinitive.index()
            && phrase.tag().startsWith("NN")) {
          return phrase;
        }
      }
    }
    return null;
  }

  /**
   * "I call on all those with influence to hear …: act and act now": a bare imperative set beside
   * (parataxis) an appeal's clause is addressed to the appeal's addressee, its object.
   */
  static IndexedWord imperativeAddressee(
      SemanticGraph graph, IndexedWord verb, Predicate<IndexedWord> addressesItsObject) {
    if (!verb.tag().equals("VB")) {
      return null;
    }
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(verb)) {
      String rel = out.getRelation().getShortName();
      if (rel.startsWith("nsubj") || rel.equals("aux") || rel.equals("mark")) {
        return null; // a subject, "to", or a modal: not an imperative
      }
    }
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(verb)) {
      IndexedWord governor = in.getGovernor();
      if (!in.getRelation().getShortName().equals("parataxis")
          || !addressesItsObject.test(governor)) {
        continue;
      }
      for (SemanticGraphEdge out : graph.outgoingEdgeIterable(governor)) {
        if (out.getRelation().toString().equals("obj")) {
          return out.getDependent();
        }
      }
    }
    return null;
  }
}
