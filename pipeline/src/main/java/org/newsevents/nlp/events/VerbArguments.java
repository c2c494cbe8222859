package org.newsevents.nlp.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsevents.nlp.knowledge.EventRules;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.knowledge.WordNetSenses;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.records.Roles;
import org.newsevents.schema.Argument;

/**
 * The arguments of a verbal event: a verb (or predicative adjective) and its sense go in; its
 * agents, patients, themes, recipients and places come out, also those the parse leaves implicit.
 */
final class VerbArguments {

  private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");

  /**
   * An article alone is no participant: "to win the deciding set" parsed obj(win, the), acl(the,
   * deciding) gave "win" the PATIENT "the".
   */
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /** TimeML classes of states, whose objects are themes rather than patients. */
  private static final Set<String> STATE_CLASSES = Set.of("STATE", "I_STATE", "PERCEPTION");

  private static final Set<String> STATE_TOPICS =
      Set.of("obl:about", "obl:over", "obl:of", "obl:at", "obl:for");

  private final Lexicons lexicons;
  private final EventRules rules;
  private final Controllers controllers;
  private final Obliques obliques;

  VerbArguments(Lexicons lexicons, EventRules rules, Controllers controllers, Obliques obliques) {
    this.lexicons = lexicons;
    this.rules = rules;
    this.controllers = controllers;
    this.obliques = obliques;
  }

  /**
   * The arguments of a verb; {@code eventNoun} is the noun a support verb carries, or null. Only
   * the TimeML class of the sense counts: aspectual verbs and states read their subject and object
   * as themes.
   */
  List<Argument> of(
      SentenceContext sentence,
      IndexedWord verb,
      IndexedWord eventNoun,
      Lexicons.EventSense sense) {
    SemanticGraph graph = sentence.graph();
    boolean ownSubject = hasSubject(graph, verb);
    List<Argument> arguments = hostAgents(sentence, verb, sense, ownSubject);
    IndexedWord forSubject =
        ImplicitSubjects.forPhraseSubject(
            graph,
            verb,
            governor ->
                lexicons.cues(governor.lemma()).stream().anyMatch(c -> "for".equals(c.particle())));
    if (forSubject != null) {
      arguments.add(sentence.argument(Roles.AGENT, agentOfPhrase(graph, forSubject)));
    }
    IndexedWord addressee =
        ownSubject
            ? null
            : ImplicitSubjects.imperativeAddressee(graph, verb, controllers::addressesObject);
    if (addressee != null) {
      arguments.add(sentence.argument(Roles.AGENT, addressee));
    }
    arguments.addAll(dependents(sentence, verb, eventNoun, sense, forSubject != null));
    Argument value = cleftValue(sentence, verb, sense);
    if (value != null) {
      arguments.add(value);
    }
    return arguments;
  }

  /**
   * "members ... fighting alongside forces", "the communique issued on 30 June": a participle
   * modifying a noun has that noun as its agent (-ing) or patient (-ed). A finite verb under "acl"
   * is a clause the parser hung on its own subject ("since the uprising ... began"). Relative
   * clauses (acl:relcl) have their subject from the enhanced graph already.
   */
  private List<Argument> hostAgents(
      SentenceContext sentence, IndexedWord verb, Lexicons.EventSense sense, boolean ownSubject) {
    SemanticGraph graph = sentence.graph();
    List<Argument> arguments = new ArrayList<>();
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(verb)) {
      IndexedWord host = in.getGovernor();
      if (!in.getRelation().toString().equals("acl")
          || host.tag().startsWith("W")
          || ownSubject
          || isBareArticle(sentence, host)) {
        continue;
      }
      if (AnnotatedText.isTime(host)) {
        continue; // "met on Saturday killing 91 foxes": a time does not act
      }
      if (verb.tag().equals("VBG")) {
        arguments.add(sentence.argument(Roles.AGENT, ClauseShapes.participleHost(sentence, host)));
      } else if (verb.tag().equals("VBN") || ClauseShapes.isReducedPassive(graph, verb)) {
        arguments.add(sentence.argument(Roles.PATIENT, adjacentOfNoun(graph, host, verb)));
      } else if (FINITE_TAGS.contains(verb.tag())) {
        arguments.add(sentence.argument(aspectual(sense) ? Roles.THEME : Roles.AGENT, host));
      }
    }
    if (verb.tag().equals("VBG") && !ownSubject) {
      IndexedWord subject = unattachedParticipleSubject(sentence, verb);
      if (subject != null && !AnnotatedText.isTime(subject)) {
        arguments.add(sentence.argument(Roles.AGENT, subject));
      }
    }
    return arguments;
  }

  /** The arguments among the verb's dependents, in their order. */
  private List<Argument> dependents(
      SentenceContext sentence,
      IndexedWord verb,
      IndexedWord eventNoun,
      Lexicons.EventSense sense,
      boolean forSubject) {
    List<Argument> arguments = new ArrayList<>();
    for (SemanticGraphEdge edge : sentence.graph().outgoingEdgeIterable(verb)) {
      String rel = edge.getRelation().toString();
      IndexedWord dep = edge.getDependent();
      if (dep.tag().startsWith("W") && rel.startsWith("nsubj")) {
        // "a government that could include": a relative pronoun the parse left unlinked stands for
        // the noun before it; "who should participate": an indirect question's open subject.
        IndexedWord antecedent =
            ImplicitSubjects.antecedentBefore(
                sentence.text(), sentence.graph(), sentence.sentence(), dep);
        if (antecedent != null) {
          dep = antecedent;
        } else if (ImplicitSubjects.isRelativePronoun(
            sentence.text(), sentence.graph(), sentence.sentence(), dep)) {
          continue;
        }
      }
      if ((dep.tag().startsWith("W") && !rel.startsWith("nsubj"))
          || (forSubject && rel.equals("nsubj:xsubj"))
          || dep.equals(eventNoun)
          || dep.word().equalsIgnoreCase("place")
          || AnnotatedText.isTime(dep)) {
        continue; // relative pronouns stand for their antecedent; times are the TIME argument
      }
      if (rel.equals("nsubj:xsubj") && !controllers.canControl(sentence, dep)) {
        continue; // "made progress on plans to convene": "progress" convenes nothing
      }
      IndexedWord marker =
          rel.startsWith("nsubj") || rel.equals("obj")
              ? ArgumentShapes.preposition(sentence, dep)
              : null;
      if (marker != null) {
        // "donated $1m to the Red Cross" parsed as one object: the phrase has its preposition's
        // role.
        String role = obliques.role(sentence, "obl:" + marker.word().toLowerCase(), dep);
        if (role != null) {
          IndexedWord after = sentence.graph().getNodeByIndexSafe(marker.index() + 1);
          arguments.add(ArgumentShapes.from(sentence, sentence.argument(role, dep), after));
        }
        continue;
      }
      if (misparsedCore(sentence, verb, rel, dep)) {
        continue;
      }
      IndexedWord reduced = ClauseShapes.reducedPassiveSubject(sentence.graph(), dep);
      if (rel.startsWith("csubj") && reduced != null) {
        // "The man arrested by police was released": the parse made the participle the subject.
        rel = rel.equals("csubj:pass") ? "nsubj:pass" : "nsubj";
        dep = reduced;
      }
      SemanticGraphEdge dashed =
          rel.equals("obj") ? ClauseShapes.dashedPhrase(sentence.graph(), dep) : null;
      if (dashed != null) {
        // "held at two venues - Hylands Park in Essex": the names stand in the phrase's role.
        String role =
            obliques.role(sentence, dashed.getRelation().toString(), dashed.getDependent());
        role = role != null ? role : obliques.role(sentence, dashed.getRelation().toString(), dep);
        if (role != null) {
          // "two venues - Hyde Park" as the phrase of "Park": only the names after the dash.
          IndexedWord dash = ClauseShapes.dash(sentence.graph(), dep);
          IndexedWord after =
              dash == null ? null : sentence.graph().getNodeByIndexSafe(dash.index() + 1);
          arguments.add(ArgumentShapes.from(sentence, sentence.argument(role, dep), after));
          arguments.addAll(obliques.nestedLocations(sentence, Roles.PATIENT, dep));
        }
        continue;
      }
      String role =
          rel.equals("nsubj") && ClauseShapes.isReducedPassive(sentence.graph(), verb)
              ? (state(sense) ? Roles.THEME : Roles.PATIENT)
              : role(sentence, verb, rel, dep, eventNoun != null, sense);
      if (role != null && rel.equals("ccomp")) {
        int[] clause = sentence.text().clause(sentence.sentence(), dep);
        arguments.add(
            Argument.newBuilder(sentence.argument(role, dep))
                .setText(sentence.text().body().substring(clause[0], clause[1]))
                .setBegin(clause[0])
                .setEnd(clause[1])
                .build());
      } else if (role != null) {
        arguments.addAll(objects(sentence, role, dep));
      }
    }
    IndexedWord shared =
        ClauseShapes.sharedObject(sentence.graph(), verb, WordNetSenses.standard());
    if (shared != null && eventNoun == null) {
      arguments.addAll(objects(sentence, state(sense) ? Roles.THEME : Roles.PATIENT, shared));
    }
    return arguments;
  }

  /**
   * Whether a subject or object is a misparse: a count the tagger made the subject of a noun it
   * read as a verb ("three defeats and two draws"), an expletive "it" ("it would take years to
   * find"), a percentage ("fell 5%").
   */
  private static boolean misparsedCore(
      SentenceContext sentence, IndexedWord verb, String rel, IndexedWord dep) {
    if (!rel.startsWith("nsubj") && !rel.equals("obj")) {
      return false;
    }
    return (rel.equals("nsubj") && ArgumentShapes.isMisreadCount(verb, dep))
        || (rel.startsWith("nsubj") && ClauseShapes.isExpletiveIt(sentence.graph(), dep))
        || (rel.equals("obj") && ArgumentShapes.isExtent(sentence.graph(), dep))
        || isCoordinatedClause(sentence.graph(), dep)
        || isBareArticle(sentence, dep);
  }

  /** Whether a dependent's phrase is an article and nothing more (see {@link #ARTICLES}). */
  private static boolean isBareArticle(SentenceContext sentence, IndexedWord dep) {
    if (!ARTICLES.contains(dep.word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int[] span = sentence.text().phrase(sentence.sentence(), dep, false);
    return span[1] - span[0] == dep.word().length();
  }

  /**
   * "assert their authority and the hosts soon found themselves ...": a verb with a subject of its
   * own that the parse coordinated with the object (conj:and(authority, found)), so that the
   * enhanced graph gives it the object's relation; it is a clause of its own, not a participant.
   */
  private static boolean isCoordinatedClause(SemanticGraph graph, IndexedWord dep) {
    if (!dep.tag().startsWith("VB")) {
      return false;
    }
    boolean conjunct =
        graph.incomingEdgeList(dep).stream()
            .anyMatch(e -> e.getRelation().getShortName().equals("conj"));
    boolean subject =
        graph.outgoingEdgeList(dep).stream()
            .anyMatch(e -> e.getRelation().toString().startsWith("nsubj"));
    return conjunct && subject;
  }

  /** The role of a dependent in a relation, or null; {@code carries} for a support verb. */
  private String role(
      SentenceContext sentence,
      IndexedWord verb,
      String rel,
      IndexedWord dep,
      boolean carries,
      Lexicons.EventSense sense) {
    boolean state = state(sense);
    return switch (rel) {
      case "nsubj", "nsubj:xsubj" ->
          undergoes(sentence.graph(), verb, sense) ? Roles.THEME : Roles.AGENT;
      case "obl:agent", "obl:by" -> Roles.AGENT;
      // "want peace", "hear the cry": a state or perception does not affect its object.
      case "nsubj:pass", "obj" -> state ? Roles.THEME : Roles.PATIENT;
      // "prevent what they said was the threat": a free relative the parser made a clause.
      case "ccomp" -> dep.tag().startsWith("NN") ? Roles.PATIENT : null;
      case "iobj" -> Roles.RECIPIENT;
      // "launched an offensive on rebels": the target of the carried event noun.
      case "obl:on", "obl:against" -> carries ? Roles.PATIENT : null;
      // "worried about reports", "afraid of": what a state is about.
      default ->
          state && STATE_TOPICS.contains(rel) ? Roles.THEME : obliques.role(sentence, rel, dep);
    };
  }

  /**
   * A patient or theme with the places nested in it, and the second objects the parser joined to
   * the last noun inside its modifier.
   */
  private List<Argument> objects(SentenceContext sentence, String role, IndexedWord dep) {
    List<IndexedWord> conjuncts =
        role.equals(Roles.PATIENT) || role.equals(Roles.THEME)
            ? ArgumentShapes.misattachedConjuncts(sentence.tree(), dep)
            : List.of();
    Argument argument = sentence.argument(role, dep);
    if (!conjuncts.isEmpty()) {
      // The first object ends before the conjunction the parser hung inside it.
      int cut = ArgumentShapes.conjunctionBegin(sentence.tree(), conjuncts.get(0));
      argument = ArgumentShapes.clipped(sentence.participants(), argument, cut);
    }
    List<Argument> arguments = new ArrayList<>();
    arguments.add(argument);
    arguments.addAll(obliques.nestedLocations(sentence, role, dep));
    for (IndexedWord conjunct : conjuncts) {
      if (ArgumentShapes.preposition(sentence, conjunct) != null) {
        continue;
      }
      arguments.add(sentence.argument(role, conjunct));
    }
    return arguments;
  }

  /** The value of a pseudo-cleft as the verb's object ("all they see is death"), or null. */
  private Argument cleftValue(
      SentenceContext sentence, IndexedWord verb, Lexicons.EventSense sense) {
    // "prevent what they said was the threat": a speech verb there is a parenthetical, no cleft.
    boolean speech = lexicons.cues(verb.lemma()).stream().anyMatch(c -> !c.clauseOnly());
    IndexedWord value = speech ? null : ArgumentShapes.pseudoCleftValue(sentence.graph(), verb);
    if (value == null) {
      return null;
    }
    // "All they hear is talks after talks," Mr Ban said: the value ends at the quotation.
    Argument argument = sentence.argument(state(sense) ? Roles.THEME : Roles.PATIENT, value);
    var tokens = sentence.text().tokens(sentence.sentence());
    for (var token : tokens.subList(value.index(), tokens.size())) {
      if (token.tag().matches("[,:]|''|``") && token.beginPosition() < argument.getEnd()) {
        return ArgumentShapes.clipped(sentence.participants(), argument, token.beginPosition());
      }
    }
    return argument;
  }

  private static boolean aspectual(Lexicons.EventSense sense) {
    return sense.timemlClass().equals("ASPECTUAL");
  }

  /**
   * Whether the subject of an aspectual verb is what begins, goes on or ends ("The strike started",
   * THEME) rather than who begins or ends something ("Woodward began his reign", "we stop them":
   * AGENT, the object the PATIENT), as PropBank's begin/start/end/stop frames read them. A gerund
   * the parse made the object ("its shares will begin trading") is the event that begins, not a
   * thing acted on.
   */
  private static boolean undergoes(
      SemanticGraph graph, IndexedWord verb, Lexicons.EventSense sense) {
    if (!aspectual(sense)) {
      return false;
    }
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(verb)) {
      if (out.getRelation().toString().equals("obj") && !out.getDependent().tag().equals("VBG")) {
        return false;
      }
    }
    return true;
  }

  private static boolean state(Lexicons.EventSense sense) {
    return STATE_CLASSES.contains(sense.timemlClass());
  }

  /**
   * Who acts in a phrase: "an urgent meeting of the UN Security Council" is the Council (a
   * gathering's "of", a possessor or a "by" phrase of an event noun), any other phrase itself.
   */
  private IndexedWord agentOfPhrase(SemanticGraph graph, IndexedWord head) {
    if (lexicons.trigger(head.lemma(), "N").isPresent()) {
      for (SemanticGraphEdge out : graph.outgoingEdgeIterable(head)) {
        String rel = out.getRelation().toString();
        if (rel.equals("nmod:poss")
            || rel.equals("nmod:by")
            || (rel.equals("nmod:of") && ofIsAgent(head))) {
          return out.getDependent();
        }
      }
    }
    return head;
  }

  /** "a meeting of the Security Council", "the cry of the Syrian people": "of" names who acts. */
  private boolean ofIsAgent(IndexedWord noun) {
    return lexicons.trigger(noun.lemma(), "N").filter(s -> rules.ofIsAgent(s.type())).isPresent();
  }

  private static boolean hasSubject(SemanticGraph graph, IndexedWord verb) {
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(verb)) {
      if (out.getRelation().getShortName().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the core elements of the final communique issued on 30 June": a past participle right after an
   * "of" noun modifies that nearer noun, though the parser hangs it on the phrase's head.
   */
  private static IndexedWord adjacentOfNoun(
      SemanticGraph graph, IndexedWord host, IndexedWord participle) {
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(host)) {
      IndexedWord inner = out.getDependent();
      if (out.getRelation().toString().equals("nmod:of")
          && inner.tag().startsWith("NN")
          && inner.index() == participle.index() - 1) {
        return inner;
      }
    }
    return host;
  }

  /**
   * "members from the movement, Hezbollah, once again fighting alongside government forces": a
   * participle the parser left unattached ("dep") is said of the noun just before it, across
   * adverbs and a comma.
   */
  private static IndexedWord unattachedParticipleSubject(
      SentenceContext sentence, IndexedWord verb) {
    boolean unattached = false;
    for (SemanticGraphEdge in : sentence.graph().incomingEdgeIterable(verb)) {
      unattached |= in.getRelation().toString().equals("dep");
    }
    if (!unattached) {
      return null;
    }
    var tokens = sentence.text().tokens(sentence.sentence());
    for (int i = verb.index() - 2; i >= 0; i--) {
      String tag = tokens.get(i).tag();
      if (tag.startsWith("RB") || tag.equals(",")) {
        continue;
      }
      boolean nominal = tag.startsWith("NN") || tag.equals("PRP");
      return nominal ? sentence.graph().getNodeByIndexSafe(i + 1) : null;
    }
    return null;
  }
}
