package org.newsevents.nlp.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Set;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.knowledge.WordNetSenses;

/**
 * Clause shapes the parser misreads, for the participants of a verb: a verb (or its object) and the
 * enhanced graph go in; a reduced passive read as an active clause, an apposition after a dash read
 * as an object, the object two coordinated verbs share, and the noun a participle really modifies
 * come out.
 */
public final class ClauseShapes {

  private static final Set<String> NOMINATIVE = Set.of("i", "he", "she", "we", "they");
  private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");

  /** WordNet lexicographer files of nouns that can act: people and groups of them. */
  private static final Set<String> ACTOR_FILES = Set.of("wn1=noun.person", "wn1=noun.group");

  private ClauseShapes() {}

  /**
   * "how long it would take to find", "it seems that the talks failed", "it is hard to say": "it"
   * before one of the verbs {@code empty-it-verbs.tsv} lists or an adjective of {@code
   * empty-it-adjectives.tsv}, with a clause after it and no object but a span of time, is an
   * expletive standing for that clause, no agent.
   */
  public static boolean isExpletiveIt(SemanticGraph graph, IndexedWord subject) {
    if (!subject.word().equalsIgnoreCase("it")) {
      return false;
    }
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(subject)) {
      if (in.getRelation().toString().equals("nsubj") && emptyItVerb(graph, in.getGovernor())) {
        return true; // also when "it" reaches an infinitive ("to rebuild") as its controller
      }
    }
    return false;
  }

  private static boolean emptyItVerb(SemanticGraph graph, IndexedWord verb) {
    boolean adjective =
        verb.tag() != null
            && verb.tag().startsWith("JJ")
            && Lexicons.standard().isEmptyItAdjective(verb.lemma());
    if (!adjective && !Lexicons.standard().isEmptyItVerb(verb.lemma())) {
      return false;
    }
    boolean clause = false;
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(verb)) {
      String rel = out.getRelation().getShortName();
      IndexedWord dep = out.getDependent();
      if (rel.equals("obj") && !"DURATION".equals(dep.ner()) && !dep.lemma().equals("time")) {
        return false; // "it would take over the firm to expand": "it" is the firm's buyer
      }
      clause |= rel.matches("ccomp|xcomp|advcl|csubj") && dep.index() > verb.index();
    }
    return clause;
  }

  /**
   * "The man arrested by police was released": a past form without an auxiliary or object, with a
   * "by" phrase, or a past participle the parse made a clausal subject or modifier, is a reduced
   * passive, whose subject in the parse is its patient. (A root "called" tagged VBN is no passive.)
   * So is a participle clause after its subject under another verb ({@link #isSmallClausePassive}).
   */
  static boolean isReducedPassive(SemanticGraph graph, IndexedWord verb) {
    if (!verb.tag().equals("VBN") && !verb.tag().equals("VBD")) {
      return false;
    }
    boolean byPhrase = false;
    boolean object = false;
    boolean agent = false;
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(verb)) {
      String rel = out.getRelation().toString();
      if (rel.startsWith("aux") || rel.equals("cop")) {
        return false;
      }
      object |= rel.equals("obj");
      agent |=
          rel.equals("obl:agent")
              || rel.equals("obl:by") && !out.getDependent().tag().startsWith("VB");
      byPhrase |= rel.equals("obl:agent") || rel.equals("obl:by");
    }
    if (object) {
      // "a move branded a humiliating retreat by the Tories": a verb of naming keeps its second
      // object in the passive; a participle modifying a noun with a "by" phrase of a noun is one
      return agent
          && graph.incomingEdgeList(verb).stream()
              .anyMatch(e -> e.getRelation().toString().equals("acl"));
    }
    boolean embedded =
        graph.incomingEdgeList(verb).stream()
            .anyMatch(
                e ->
                    e.getRelation().getShortName().equals("csubj")
                        || e.getRelation().getShortName().equals("acl"));
    return byPhrase || (verb.tag().equals("VBN") && embedded) || isSmallClausePassive(graph, verb);
  }

  /**
   * "have me tested", "She had her bag searched", "We need the law changed", "Police found the man
   * stabbed": a participle whose clause the parse hung under another verb (ccomp, xcomp, dep), with
   * its subject between the two and no auxiliary, is passive. The tagger reads many such
   * participles as past tenses ("searched/VBD"); a past tense counts only under a verb of {@code
   * small-clause-verbs.tsv} and after a subject that is no nominative pronoun, so that "said prices
   * rose" and "saw they left" stay active. Under other verbs a participle counts when it differs
   * from its base form ("making us all come") and the verb is no reporting cue, whose clauses the
   * tagger misreads ("said EA planned on dominating", "thought politicians engaged in dirty
   * tricks"). The caller has checked for auxiliaries and objects.
   */
  private static boolean isSmallClausePassive(SemanticGraph graph, IndexedWord verb) {
    IndexedWord subject = null;
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(verb)) {
      String rel = out.getRelation().toString();
      if (rel.equals("mark") || rel.equals("nsubj:pass")) {
        return false;
      }
      if (rel.equals("nsubj")) {
        subject = out.getDependent();
      }
    }
    if (subject == null || subject.index() > verb.index()) {
      return false;
    }
    Lexicons lexicons = Lexicons.standard();
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(verb)) {
      IndexedWord governor = in.getGovernor();
      if (!in.getRelation().getShortName().matches("ccomp|xcomp|dep")
          || !governor.tag().startsWith("VB")
          || governor.index() > subject.index()) {
        continue;
      }
      if (lexicons.isSmallClauseVerb(governor.lemma())) {
        if (verb.tag().equals("VBN") || !NOMINATIVE.contains(subject.word().toLowerCase())) {
          return true;
        }
      } else if (verb.tag().equals("VBN")
          && !verb.word().equalsIgnoreCase(verb.lemma())
          && lexicons.cues(governor.lemma()).isEmpty()) {
        return true; // "play songs downloaded from", not "said EA planned", "making us come"
      }
    }
    return false;
  }

  /** The subject the parse gave a reduced passive ("The man" of "arrested by police"), or null. */
  static IndexedWord reducedPassiveSubject(SemanticGraph graph, IndexedWord verb) {
    if (!isReducedPassive(graph, verb)) {
      return null;
    }
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(verb)) {
      if (out.getRelation().toString().equals("nsubj")) {
        return out.getDependent();
      }
    }
    return null;
  }

  /**
   * "will be held at two venues - Hylands Park in Essex and Weston Park": the parser makes the
   * names after the dash the verb's object, with the phrase before the dash hanging on them. That
   * phrase's edge (obl:at → "venues"), or null when the object is no such apposition.
   */
  static SemanticGraphEdge dashedPhrase(SemanticGraph graph, IndexedWord object) {
    IndexedWord first = object;
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(object)) {
      if (in.getRelation().getShortName().equals("conj")
          && in.getGovernor().index() < object.index()) {
        first = in.getGovernor();
      }
    }
    IndexedWord dash = dash(graph, first);
    if (dash == null) {
      return null;
    }
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(first)) {
      String rel = out.getRelation().getShortName();
      if ((rel.equals("obl") || rel.equals("nmod")) && out.getDependent().index() < dash.index()) {
        return out;
      }
    }
    return null;
  }

  /** The dash before a noun that the parse hangs on it ("- Hylands Park"), or null. */
  static IndexedWord dash(SemanticGraph graph, IndexedWord noun) {
    IndexedWord dash = null;
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(noun)) {
      IndexedWord dep = out.getDependent();
      if (out.getRelation().getShortName().equals("punct")
          && DASHES.contains(dep.word())
          && dep.index() < noun.index()) {
        dash = dep;
      }
    }
    return dash;
  }

  /**
   * "The rebels captured and burned the town": a verb without an object, joined directly ("and",
   * "or") to a following verb whose object comes after it, shares that object when WordNet says its
   * first sense takes one ("arrived and met the minister": "arrive" takes none).
   */
  static IndexedWord sharedObject(SemanticGraph graph, IndexedWord verb, WordNetSenses wordNet) {
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(verb)) {
      String rel = out.getRelation().toString();
      if (rel.equals("obj")
          || rel.equals("ccomp")
          || rel.equals("xcomp")
          || rel.startsWith("obl")) {
        return null;
      }
    }
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(verb)) {
      IndexedWord next = out.getDependent();
      if (!out.getRelation().getShortName().equals("conj")
          || next.index() != verb.index() + 2
          || !next.tag().startsWith("VB")
          || !verb.tag().equals(next.tag())
          || !wordNet.transitive(verb.lemma())) {
        continue;
      }
      for (SemanticGraphEdge inner : graph.outgoingEdgeIterable(next)) {
        if (inner.getRelation().toString().equals("obj")
            && inner.getDependent().index() > next.index()) {
          return inner.getDependent();
        }
      }
    }
    return null;
  }

  /**
   * "heirs to the throne marrying Roman Catholics": a participle the parser hung on the noun of a
   * prepositional phrase says what the noun just before that phrase does, when that noun can act
   * and the phrase's noun cannot ("the throne" marries no one). The acting noun, else the host.
   */
  static IndexedWord participleHost(SentenceContext sentence, IndexedWord host) {
    SemanticGraph graph = sentence.graph();
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(host)) {
      IndexedWord marker = out.getDependent();
      if (!out.getRelation().getShortName().equals("case") || marker.index() < 2) {
        continue;
      }
      IndexedWord before = graph.getNodeByIndexSafe(marker.index() - 1);
      if (before != null
          && before.tag().startsWith("NN")
          && canAct(sentence, before)
          && !canAct(sentence, host)) {
        return before;
      }
    }
    return host;
  }

  /**
   * A common noun whose first WordNet sense is a group of people ("police", "army", "government"):
   * as a compound before an event noun it names who acts ("a police raid"), where a person noun may
   * name the patient ("a hostage release").
   */
  static boolean isGroup(IndexedWord word) {
    return word.tag().equals("NN")
        && WordNetSenses.standard().features(word.lemma(), "N").contains("wn1=noun.group");
  }

  /** A person, organisation, pronoun, or a noun whose first WordNet sense is a person or group. */
  static boolean canAct(SentenceContext sentence, IndexedWord word) {
    String entity = sentence.entityType(word);
    if ("PERSON".equals(entity) || "ORGANIZATION".equals(entity) || word.tag().equals("PRP")) {
      return true;
    }
    return word.tag().startsWith("NN")
        && WordNetSenses.standard().features(word.lemma(), "N").stream()
            .anyMatch(ACTOR_FILES::contains);
  }
}
