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
