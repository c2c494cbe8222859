package org.newsevents.nlp.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsevents.nlp.text.Participants;
import org.newsevents.schema.Argument;

/**
 * Argument shapes the parser gets wrong or leaves implicit: a dependency graph and a word go in;
 * the pseudo-cleft value of a verb, the misattached second conjunct of an object, and clipped
 * argument spans come out.
 */
final class ArgumentShapes {

  /** Words that open a pseudo-cleft's free relative ("all they see is death", "what we want"). */
  private static final Set<String> CLEFT_WORDS = Set.of("all", "what", "everything");

  private ArgumentShapes() {}

  /** The argument cut to end before an offset, trailing blanks dropped. */
  static Argument clipped(Participants participants, Argument argument, int cut) {
    if (cut <= argument.getBegin() || cut >= argument.getEnd()) {
      return argument;
    }
    Argument span = participants.argument(argument.getRole(), argument.getBegin(), cut);
    String kept = span.getText().stripTrailing();
    return Argument.newBuilder(argument)
        .setText(kept)
        .setEnd(argument.getBegin() + kept.length())
        .build();
  }

  /**
   * The preposition of a core dependent that is really a prepositional phrase the parser joined to
   * a list of objects ("include flamethrowers, grenades and at a couple of points you get ...",
   * "donated $1m to the Red Cross" parsed as one object headed by "Cross"), or null: the
   * preposition before its head, or before the quantifier enhanced++ moved off the head ("a couple
   * of").
   */
  static IndexedWord preposition(SentenceContext sentence, IndexedWord dep) {
    IndexedWord node = sentence.graph().getNodeByIndexSafe(dep.index());
    if (node == null) {
      return null;
    }
    List<IndexedWord> heads = new ArrayList<>(List.of(node));
    for (SemanticGraphEdge out : sentence.graph().outgoingEdgeIterable(node)) {
      if (out.getRelation().toString().equals("det:qmod")) {
        heads.add(out.getDependent());
      }
    }
    for (IndexedWord head : heads) {
      IndexedWord marker = prepositionalCore(sentence.graph(), head);
      IndexedWord basic = sentence.tree().getNodeByIndexSafe(head.index());
      marker = marker != null || basic == null ? marker : prepositionalCore(sentence.tree(), basic);
      if (marker != null) {
        return marker;
      }
    }
    return null;
  }

  /**
   * The preposition before a node that its graph makes no prepositional modifier, or null: "some of
   * the protesters" (the quantifier's "of" phrase in the basic tree) and a relative pronoun's
   * antecedent ("government forces, who launched": "alongside government forces") are modifiers.
   */
  private static IndexedWord prepositionalCore(SemanticGraph graph, IndexedWord node) {
    boolean modifier =
        graph.incomingEdgeList(node).stream()
            .anyMatch(e -> e.getRelation().getShortName().matches("nmod|obl"));
    if (modifier) {
      return null;
    }
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(node)) {
      IndexedWord marker = out.getDependent();
      if (out.getRelation().getShortName().equals("case")
          && marker.index() < node.index()
          && marker.tag().equals("IN")) {
        return marker;
      }
    }
    return null;
  }

  /** The argument's span from a word of it on ("to The American Red Cross" from "The"). */
  static Argument from(SentenceContext sentence, Argument argument, IndexedWord first) {
    if (first == null
        || first.beginPosition() <= argument.getBegin()
        || first.beginPosition() >= argument.getEnd()) {
      return argument;
    }
    return Argument.newBuilder(argument)
        .setText(sentence.text().body().substring(first.beginPosition(), argument.getEnd()))
        .setBegin(first.beginPosition())
        .build();
  }

  /**
   * Whether a subject is a bare number that cannot be the verb's subject: a count above one before
   * a third-person singular verb ("two draws", "three wins": nouns the tagger read as verbs).
   */
  static boolean isMisreadCount(IndexedWord verb, IndexedWord subject) {
    return subject.tag().equals("CD")
        && verb.tag().equals("VBZ")
        && !subject.word().equalsIgnoreCase("one")
        && !subject.word().equals("1");
  }

  /**
   * Whether an object is a percentage without an "of" phrase: the extent of a change ("fell 5%"),
   * never its patient; "owns 8% of Google", "cut 10% of its staff" name what is owned or cut.
   */
  static boolean isExtent(SemanticGraph graph, IndexedWord dep) {
    return "PERCENT".equals(dep.ner())
        && graph.outgoingEdgeList(dep).stream()
            .noneMatch(e -> e.getRelation().toString().equals("nmod:of"));
  }

  /** Where a conjunct's coordination starts: its "and"/"or", else the conjunct itself. */
  static int conjunctionBegin(SemanticGraph tree, IndexedWord conjunct) {
    for (SemanticGraphEdge out : tree.outgoingEdgeIterable(conjunct)) {
      if (out.getRelation().getShortName().equals("cc")) {
        return out.getDependent().beginPosition();
      }
    }
    return conjunct.beginPosition();
  }

  /**
   * "all they see is death upon death", "what they want is peace": in a pseudo-cleft the verb of
   * the free relative is the subject of a copular predicate, which is the verb's object.
   */
  static IndexedWord pseudoCleftValue(SemanticGraph graph, IndexedWord verb) {
    boolean opened = false;
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(verb)) {
      String rel = out.getRelation().toString();
      IndexedWord dep = out.getDependent();
      if (rel.equals("obj") && !dep.tag().startsWith("W")) {
        return null; // the verb has an object of its own
      }
      opened |=
          CLEFT_WORDS.contains(dep.word().toLowerCase())
              && dep.index() < verb.index()
              && !rel.startsWith("nsubj");
    }
    if (!opened) {
      return null;
    }
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(verb)) {
      String rel = in.getRelation().getShortName();
      IndexedWord predicate = in.getGovernor();
      if ((rel.equals("nsubj") || rel.equals("csubj"))
          && predicate.index() > verb.index()
          && graph.outgoingEdgeList(predicate).stream()
              .anyMatch(e -> e.getRelation().getShortName().equals("cop"))) {
        return predicate;
      }
    }
    return null;
  }

  /**
   * "include officials currently serving under President Assad and members of the opposition": the
   * parser often joins a second object to the last noun inside the first object's modifier. A
   * conjunct there whose tag matches the object's ("officials", "members": NNS) but not the noun it
   * is joined to ("Assad": NNP) is read as a second object, by the parallelism of conjuncts.
   */
  static List<IndexedWord> misattachedConjuncts(SemanticGraph tree, IndexedWord object) {
    List<IndexedWord> found = new ArrayList<>();
    IndexedWord node = tree.getNodeByIndexSafe(object.index());
    if (node == null || !node.tag().startsWith("NN") || node.tag().startsWith("NNP")) {
      return found;
    }
    Deque<IndexedWord> todo = new ArrayDeque<>();
    for (SemanticGraphEdge out : tree.outgoingEdgeIterable(node)) {
      String rel = out.getRelation().getShortName();
      if (rel.equals("acl") || rel.equals("nmod")) {
        todo.push(out.getDependent());
      }
    }
    Set<IndexedWord> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      IndexedWord inner = todo.pop();
      if (!seen.add(inner)) {
        continue;
      }
      for (SemanticGraphEdge out : tree.outgoingEdgeIterable(inner)) {
        String rel = out.getRelation().getShortName();
        IndexedWord dep = out.getDependent();
        if (rel.equals("conj")
            && dep.tag().equals(node.tag())
            && !inner.tag().equals(node.tag())
            && inner.tag().startsWith("NN")) {
          found.add(dep);
        } else if (rel.equals("obl") || rel.equals("nmod") || rel.equals("acl")) {
          todo.push(dep);
        }
      }
    }
    return found;
  }
}
