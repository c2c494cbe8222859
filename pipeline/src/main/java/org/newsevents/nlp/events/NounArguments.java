package org.newsevents.nlp.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Set;
import org.newsevents.nlp.knowledge.EventRules;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.knowledge.WordNetSenses;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.records.Roles;
import org.newsevents.schema.Argument;

/**
 * The arguments of a nominal event: an event noun and its type go in; its agents, patients, themes,
 * recipients and places come out ("a meeting of the Council with the opposition in Geneva").
 */
final class NounArguments {

  /** The WordNet lexicographer file of a made thing's first sense. */
  private static final String ARTIFACT = "wn1=noun.artifact";

  /** The WordNet lexicographer files of a happening's first sense. */
  private static final Set<String> HAPPENINGS =
      Set.of("wn1=noun.event", "wn1=noun.process", "wn1=noun.phenomenon");

  private final Lexicons lexicons;
  private final EventRules rules;
  private final NominalAgents nominalAgents;
  private final Obliques obliques;

  NounArguments(
      Lexicons lexicons, EventRules rules, NominalAgents nominalAgents, Obliques obliques) {
    this.lexicons = lexicons;
    this.rules = rules;
    this.nominalAgents = nominalAgents;
    this.obliques = obliques;
  }

  /** The arguments of an event noun of the given type, in the order of its dependents. */
  List<Argument> of(SentenceContext sentence, IndexedWord noun, String type) {
    List<Argument> arguments = nominalAgents.of(sentence, noun, type);
    boolean intensional =
        lexicons
            .trigger(noun.lemma(), "N")
            .filter(sense -> sense.timemlClass().startsWith("I_"))
            .isPresent();
    for (SemanticGraphEdge edge : sentence.graph().outgoingEdgeIterable(noun)) {
      String rel = edge.getRelation().toString();
      IndexedWord dep = edge.getDependent();
      if (AnnotatedText.isTime(dep)) {
        continue;
      }
      if (intensional && rel.startsWith("acl") && dep.tag().startsWith("VB")) {
        // "a need for the violence to end", "a plan to hold talks": the wanted event is the theme.
        int[] clause = sentence.text().clause(sentence.sentence(), dep);
        arguments.add(sentence.participants().argument(Roles.THEME, clause[0], clause[1]));
        continue;
      }
      String role =
          switch (rel) {
            case "nmod:poss", "nmod:by", "nmod:between" -> Roles.AGENT;
            // "a meeting of the Security Council", "the call of history": who gathers or calls.
            case "nmod:of" -> rules.ofIsAgent(type) ? Roles.AGENT : Roles.THEME;
            case "nmod:against", "nmod:on" -> Roles.PATIENT;
            case "nmod:with" -> withRole(sentence, noun, dep);
            case "nmod:for" -> intensional ? Roles.THEME : null;
            default -> obliques.role(sentence, rel, dep);
          };
      if (role != null) {
        arguments.add(sentence.argument(role, dep));
        arguments.addAll(obliques.nestedLocations(sentence, role, dep));
      }
    }
    return arguments;
  }

  /**
   * The role of an event noun's "with" phrase by what it names: an outcome or happening (a noun
   * whose first WordNet sense is an event, process or phenomenon: "his reign with three defeats and
   * two draws", "talks with little success") fills no role; a made thing that names no one ("a raid
   * with helicopters") is the INSTRUMENT; anyone else ("a meeting with his Russian counterpart",
   * "talks with Iran", "talks with the opposition") the RECIPIENT, as before.
   */
  private static String withRole(SentenceContext sentence, IndexedWord noun, IndexedWord dep) {
    // A later conjunct the parser also hangs on the noun takes the first one's role ("three
    // defeats and two draws": "draws" is a noun.object in WordNet, "defeats" an event).
    for (SemanticGraphEdge in : sentence.graph().incomingEdgeIterable(dep)) {
      IndexedWord first = in.getGovernor();
      if (in.getRelation().toString().startsWith("conj")
          && sentence.graph().getAllEdges(noun, first).stream()
              .anyMatch(e -> e.getRelation().toString().equals("nmod:with"))) {
        return withRole(sentence, noun, first);
      }
    }
    if (ClauseShapes.canAct(sentence, dep) || sentence.entityType(dep) != null) {
      return Roles.RECIPIENT;
    }
    List<String> senses =
        dep.tag().startsWith("NN")
            ? WordNetSenses.standard().features(dep.lemma(), "N")
            : List.of();
    if (senses.contains(ARTIFACT)) {
      return Roles.INSTRUMENT;
    }
    return senses.stream().anyMatch(HAPPENINGS::contains) ? null : Roles.RECIPIENT;
  }

  /**
   * "the conference be held", "the meeting might not take place": the event noun a support verb
   * carries fills the slot it stands in (what is held: PATIENT; what takes place: THEME), unless
   * the arguments found so far fill that role already ("launched an offensive on rebels": rebels
   * are the PATIENT); null when it fills none.
   */
  Argument carried(
      SentenceContext sentence, IndexedWord verb, IndexedWord noun, List<Argument> found) {
    String role = null;
    for (SemanticGraphEdge edge : sentence.graph().getAllEdges(verb, noun)) {
      String rel = edge.getRelation().toString();
      role =
          rel.equals("nsubj")
              ? Roles.THEME
              : rel.equals("obj") || rel.equals("nsubj:pass") ? Roles.PATIENT : role;
    }
    String filled = role;
    if (filled == null || found.stream().anyMatch(a -> a.getRole().equals(filled))) {
      return null;
    }
    return sentence.argument(filled, noun);
  }
}
