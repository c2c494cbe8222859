package org.newsevents.nlp.statements;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import org.newsevents.nlp.text.Participants;
import org.newsevents.schema.Mention;

/**
 * The speaker mention of a cue: the cue's subjects (in text order) go in; the mention of the
 * statement's source comes out. A subject reached through a relative clause ("Charles Barkley, who
 * said ...") is mentioned by its relative pronoun, as the attribution corpora mark the source, with
 * the antecedent's canonical name, or the antecedent as written when it has none ("who" ->
 * "Charles Barkley"; "his rivals, who say" -> "his rivals"): the name is never lost.
 */
final class SpeakerMentions {

  private SpeakerMentions() {}

  /** The mention of the first subject, with the others as conjuncts; null without subjects. */
  static Mention of(
      Participants participants,
      SemanticGraph graph,
      int sentence,
      List<IndexedWord> subjects,
      IndexedWord cue) {
    if (subjects.isEmpty()) {
      return null;
    }
    IndexedWord first = subjects.get(0);
    Mention mention =
        participants.mention(sentence, first, subjects.size() > 1 ? subjects : null);
    IndexedWord pronoun =
        subjects.size() > 1 ? null : Subjects.relativePronoun(graph, first, cue);
    if (pronoun == null) {
      return mention;
    }
    return Mention.newBuilder(mention)
        .setText(pronoun.word())
        .setBegin(pronoun.beginPosition())
        .setEnd(pronoun.endPosition())
        .setCanonical(mention.getCanonical() != null ? mention.getCanonical() : mention.getText())
        .build();
  }
}
