package org.newsevents.nlp.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.text.Participants;
import org.newsevents.schema.Argument;

/**
 * One sentence as the event finders read it: the text, its participants and the sentence index go
 * in; its enhanced graph and basic tree, and arguments spanning its words, come out.
 */
record SentenceContext(AnnotatedText text, Participants participants, int sentence) {

  /** The enhanced++ dependency graph, where triggers and most arguments are read. */
  SemanticGraph graph() {
    return text.enhanced(sentence);
  }

  /** The basic dependency tree, whose nodes have no copies and no propagated relations. */
  SemanticGraph tree() {
    return text.basic(sentence);
  }

  /** The argument of a role for the phrase headed by a word of this sentence. */
  Argument argument(String role, IndexedWord head) {
    return participants.argument(role, sentence, head);
  }

  /** The entity type of a word of this sentence, or null. */
  String entityType(IndexedWord word) {
    return participants.entityType(sentence, word);
  }
}
