package org.newsevents.nlp.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.records.Roles;
import org.newsevents.schema.Argument;

/**
 * Who acts in a clause without a subject of its own: a verb goes in; the agents it takes from the
 * clause it depends on come out, and whether a word can control a to-infinitive at all.
 */
final class Controllers {

  private final Lexicons lexicons;

  Controllers(Lexicons lexicons) {
    this.lexicons = lexicons;
  }

  /**
   * "agreed to work together to end the war", "told reporters after attending a meeting": a
   * to-infinitive or participle clause without a subject of its own takes the agents of the verb it
   * depends on, up the chain.
   */
  List<Argument> agents(SentenceContext sentence, IndexedWord verb) {
    SemanticGraph graph = sentence.graph();
    List<Argument> agents = new ArrayList<>();
    IndexedWord current = verb;
    for (int depth = 0; depth < 3; depth++) {
      IndexedWord governor = null;
      for (SemanticGraphEdge in : graph.incomingEdgeIterable(current)) {
        String rel = in.getRelation().getShortName();
        boolean participle = rel.equals("advcl") && current.tag().equals("VBG");
        if (((rel.equals("advcl") || rel.equals("xcomp")) && Factuality.hasToMark(graph, current))
            || participle) {
          governor = in.getGovernor();
        }
      }
      if (governor == null) {
        return agents;
      }
      for (SemanticGraphEdge out : graph.outgoingEdgeIterable(governor)) {
        String rel = out.getRelation().toString();
        boolean subject =
            rel.equals("nsubj")
                || (rel.equals("nsubj:xsubj") && canControl(sentence, out.getDependent()));
        if (subject
            && !out.getDependent().tag().startsWith("W")
            && !ClauseShapes.isExpletiveIt(graph, out.getDependent())) {
          agents.add(sentence.argument(Roles.AGENT, out.getDependent()));
        }
      }
      if (!agents.isEmpty()) {
        return agents;
      }
      current = governor;
    }
    return agents;
  }

  /**
   * Whether a controller that enhanced++ propagates to a to-infinitive can act: a subject, a name,
   * or a personal pronoun; not an inanimate object ("made progress on plans to convene").
   */
  boolean canControl(SentenceContext sentence, IndexedWord controller) {
    for (SemanticGraphEdge in : sentence.graph().incomingEdgeIterable(controller)) {
      String rel = in.getRelation().toString();
      if (rel.equals("nsubj")) {
        return true;
      }
      // "urged the community to commit", "convince both sides to accept": object control.
      if (rel.equals("obj") && isObjectControlVerb(in.getGovernor())) {
        return true;
      }
    }
    return sentence.entityType(controller) != null || controller.tag().equals("PRP");
  }

  /** A verb whose object is the addressee ("call on", "urge") or the controller of its clause. */
  boolean addressesObject(IndexedWord verb) {
    return verb.tag().startsWith("VB") && isObjectControlVerb(verb);
  }

  private boolean isObjectControlVerb(IndexedWord verb) {
    return lexicons.isObjectControl(verb.lemma().toLowerCase())
        || lexicons.cues(verb.lemma()).stream().anyMatch(Lexicons.Cue::objectIsAddressee);
  }
}
