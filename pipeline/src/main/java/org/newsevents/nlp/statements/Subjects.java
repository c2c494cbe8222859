package org.newsevents.nlp.statements;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * The speaker of a cue with no subject of its own: a cue word and its sentence's dependency graph
 * go in; the subjects it takes from the words it hangs on come out ("the president said, adding
 * that ..." gives the president; "he began by saying ..." gives he).
 */
final class Subjects {

  private Subjects() {}

  /**
   * "the president said, adding that ...": a participle or conjunct takes its governor's subject.
   */
  static List<IndexedWord> inherited(SemanticGraph graph, IndexedWord cue) {
    List<IndexedWord> quoted = quotedAs(graph, cue);
    if (!quoted.isEmpty()) {
      return quoted;
    }
    List<IndexedWord> subjects = inheritedFromParse(graph, cue);
    if (!cue.tag().equals("VBG")
        || subjects.isEmpty()
        || subjects.stream().anyMatch(Subjects::named)
        || modifiesNoun(graph, cue)) {
      return subjects;
    }
    // "He said the plan had failed, adding that ...", "Lush said that the series was still wide
    // open, adding ...": the parse hung the gerund on the reported clause, whose subject names no
    // one; a name or personal pronoun subject of a verb above that clause speaks instead.
    IndexedWord clause = graph.getParent(subjects.get(0));
    List<IndexedWord> above = clause == null ? List.of() : namedSubjectAbove(graph, clause);
    return above.isEmpty() ? subjects : above;
  }

  /** Whether a gerund modifies a noun ("pledges from MPs saying that ..."): the noun speaks. */
  private static boolean modifiesNoun(SemanticGraph graph, IndexedWord cue) {
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(cue)) {
      if (in.getRelation().getShortName().equals("acl")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> SPEAKER_NER = Set.of("PERSON", "ORGANIZATION", "TITLE");

  /**
   * Whether the parse's subject of a cue can be a speaker: not an adverb or a verb ("Sooner or
   * later we will do away with … and people will say …" parsed with "Sooner" as the subject of
   * "say", "Writing in the FT, Mr Schroeder said" with "Writing"), which only a misparse makes a
   * subject; the cue then looks for its speaker as if it had none. A capitalised word tagged as a
   * verb is a name the tagger took for a verb ("…," Read said.) when it does not open its sentence
   * or the article has it as a proper noun elsewhere ("Mike Read").
   */
  static boolean canSpeak(AnnotatedText text, int s, IndexedWord subject) {
    String tag = subject.tag();
    if (tag.startsWith("RB")) {
      return false;
    }
    if (!tag.startsWith("VB")) {
      return true;
    }
    String word = subject.word();
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    List<CoreLabel> tokens = text.tokens(s);
    for (int i = 0; i < subject.index() - 1 && i < tokens.size(); i++) {
      if (!SpeakerMentions.isPunctuation(tokens.get(i))) {
        return true;
      }
    }
    for (int k = 0; k < text.sentenceCount(); k++) {
      for (CoreLabel token : text.tokens(k)) {
        if (token.tag().startsWith("NNP") && token.word().equals(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a subject names someone: a proper noun, a person, organisation or title, or he/she/....
   */
  private static boolean named(IndexedWord w) {
    return w.tag().startsWith("NNP")
        || w.ner() != null && SPEAKER_NER.contains(w.ner())
        || w.tag().equals("PRP")
            && SpeakerMentions.SPEAKER_PRONOUNS.contains(w.word().toLowerCase(Locale.ROOT));
  }

  /**
   * The named subjects of the nearest verb above a clause that has any, at most {@value
   * #GERUND_CLIMB} up.
   */
  private static List<IndexedWord> namedSubjectAbove(SemanticGraph graph, IndexedWord clause) {
    IndexedWord word = clause;
    for (int step = 0; step < GERUND_CLIMB; step++) {
      IndexedWord governor = graph.getParent(word);
      if (governor == null || !governor.tag().startsWith("VB")) {
        return List.of();
      }
      List<IndexedWord> subjects = new ArrayList<>();
      for (SemanticGraphEdge out : graph.outgoingEdgeIterable(governor)) {
        if (out.getRelation().toString().equals("nsubj") && named(out.getDependent())) {
          subjects.add(out.getDependent());
        }
      }
      if (!subjects.isEmpty()) {
        return subjects;
      }
      word = governor;
    }
    return List.of();
  }

  private static List<IndexedWord> inheritedFromParse(SemanticGraph graph, IndexedWord cue) {
    if (markedClause(graph, cue) != null) {
      // The clause's own subject is part of what was said ("saying it would apply ...").
      List<IndexedWord> above = ofVerbAbove(graph, cue);
      return above.isEmpty() ? ofMainClause(graph, cue) : above;
    }
    List<IndexedWord> subjects = new ArrayList<>();
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(cue)) {
      String rel = in.getRelation().getShortName();
      boolean gerund = cue.tag().equals("VBG");
      IndexedWord governor = in.getGovernor();
      if (gerund && rel.equals("acl") && governor.tag().startsWith("NN")) {
        // "Trump and Ryan issued a statement describing ...": the one who issued it speaks; with
        // no such verb ("emails that night showing that ...") the noun does.
        List<IndexedWord> issuers = subjectsOfVerbOver(graph, governor);
        subjects.addAll(issuers.isEmpty() ? List.of(governor) : issuers);
        continue;
      }
      // "he began by saying ...": a gerund in an oblique phrase takes its verb's subject.
      boolean participle = (rel.equals("dep") || rel.equals("obl")) && gerund;
      if (rel.equals("advcl") || rel.equals("conj") || rel.equals("xcomp") || participle) {
        for (SemanticGraphEdge out : graph.outgoingEdgeIterable(in.getGovernor())) {
          if (out.getRelation().toString().equals("nsubj")
              && !out.getDependent().tag().startsWith("W")) {
            subjects.add(out.getDependent());
          }
        }
      }
    }
    if (subjects.isEmpty() && cue.tag().equals("VBG")) {
      subjects.addAll(ofVerbAbove(graph, cue));
    }
    if (subjects.isEmpty() && (cue.tag().equals("VBG") || afterConjunction(graph, cue))) {
      subjects.addAll(ofMainClause(graph, cue));
    }
    return subjects;
  }

  /** Words that open an adverbial gerund clause ("after saying", "by citing"). */
  private static final Set<String> GERUND_PREPOSITIONS =
      Set.of("after", "before", "by", "in", "on", "upon", "since", "when", "while", "without");

  /**
   * "For months, Obama has been on the sidelines of the showdown, arguing he ...", "Trump was
   * making a fresh pitch to voters, refusing to concede that ...": an adverbial gerund (after a
   * comma or a word such as "after" or "by", or opening the sentence) that the parse hung where no
   * subject is within reach takes the subject of the sentence's main clause, which English makes
   * the gerund's subject.
   */
  static List<IndexedWord> ofMainClause(SemanticGraph graph, IndexedWord cue) {
    if (cue.word().equalsIgnoreCase("according")
        || !(adverbialPosition(graph, cue) || afterConjunction(graph, cue))) {
      return List.of();
    }
    IndexedWord root = graph.getFirstRoot();
    if (root == null || root.equals(cue) || root.equals(markedClause(graph, cue))) {
      return List.of();
    }
    List<IndexedWord> subjects = new ArrayList<>();
    List<IndexedWord> agents = new ArrayList<>();
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(root)) {
      String rel = out.getRelation().toString();
      IndexedWord dep = out.getDependent();
      if ((rel.equals("nsubj") || rel.equals("nsubj:pass"))
          && !dep.tag().startsWith("W")
          && !dep.equals(cue)) {
        subjects.add(dep);
      } else if (rel.equals("obl:agent") && dep.index() < cue.index()) {
        agents.add(dep);
      }
    }
    // "The bill was backed by some firms, saying ...": the agent of a passive main clause
    return agents.isEmpty() ? subjects : agents;
  }

  /**
   * Whether a verb cue follows "and" or "but" (adverbs aside): "Hayek confirmed she had been and
   * said, '…'", parsed without the coordination, shares the main clause's subject.
   */
  private static boolean afterConjunction(SemanticGraph graph, IndexedWord cue) {
    IndexedWord before = graph.getNodeByIndexSafe(indexBeforeAdverbs(graph, cue));
    return cue.tag().startsWith("VB")
        && before != null
        && before.tag().equals("CC")
        && (before.word().equalsIgnoreCase("and") || before.word().equalsIgnoreCase("but"));
  }

  /**
   * The index of the nearest word before a cue that is no adverb ("then", "also"); 0 when only
   * adverbs come before it.
   */
  private static int indexBeforeAdverbs(SemanticGraph graph, IndexedWord cue) {
    int i = cue.index() - 1;
    IndexedWord before = graph.getNodeByIndexSafe(i);
    while (before != null && before.tag().startsWith("RB")) {
      before = graph.getNodeByIndexSafe(--i);
    }
    return i;
  }

  /**
   * Whether a gerund opens its sentence or follows a comma or a gerund preposition (adverbs aside).
   */
  private static boolean adverbialPosition(SemanticGraph graph, IndexedWord cue) {
    int i = indexBeforeAdverbs(graph, cue);
    if (i == 0) {
      return true;
    }
    IndexedWord before = graph.getNodeByIndexSafe(i);
    return before != null
        && (before.word().equals(",")
            || before.tag().equals("IN")
                && GERUND_PREPOSITIONS.contains(before.word().toLowerCase(Locale.ROOT)));
  }

  /**
   * "Brown issued a statement, saying the action would not affect ...": the verb of the clause that
   * a gerund cue introduces when the parse made the cue that clause's mark or loose dependent
   * ({@code mark(affect, saying)}, {@code dep(apply, saying)}), the cue its first word; or null.
   * The clause is what was said; its own subject is not the speaker.
   */
  static IndexedWord markedClause(SemanticGraph graph, IndexedWord cue) {
    if (!cue.tag().equals("VBG") || cue.word().equalsIgnoreCase("according")) {
      return null; // "according to ..." marks its source, not a clause
    }
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(cue)) {
      IndexedWord clause = in.getGovernor();
      String rel = in.getRelation().getShortName();
      if ((rel.equals("mark") || rel.equals("dep") || rel.equals("discourse"))
          && clause.index() > cue.index()
          && clause.tag().startsWith("VB")) {
        int first = firstWord(graph, clause);
        if (first == cue.index() || first == cue.index() - 1 && afterAs(graph, cue)) {
          return clause;
        }
      }
    }
    return null;
  }

  /** Whether the word before the cue is "as" ("quoted as saying"). */
  private static boolean afterAs(SemanticGraph graph, IndexedWord cue) {
    IndexedWord before = graph.getNodeByIndexSafe(cue.index() - 1);
    return before != null && before.word().equalsIgnoreCase("as");
  }

  /** The index of the first word under a node (itself included). */
  private static int firstWord(SemanticGraph graph, IndexedWord node) {
    int first = node.index();
    for (IndexedWord w : graph.descendants(node)) {
      first = Math.min(first, w.index());
    }
    return first;
  }

  /**
   * "Reuters quoted sources as saying ...", "Dixon was quoted by The Australian as saying ...": the
   * one quoted speaks, the object of an active "quote" or the subject of a passive one; empty when
   * the cue hangs on no "quote".
   */
  static List<IndexedWord> quotedAs(SemanticGraph graph, IndexedWord cue) {
    if (!cue.tag().equals("VBG")) {
      return List.of();
    }
    IndexedWord marked = markedClause(graph, cue); // "as saying" parsed as the clause's marks
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(marked == null ? cue : marked)) {
      IndexedWord quote = in.getGovernor();
      String rel = in.getRelation().getShortName();
      if ((rel.equals("advcl") || rel.equals("obl")) && "quote".equals(quote.lemma())) {
        List<IndexedWord> quoted = new ArrayList<>();
        for (SemanticGraphEdge out : graph.outgoingEdgeIterable(quote)) {
          String r = out.getRelation().toString();
          if ((r.equals("obj") || r.equals("nsubj:pass"))
              && out.getDependent().index() < cue.index()
              && !out.getDependent().tag().startsWith("W")) {
            quoted.add(out.getDependent());
          }
        }
        return quoted;
      }
    }
    return List.of();
  }

  /** How many verbs up a gerund cue looks for a subject ("began by talking ..., saying ..."). */
  private static final int GERUND_CLIMB = 3;

  /**
   * "The businessman began by talking about the crisis, saying ...", "the campaign is releasing an
   * ad aimed at Kasich, questioning ...": a gerund whose governor has no subject takes that of the
   * nearest verb above it (through adverbial, conjunct, complement, oblique or loose links, never
   * into a reported clause), at most {@value #GERUND_CLIMB} verbs up; a gerund hanging loose on a
   * name ("Morton Blackwell, ..., endorsed Cruz, saying ...") takes the name.
   */
  private static List<IndexedWord> ofVerbAbove(SemanticGraph graph, IndexedWord cue) {
    IndexedWord marked = markedClause(graph, cue);
    IndexedWord word = marked == null ? cue : marked;
    for (int step = 0; step < GERUND_CLIMB; step++) {
      SemanticGraphEdge up = null;
      for (SemanticGraphEdge in : graph.incomingEdgeIterable(word)) {
        String rel = in.getRelation().getShortName();
        if (rel.equals("advcl")
            || rel.equals("conj")
            || rel.equals("xcomp")
            || rel.equals("dep")
            || rel.equals("obl")
            // "used his appearance ..., saying it would apply": the said clause, hung loose or
            // as the verb's complement, is the gerund's, not the verb's
            || (word == marked && (rel.equals("parataxis") || rel.equals("ccomp")))) {
          up = in;
        }
      }
      if (up == null) {
        return List.of();
      }
      IndexedWord governor = up.getGovernor();
      if (governor.tag().startsWith("NNP") && up.getRelation().getShortName().equals("dep")) {
        return List.of(governor);
      }
      if (!governor.tag().startsWith("VB") && !governor.tag().equals("IN")) {
        return List.of();
      }
      List<IndexedWord> subjects = new ArrayList<>();
      for (SemanticGraphEdge out : graph.outgoingEdgeIterable(governor)) {
        if (out.getRelation().toString().equals("nsubj")
            && !out.getDependent().tag().startsWith("W")) {
          subjects.add(out.getDependent());
        }
      }
      if (!subjects.isEmpty()) {
        return subjects;
      }
      word = governor;
    }
    return List.of();
  }

  /**
   * The speaker of a cue with no subject that other links name: "he said" parsed as a passive (a
   * finite cue's passive subject), "as Joel Pollak observed" (an "as" phrase before the cue), "it
   * was announced by the ministry" (the "by" phrase of a passive cue).
   */
  static List<IndexedWord> unlinked(SemanticGraph graph, IndexedWord cue) {
    boolean finite = cue.tag().equals("VBD") || cue.tag().equals("VBZ") || cue.tag().equals("VBP");
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(cue)) {
      String rel = out.getRelation().toString();
      IndexedWord dep = out.getDependent();
      boolean noun = dep.tag().startsWith("NN") || dep.tag().startsWith("PRP");
      if (!noun || AnnotatedText.isTime(dep)) { // "By the middle of 2005, it is estimated"
        continue;
      }
      if ((rel.equals("nsubj:pass") && finite)
          || (rel.equals("obl:as") && dep.index() < cue.index())
          || ((rel.equals("obl:agent") || rel.equals("obl:by")) && cue.tag().equals("VBN"))) {
        return List.of(dep);
      }
    }
    return List.of();
  }

  /**
   * The relative pronoun through which a subject reaches its cue ("Barkley, who said ..." gives
   * "who"): the enhanced graph makes the antecedent the subject and keeps the pronoun as its {@code
   * ref}; null when the cue is no relative clause of the subject.
   */
  static IndexedWord relativePronoun(SemanticGraph graph, IndexedWord subject, IndexedWord cue) {
    boolean relative = false;
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(subject)) {
      IndexedWord clause = out.getDependent();
      if (out.getRelation().toString().equals("acl:relcl")
          && (clause.equals(cue) || clause.equals(graph.getParent(cue)))) {
        relative = true;
      }
    }
    if (!relative) {
      return null;
    }
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(subject)) {
      IndexedWord pronoun = out.getDependent();
      if (out.getRelation().toString().equals("ref")
          && pronoun.index() > subject.index()
          && pronoun.index() < cue.index()) {
        return pronoun;
      }
    }
    return null;
  }

  /** The subjects of the verb whose object or oblique a noun is ("issued a statement"). */
  static List<IndexedWord> subjectsOfVerbOver(SemanticGraph graph, IndexedWord noun) {
    List<IndexedWord> subjects = new ArrayList<>();
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(noun)) {
      String rel = in.getRelation().getShortName();
      IndexedWord verb = in.getGovernor();
      if ((rel.equals("obj") || rel.equals("obl")) && verb.tag().startsWith("VB")) {
        for (SemanticGraphEdge out : graph.outgoingEdgeIterable(verb)) {
          if (out.getRelation().toString().equals("nsubj")
              && !out.getDependent().tag().startsWith("W")) {
            subjects.add(out.getDependent());
          }
        }
      }
    }
    return subjects;
  }
}
