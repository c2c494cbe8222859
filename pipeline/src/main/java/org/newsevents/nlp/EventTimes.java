package org.newsevents.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.time.LocalDate;
import java.util.List;
import org.newsevents.schema.EventTime;
import org.newsevents.schema.TimeSource;

/**
 * The time of an event: the calendar time expression that modifies its trigger in the sentence,
 * else an explicit fallback to the publication date.
 */
final class EventTimes {

  private final AnnotatedText text;
  private final List<Timexes.Mention> timexes;
  private final LocalDate published;

  EventTimes(AnnotatedText text, List<Timexes.Mention> timexes, LocalDate published) {
    this.text = text;
    this.timexes = timexes;
    this.published = published;
  }

  /** The time expression anchored to the trigger, if any. */
  Timexes.Mention anchored(int sentence, IndexedWord trigger) {
    SemanticGraph graph = text.basic(sentence);
    for (Timexes.Mention timex : timexes) {
      if (timex.sentence() != sentence || !timex.isCalendarValue()) {
        continue;
      }
      if (timex.anchor() == trigger.index() - 1) {
        return timex;
      }
      if (!trigger.tag().startsWith("VB") && dominatesWithoutVerb(graph, trigger, timex)) {
        return timex;
      }
    }
    return null;
  }

  /**
   * The event's time: anchored in the sentence, else the publication date, else null (no trigger
   * word: no anchor).
   */
  EventTime of(int sentence, IndexedWord trigger) {
    Timexes.Mention timex = trigger == null ? null : anchored(sentence, trigger);
    if (timex != null) {
      return EventTime.newBuilder()
          .setText(timex.text())
          .setValue(timex.value())
          .setBegin(timex.begin())
          .setEnd(timex.finish())
          .setSource(TimeSource.SENTENCE)
          .build();
    }
    if (published == null) {
      return null;
    }
    return EventTime.newBuilder()
        .setText(null)
        .setValue(published.toString())
        .setBegin(-1)
        .setEnd(-1)
        .setSource(TimeSource.PUBLICATION_DATE)
        .build();
  }

  /** True when the expression hangs below a nominal trigger with no verb in between. */
  private static boolean dominatesWithoutVerb(
      SemanticGraph graph, IndexedWord trigger, Timexes.Mention timex) {
    IndexedWord node = graph.getNodeByIndexSafe(timex.start() + 1);
    while (node != null) {
      IndexedWord parent = graph.getParent(node);
      if (parent == null) {
        return false;
      }
      if (parent.index() == trigger.index()) {
        return true;
      }
      if (parent.tag().startsWith("VB")) {
        return false;
      }
      node = parent;
    }
    return false;
  }
}
