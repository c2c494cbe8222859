package org.newsevents.nlp.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import org.newsevents.nlp.knowledge.ActorGazetteer;
import org.newsevents.nlp.knowledge.EventRules;
import org.newsevents.records.Roles;
import org.newsevents.schema.Argument;

/**
 * Agents named before an event noun: the noun and its parse go in; AGENT arguments for an
 * organisation modifier and, for the types {@code nominal-agents.tsv} lists, a nationality
 * adjective come out.
 */
final class NominalAgents {

  private final EventRules rules;
  private final ActorGazetteer gazetteer;

  NominalAgents(EventRules rules, ActorGazetteer gazetteer) {
    this.rules = rules;
    this.gazetteer = gazetteer;
  }

  /**
   * Who acts, named before an event noun: an organisation ("the Security Council meeting"), and for
   * the types {@code nominal-agents.tsv} lists a group of people ("a police raid", "the army
   * offensive"; not "the economy crisis") and a nationality adjective ("the Russian proposal", "the
   * US-Russian initiative": the US and Russia), and an organisation the parser made the head of a
   * premodified event noun ("after the Action Group for Syria meeting" parsed as "Group for ...
   * meeting").
   */
  List<Argument> of(SentenceContext sentence, IndexedWord noun, String type) {
    SemanticGraph graph = sentence.graph();
    List<Argument> arguments = new ArrayList<>();
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(noun)) {
      String rel = edge.getRelation().toString();
      IndexedWord dep = edge.getDependent();
      if (!(rel.equals("compound") || rel.equals("amod")) || dep.index() > noun.index()) {
        continue;
      }
      boolean group = rules.modifierIsAgent(type) && ClauseShapes.isGroup(dep);
      if (rel.equals("compound") && ("ORGANIZATION".equals(sentence.entityType(dep)) || group)) {
        arguments.add(sentence.argument(Roles.AGENT, dep));
      } else if (rules.modifierIsAgent(type) && isNationality(dep)) {
        arguments.add(wordArgument(sentence, dep));
        for (SemanticGraphEdge inner : graph.outgoingEdgeIterable(dep)) {
          IndexedWord partner = inner.getDependent();
          String innerRel = inner.getRelation().toString();
          if ((innerRel.equals("compound") || innerRel.equals("amod"))
              && partner.endPosition() + 1 == dep.beginPosition()
              && isNationality(partner)) {
            arguments.add(arguments.size() - 1, wordArgument(sentence, partner));
          }
        }
      }
    }
    boolean ownDeterminer =
        graph.outgoingEdgeList(noun).stream()
            .anyMatch(e -> e.getRelation().getShortName().matches("det|nmod:poss"));
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(noun)) {
      IndexedWord host = in.getGovernor();
      if (!ownDeterminer
          && in.getRelation().getShortName().equals("nmod")
          && host.index() < noun.index()
          && host.tag().startsWith("NNP")
          && "ORGANIZATION".equals(sentence.entityType(host))) {
        int begin = sentence.argument(Roles.AGENT, host).getBegin();
        int end = graph.getNodeByIndexSafe(noun.index() - 1).endPosition();
        arguments.add(
            Argument.newBuilder(sentence.argument(Roles.AGENT, host))
                .setText(sentence.participants().argument(Roles.AGENT, begin, end).getText())
                .setEnd(end)
                .build());
      }
    }
    return arguments;
  }

  private boolean isNationality(IndexedWord word) {
    boolean adjectival =
        word.tag().startsWith("JJ")
            || "MISC".equals(word.ner())
            || "NATIONALITY".equals(word.ner());
    ActorGazetteer.Hit hit = adjectival ? gazetteer.find(word.word(), null) : null;
    return hit != null && hit.matched().equals(word.word()) && "COUNTRY".equals(hit.entry().kind());
  }

  private static Argument wordArgument(SentenceContext sentence, IndexedWord word) {
    return Argument.newBuilder(sentence.argument(Roles.AGENT, word))
        .setText(word.word())
        .setBegin(word.beginPosition())
        .setEnd(word.endPosition())
        .setCanonical(null) // the hyphenated compound's chain would name both countries
        .build();
  }
}
