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
    return subjects;
  }

  /** The subjects of the verb whose object or oblique a noun is ("issued a statement"). */
  private static List<IndexedWord> subjectsOfVerbOver(SemanticGraph graph, IndexedWord noun) {
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
