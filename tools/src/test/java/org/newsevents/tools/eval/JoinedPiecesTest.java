package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Span;
import org.newsevents.schema.Statement;
import org.newsevents.schema.Trigger;
import org.newsevents.tools.eval.AttributionScorer.Matching;
import org.newsevents.tools.eval.AttributionScorer.Prediction;
import org.newsevents.tools.eval.AttributionScorer.Scores;
import org.newsevents.tools.eval.BratAttributions.Attribution;

/** A quotation in three pieces is scored as one attribution when its pieces are joined. */
class JoinedPiecesTest {

  private static final String TEXT =
      "\"We will win,\" Kerry said. \"The talks go on.\"\n\n\"Peace is near.\" Lavrov left.";

  private static int[] span(String phrase) {
    int at = TEXT.indexOf(phrase);
    if (at < 0) {
      throw new IllegalArgumentException(phrase);
    }
    return new int[] {at, at + phrase.length()};
  }

  private static Span s(String phrase) {
    int[] at = span(phrase);
    return Span.newBuilder().setText(phrase).setBegin(at[0]).setEnd(at[1]).build();
  }

  private static Event event(String id, String cue, String content, String continues) {
    Statement.Builder statement =
        Statement.newBuilder()
            .setContent(s(content))
            .setDirect(true)
            .setContinues(continues)
            .setSpeaker(
                Mention.newBuilder()
                    .setText("Kerry")
                    .setBegin(span("Kerry")[0])
                    .setEnd(span("Kerry")[1])
                    .build());
    if (cue != null) {
      statement.setCue(s(cue));
    }
    return Event.newBuilder()
        .setEventId(id)
        .setDocId("doc")
        .setType("STATEMENT")
        .setTimemlClass("REPORTING")
        .setTrigger(Trigger.newBuilder().setText("x").setLemma("x").setBegin(0).setEnd(1).build())
        .setSentenceIndex(0)
        .setSentence(TEXT)
        .setStatement(statement.build())
        .setRule(cue == null ? "quote-continuation" : "cue-quote")
        .build();
  }

  private static final List<Event> EVENTS =
      List.of(
          event("said", "said", "We will win", null),
          event("piece1", null, "The talks go on.", "said"),
          event("piece2", null, "Peace is near.", "said"));

  // PolNeAR: one attribution, its content the three pieces.
  private static final List<Attribution> GOLD =
      List.of(
          new Attribution(
              List.of(span("Kerry")),
              List.of(span("said")),
              List.of(span("We will win"), span("The talks go on."), span("Peace is near."))));

  private static Scores score(List<Prediction> predicted) {
    AttributionScorer scorer = new AttributionScorer(Matching.CUE);
    scorer.add(TEXT, GOLD, predicted);
    return scorer.scores();
  }

  @Test
  void twoPiecesAndTheirStatementAreOneAttribution() {
    JoinedPieces joined = JoinedPieces.of(EVENTS, true);
    assertEquals(2, joined.joined());
    assertEquals(List.of(EVENTS.get(0)), joined.events());
    Prediction one = joined.predictions().get(0);
    assertEquals(List.of(span("said")[0]), one.cue().stream().map(f -> f[0]).toList());
    assertEquals(
        List.of("We will win", "The talks go on.", "Peace is near."),
        one.content().stream().map(f -> TEXT.substring(f[0], f[1])).toList());
    Scores scores = score(joined.predictions());
    assertEquals(1, scores.predictedStatements());
    assertEquals(1.0, scores.cue().precision());
    assertEquals(1.0, scores.source().precision());
    assertEquals(1.0, scores.content().precision());
    assertEquals(1.0, scores.content().recall());
    assertEquals(1.0, scores.directSpeaker().precision());
  }

  @Test
  void unjoinedPiecesCountAgainstSpeakerPrecision() {
    JoinedPieces alone = JoinedPieces.of(EVENTS, false);
    assertEquals(0, alone.joined());
    assertEquals(EVENTS, alone.events());
    Scores scores = score(alone.predictions());
    assertEquals(3, scores.predictedStatements());
    assertEquals(1.0, scores.content().recall()); // the pieces' words still count
    assertEquals(1.0 / 3, scores.directSpeaker().precision(), 1e-9);
  }

  @Test
  void aPieceWhoseStatementIsMissingStaysAStatement() {
    JoinedPieces joined = JoinedPieces.of(List.of(EVENTS.get(1), EVENTS.get(2)), true);
    assertEquals(0, joined.joined());
    assertEquals(2, joined.predictions().size());
    assertEquals(List.of(EVENTS.get(1), EVENTS.get(2)), joined.events());
  }
}
