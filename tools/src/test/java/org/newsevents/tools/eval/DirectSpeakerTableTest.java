package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.schema.Event;
import org.newsevents.schema.Statement;
import org.newsevents.tools.eval.AttributionScorer.Prediction;
import org.newsevents.tools.eval.BratAttributions.Attribution;

/** The direct predictions by how their speaker was chosen and by outcome. */
class DirectSpeakerTableTest {

  private static final String TEXT =
      "\"We will win,\" Kerry said. \"The talks go on.\" \"Peace now,\" said Lavrov. He hoped.";

  private static int at(String phrase) {
    return StatementEvents.span(TEXT, phrase)[0];
  }

  private static List<int[]> span(String phrase) {
    return List.of(StatementEvents.span(TEXT, phrase));
  }

  private static Event event(String rule, String speaker, String cue, String content) {
    Statement.Builder statement =
        Statement.newBuilder().setContent(StatementEvents.s(TEXT, content)).setDirect(true);
    if (speaker != null) {
      statement.setSpeaker(StatementEvents.mention(TEXT, speaker));
    }
    if (cue != null) {
      statement.setCue(StatementEvents.s(TEXT, cue));
    }
    return StatementEvents.event(TEXT, rule + content, rule, statement.build());
  }

  @Test
  void countsEachDirectPredictionOnceByHowAndOutcome() {
    // Gold: Kerry's quotation in two pieces (one attribution), and Lavrov's.
    List<Attribution> gold =
        List.of(
            new Attribution(
                span("Kerry"),
                span("said"),
                List.of(span("We will win").get(0), span("The talks go on.").get(0))),
            new Attribution(
                span("Lavrov"),
                List.of(new int[] {at("said Lavrov"), at("said Lavrov") + 4}),
                span("Peace now")));
    List<Event> events =
        List.of(
            event("cue-quote", "Kerry", "said", "We will win"),
            // The second piece: right speaker, but the gold attribution is already paired.
            event("quote-continuation", "Kerry", null, "The talks go on."),
            // Lavrov's quote given to "He" by its own cue: paired, wrong speaker.
            event("cue-quote", "He", "said Lavrov", "Peace now"),
            // A cue-less quote with no speaker and no gold partner.
            event("quote-unattributed", null, null, "hoped"));
    List<Prediction> predicted = EvalAttribution.predictions(events);
    DirectSpeakerTable table = new DirectSpeakerTable();
    table.add(TEXT, gold, events, predicted);
    assertEquals(1, table.count(0, 0)); // own cue, right speaker
    assertEquals(1, table.count(2, 2)); // continuation, piece with the right speaker
    assertEquals(1, table.count(1, 1)); // own cue with a pronoun, wrong speaker
    assertEquals(1, table.count(3, 4)); // no speaker, no partner
    assertEquals(2, table.lines().size()); // the two not right: wrong speaker, no partner
  }
}
