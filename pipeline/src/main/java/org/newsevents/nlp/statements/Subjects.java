package org.newsevents.nlp.statements;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;

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
    return subjects;
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
    IndexedWord word = cue;
    for (int step = 0; step < GERUND_CLIMB; step++) {
      SemanticGraphEdge up = null;
      for (SemanticGraphEdge in : graph.incomingEdgeIterable(word)) {
        String rel = in.getRelation().getShortName();
        if (rel.equals("advcl")
            || rel.equals("conj")
            || rel.equals("xcomp")
            || rel.equals("dep")
            || rel.equals("obl")) {
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
      if (!noun) {
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
