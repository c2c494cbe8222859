package org.newsevents.nlp.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.records.Roles;
import org.newsevents.schema.Argument;

/**
 * Circumstances in prepositional phrases: a dependent and its relation go in; its role (LOCATION,
 * RECIPIENT or INSTRUMENT) comes out, or the places nested in a participant.
 */
final class Obliques {

  private final Lexicons lexicons;

  Obliques(Lexicons lexicons) {
    this.lexicons = lexicons;
  }

  /** LOCATION, RECIPIENT or INSTRUMENT for a prepositional dependent, or null. */
  String role(SentenceContext sentence, String rel, IndexedWord dep) {
    int colon = rel.indexOf(':');
    if (colon < 0 || !(rel.startsWith("obl") || rel.startsWith("nmod"))) {
      return null;
    }
    String preposition = rel.substring(colon + 1);
    String entity = sentence.entityType(dep);
    boolean place = "LOCATION".equals(entity) || lexicons.isPlaceNoun(dep.word().toLowerCase());
    if (lexicons.isPlacePreposition(preposition) && place) {
      return Roles.LOCATION;
    }
    if (preposition.equals("to")) {
      return place
          ? Roles.LOCATION
          : ("PERSON".equals(entity) || "ORGANIZATION".equals(entity) ? Roles.RECIPIENT : null);
    }
    if (preposition.equals("with")
        && rel.startsWith("obl")
        && entity == null
        && dep.tag().startsWith("NN")) {
      return Roles.INSTRUMENT;
    }
    return null;
  }

  /**
   * "an offensive on rebels in Homs": the place may hang on a participant rather than the event.
   */
  List<Argument> nestedLocations(SentenceContext sentence, String role, IndexedWord dep) {
    List<Argument> places = new ArrayList<>();
    if (!role.equals(Roles.PATIENT) && !role.equals(Roles.THEME)) {
      return places;
    }
    for (SemanticGraphEdge inner : sentence.graph().outgoingEdgeIterable(dep)) {
      String innerRel = inner.getRelation().toString();
      if (Roles.LOCATION.equals(role(sentence, innerRel, inner.getDependent()))) {
        places.add(sentence.argument(Roles.LOCATION, inner.getDependent()));
      }
    }
    return places;
  }
}
