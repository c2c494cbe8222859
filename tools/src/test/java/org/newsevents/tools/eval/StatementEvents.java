package org.newsevents.tools.eval;

import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Span;
import org.newsevents.schema.Statement;
import org.newsevents.schema.Trigger;

/** Statement events over one short text, for the scorer's tests. */
final class StatementEvents {

  private StatementEvents() {}

  /** The first place of {@code phrase} in {@code text}: begin and end. */
  static int[] span(String text, String phrase) {
    int at = text.indexOf(phrase);
    if (at < 0) {
      throw new IllegalArgumentException(phrase);
    }
    return new int[] {at, at + phrase.length()};
  }

  /** The phrase as a record span. */
  static Span s(String text, String phrase) {
    int[] at = span(text, phrase);
    return Span.newBuilder().setText(phrase).setBegin(at[0]).setEnd(at[1]).build();
  }

  /** The phrase as a mention. */
  static Mention mention(String text, String phrase) {
    int[] at = span(text, phrase);
    return Mention.newBuilder().setText(phrase).setBegin(at[0]).setEnd(at[1]).build();
  }

  /** A statement event of document "doc" over the text, with the given id and rule. */
  static Event event(String text, String id, String rule, Statement statement) {
    return Event.newBuilder()
        .setEventId(id)
        .setDocId("doc")
        .setType("STATEMENT")
        .setTimemlClass("REPORTING")
        .setTrigger(Trigger.newBuilder().setText("x").setLemma("x").setBegin(0).setEnd(1).build())
        .setSentenceIndex(0)
        .setSentence(text)
        .setStatement(statement)
        .setRule(rule)
        .build();
  }
}
