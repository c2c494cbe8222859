package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Statement;
import org.newsevents.tools.eval.BratAttributions.Attribution;

/** The paired attributions by how their source was chosen, by outcome and by kind of error. */
class SourceTableTest {

  private static final String TEXT =
      "Charles Barkley, who said the team won, left. He said it rained. The UN said it snowed."
          + " Aides said it hailed.";

  private static List<int[]> span(String phrase) {
    return List.of(StatementEvents.span(TEXT, phrase));
  }

  private static Event event(String speaker, String canonical, String cue, String content) {
    Statement.Builder statement =
        Statement.newBuilder().setContent(StatementEvents.s(TEXT, content)).setDirect(false);
    if (speaker != null) {
      Mention mention = StatementEvents.mention(TEXT, speaker);
      statement.setSpeaker(Mention.newBuilder(mention).setCanonical(canonical).build());
    }
    statement.setCue(StatementEvents.s(TEXT, cue));
    return StatementEvents.event(TEXT, content, "cue-clause", statement.build());
  }

  @Test
  void countsPairedAttributionsByHowOutcomeAndKind() {
    List<Attribution> gold =
        List.of(
            new Attribution(span("who"), span("said the team"), span("the team won")),
            new Attribution(span("He"), span("said it rained"), span("it rained")),
            new Attribution(span("The UN"), span("said it snowed"), span("it snowed")),
            new Attribution(span("Aides"), span("said it hailed"), span("it hailed")));
    List<Event> events =
        List.of(
            // The relative pronoun with the antecedent's name: right by span.
            event("who", "Charles Barkley", "said the team", "the team won"),
            // A pronoun resolved to a name: right by span.
            event("He", "Charles Barkley", "said it rained", "it rained"),
            // Another person for the organisation: wrong.
            event("Charles Barkley", "Charles Barkley", "said it snowed", "it snowed"),
            // No speaker where the gold has one.
            event(null, null, "said it hailed", "it hailed"));
    SourceTable table = new SourceTable();
    table.add(TEXT, gold, events, EvalAttribution.predictions(events));
    assertEquals(1, table.count(0, 1), "subject of cue, wrong");
    assertEquals(1, table.count(1, 0), "pronoun resolved, right");
    assertEquals(1, table.count(3, 0), "relative pronoun, right");
    assertEquals(1, table.count(9, 2), "none, no speaker");
    assertEquals(0, table.count(0, 0));
    assertEquals(1, table.kind(5), "another mention (Charles Barkley for The UN)");
    assertEquals(0, table.kind(0));
  }

  @Test
  void aWrongSourceIsClassedByWhatTheGoldAndOursAre() {
    Attribution relative =
        new Attribution(span("who"), span("said the team"), span("the team won"));
    Attribution person = new Attribution(span("He"), span("said it rained"), span("it rained"));
    Attribution org = new Attribution(span("The UN"), span("said it snowed"), span("it snowed"));
    Mention barkley = StatementEvents.mention(TEXT, "Charles Barkley");
    Mention he = StatementEvents.mention(TEXT, "He");
    assertEquals(0, SourceTable.kind(TEXT, relative, barkley));
    assertEquals(1, SourceTable.kind(TEXT, person, barkley));
    assertEquals(2, SourceTable.kind(TEXT, org, he));
    // The person's foundation for the person: a word shared, not a contiguous name.
    Attribution barkleyGold =
        new Attribution(span("Charles Barkley"), span("said the team"), span("the team won"));
    Mention foundation =
        Mention.newBuilder(he).setText("Aides").setCanonical("Barkley Foundation").build();
    assertEquals(3, SourceTable.kind(TEXT, barkleyGold, foundation));
    assertEquals(5, SourceTable.kind(TEXT, org, barkley));
    // A mention just before the gold source, sharing no word with it: the span is off.
    int aides = StatementEvents.span(TEXT, "Aides")[0];
    Mention before =
        Mention.newBuilder(barkley).setText("snowed").setBegin(aides - 8).setEnd(aides - 2).build();
    assertEquals(
        4, SourceTable.kind(TEXT, new Attribution(span("Aides"), List.of(), List.of()), before));
  }
}
