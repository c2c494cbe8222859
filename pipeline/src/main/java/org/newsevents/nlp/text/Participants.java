package org.newsevents.nlp.text;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Mention;

/**
 * Builds the participant records of events and statements: a phrase head goes in; its span as
 * written, entity type and canonical name come out.
 */
public final class Participants {

  private final AnnotatedText text;
  private final Coreference coreference;

  public Participants(AnnotatedText text, Coreference coreference) {
    this.text = text;
    this.coreference = coreference;
  }

  /** A mention of the phrase headed by a word; with conjuncts, "Mr Kerry and Mr Lavrov". */
  public Mention mention(int sentence, IndexedWord head, Iterable<IndexedWord> conjuncts) {
    int[] span = text.phrase(sentence, head, conjuncts != null);
    StringBuilder canonical = new StringBuilder();
    String own = canonical(sentence, head);
    if (conjuncts != null) {
      for (IndexedWord conjunct : conjuncts) {
        String name = coreference.canonical(sentence, conjunct.index() - 1);
        if (canonical.length() > 0) {
          canonical.append(" and ");
        }
        canonical.append(name != null ? name : conjunct.word());
      }
    }
    return Mention.newBuilder()
        .setText(text.body().substring(span[0], span[1]))
        .setBegin(span[0])
        .setEnd(span[1])
        .setCanonical(canonical.length() > 0 ? canonical.toString() : own)
        .setEntityType(coreference.entityType(sentence, head.index() - 1))
        .build();
  }

  /** An argument with a role for the phrase headed by a word. */
  public Argument argument(String role, int sentence, IndexedWord head) {
    int[] span = text.phrase(sentence, head, false);
    return Argument.newBuilder()
        .setRole(role)
        .setText(text.body().substring(span[0], span[1]))
        .setBegin(span[0])
        .setEnd(span[1])
        .setHead(head.word())
        .setEntityType(coreference.entityType(sentence, head.index() - 1))
        .setCanonical(canonical(sentence, head))
        .build();
  }

  /**
   * The canonical name of the phrase headed by a word: through coreference, else the name in its
   * apposition ("its chairman, Sir Anthony Greener").
   */
  private String canonical(int sentence, IndexedWord head) {
    String name = coreference.canonical(sentence, head.index() - 1);
    if (name != null) {
      return name;
    }
    SemanticGraph graph = text.basic(sentence);
    IndexedWord node = graph.getNodeByIndexSafe(head.index());
    if (node == null) {
      return null;
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      if (!edge.getRelation().getShortName().equals("appos")) {
        continue; // the cheap test first: few edges are appositions
      }
      // The apposition may hang on the head or on its modifier ("the chairman of the committee,
      // Labour MP Barry Sheerman" attaches to "committee").
      // Only across "of": "a meeting with his counterpart, Sergei Lavrov" is no Sergei Lavrov.
      IndexedWord governor = edge.getGovernor();
      boolean near =
          governor.equals(node)
              || (node.equals(graph.getParent(governor))
                  && AnnotatedText.hasCase(graph, governor, "of"));
      if (near) {
        String appositive = coreference.canonical(sentence, edge.getDependent().index() - 1);
        if (appositive != null && "PERSON".equals(entityType(sentence, edge.getDependent()))) {
          return appositive;
        }
      }
    }
    return null;
  }

  /** The NER class of a word, or null. */
  public String entityType(int sentence, IndexedWord word) {
    return coreference.entityType(sentence, word.index() - 1);
  }

  /** An argument over a given span (a statement's content as THEME). */
  public Argument argument(String role, int begin, int end) {
    return Argument.newBuilder()
        .setRole(role)
        .setText(text.body().substring(begin, end))
        .setBegin(begin)
        .setEnd(end)
        .build();
  }
}
