package org.newsevents.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.newsevents.schema.Event;
import org.newsevents.schema.Span;
import org.newsevents.schema.Statement;
import org.newsevents.schema.StatementKind;
import org.newsevents.schema.Trigger;

/** A shallow copy is an equal record of the same type that shares its values with the original. */
class ShallowCopiesTest {

  private static Event said() {
    return Event.newBuilder()
        .setEventId("e")
        .setDocId("doc")
        .setType("STATEMENT")
        .setTimemlClass("OCCURRENCE")
        .setTrigger(
            Trigger.newBuilder().setText("said").setLemma("say").setBegin(24).setEnd(28).build())
        .setSentenceIndex(0)
        .setSentence("\"We will win,\" Mr Smith said on Monday.")
        .setRule("cue-quote")
        .setStatement(
            Statement.newBuilder()
                .setCue(Span.newBuilder().setText("said").setBegin(24).setEnd(28).build())
                .setContent(
                    Span.newBuilder().setText("We will win,").setBegin(1).setEnd(13).build())
                .setDirect(true)
                .setKind(StatementKind.SPEECH)
                .build())
        .build();
  }

  @Test
  void theCopyEqualsTheOriginalAndSharesItsValues() {
    Event original = said();
    Event copy = ShallowCopies.of(original);

    assertNotSame(original, copy);
    assertEquals(original, copy);
    assertSame(original.getStatement(), copy.getStatement());
    assertSame(original.getTrigger(), copy.getTrigger());
  }

  @Test
  void aFieldSetOnTheCopyLeavesTheOriginalAsItWas() {
    Event original = said();
    Event copy = ShallowCopies.of(original);
    copy.setTimemlClass("REPORTING");
    Statement scored = ShallowCopies.of(copy.getStatement());
    scored.setConfidence(0.75);
    copy.setStatement(scored);

    assertEquals("OCCURRENCE", original.getTimemlClass());
    assertEquals(null, original.getStatement().getConfidence());
    assertEquals("REPORTING", copy.getTimemlClass());
    assertEquals(0.75, copy.getStatement().getConfidence());
    assertEquals(original.getStatement().getContent(), copy.getStatement().getContent());
  }
}
