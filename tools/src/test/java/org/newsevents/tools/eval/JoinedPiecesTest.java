package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.schema.Event;
import org.newsevents.schema.Statement;
import org.newsevents.tools.eval.AttributionScorer.Matching;
import org.newsevents.tools.eval.AttributionScorer.Prediction;
import org.newsevents.tools.eval.AttributionScorer.Scores;
import org.newsevents.tools.eval.BratAttributions.Attribution;

/** A quotation in three pieces is scored as one attribution when its pieces are joined. */
class JoinedPiecesTest {

  private static final String TEXT =
      "\"We will win,\" Kerry said. \"The talks go on.\"\n\n\"Peace is near.\" Lavrov left.";

  private static int[] span(String phrase) {
    return StatementEvents.span(TEXT, phrase);
  }

  private static Event event(String id, String cue, String content, String continues) {
    Statement.Builder statement =
        Statement.newBuilder()
            .setContent(StatementEvents.s(TEXT, content))
            .setDirect(true)
            .setContinues(continues)
            .setSpeaker(StatementEvents.mention(TEXT, "Kerry"));
    if (cue != null) {
      statement.setCue(StatementEvents.s(TEXT, cue));
    }
    String rule = cue == null ? "quote-continuation" : "cue-quote";
    return StatementEvents.event(TEXT, id, rule, statement.build());
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
