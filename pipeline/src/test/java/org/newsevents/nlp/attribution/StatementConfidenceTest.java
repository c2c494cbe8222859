package org.newsevents.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Span;
import org.newsevents.schema.Statement;
import org.newsevents.schema.StatementKind;
import org.newsevents.schema.Trigger;

/** The statement confidence model's features and its logistic probability. */
class StatementConfidenceTest {

  private static final String BODY = "\"We will win,\" Mr Smith said on Monday.";

  private static Event said(Mention speaker) {
    return Event.newBuilder()
        .setEventId("e")
        .setDocId("doc")
        .setType("STATEMENT")
        .setTimemlClass("REPORTING")
        .setTrigger(
            Trigger.newBuilder().setText("said").setLemma("say").setBegin(24).setEnd(28).build())
        .setSentenceIndex(0)
        .setSentence(BODY)
        .setRule("cue-quote")
        .setStatement(
            Statement.newBuilder()
                .setSpeaker(speaker)
                .setCue(Span.newBuilder().setText("said").setBegin(24).setEnd(28).build())
                .setContent(
                    Span.newBuilder().setText("We will win,").setBegin(1).setEnd(13).build())
                .setDirect(true)
                .setKind(StatementKind.SPEECH)
                .build())
        .build();
  }

  private static Mention mention(String text, String canonical, String type) {
    return Mention.newBuilder()
        .setText(text)
        .setBegin(15)
        .setEnd(23)
        .setCanonical(canonical)
        .setEntityType(type)
        .build();
  }

  @Test
  void featuresSayRuleKindFormSpeakerCueAndContent() {
    List<String> f =
        StatementConfidence.features(said(mention("Mr Smith", "Mr Smith", "PERSON")), BODY);
    assertEquals(
        List.of(
            "bias",
            "rule=cue-quote",
            "kind=SPEECH",
            "form=direct",
            "speaker=name",
            "rule|speaker=cue-quote|name",
            "rule|kind=cue-quote|SPEECH",
            "form|speaker=direct|name",
            "speakerNer=PERSON",
            "cueLemma=say",
            "cueLemma|form=say|direct",
            "cueWords=1",
            "cueSide=after",
            "cueSide|form=after|direct",
            "contentWords=1-3",
            "contentWords|form=1-3|direct",
            "sentence=first",
            "contentEnds=\""),
        f);
  }

  @Test
  void speakersArePronounsNamesPhrasesOrNone() {
    assertEquals("none", StatementConfidence.speakerType(null));
    assertEquals("pronoun", StatementConfidence.speakerType(mention("he", null, null)));
    assertEquals("pronoun-resolved", StatementConfidence.speakerType(mention("He", "Smith", null)));
    assertEquals("name", StatementConfidence.speakerType(mention("Labour", null, "ORGANIZATION")));
    assertEquals("phrase", StatementConfidence.speakerType(mention("the official", null, null)));
  }

  @Test
  void confidenceIsTheLogisticOfTheSummedWeights() throws IOException {
    StatementConfidence model =
        StatementConfidence.read(
            new StringReader("# test\nbias\t-1.0\nspeaker=name\t2.5\nspeaker=none\t-3\n"));
    // -1 + 2.5 = 1.5; other features weigh nothing.
    assertEquals(
        1 / (1 + Math.exp(-1.5)),
        model.confidence(said(mention("Mr Smith", "Mr Smith", "PERSON")), BODY),
        1e-12);
    assertEquals(1 / (1 + Math.exp(4)), model.confidence(said(null), BODY), 1e-12);
    // Records carry it rounded to three decimals: 0.01799 -> 0.018.
    Event scored = model.score(List.of(said(null)), BODY).get(0);
    assertEquals(0.018, scored.getStatement().getConfidence(), 1e-12);
  }

  @Test
  void aTableWithoutBiasOrWithBadLinesIsRefused() {
    assertThrows(
        IOException.class, () -> StatementConfidence.read(new StringReader("kind=SPEECH\t1\n")));
    IOException e =
        assertThrows(
            IOException.class,
            () -> StatementConfidence.read(new StringReader("bias\t1\nkind=SPEECH 1\n")));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }
}
