package org.newsevents.tools.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.schema.Actor;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Span;
import org.newsevents.schema.Statement;
import org.newsevents.schema.Trigger;

class ActorCoverageTest {

  private static Actor actor(String code, String country) {
    return actor(code, country, "TEXT");
  }

  private static Actor actor(String code, String country, String basis) {
    return Actor.newBuilder()
        .setCode(code)
        .setCountry(country)
        .setMatched("x")
        .setBasis(basis)
        .build();
  }

  private static Event event(String id, Actor speaker, List<Argument> arguments) {
    Event.Builder e =
        Event.newBuilder()
            .setEventId(id)
            .setDocId("doc")
            .setType(speaker == null ? "ATTACK" : "STATEMENT")
            .setTimemlClass("OCCURRENCE")
            .setTrigger(
                Trigger.newBuilder().setText("x").setLemma("x").setBegin(0).setEnd(1).build())
            .setSentenceIndex(0)
            .setSentence("x")
            .setArguments(arguments);
    if (speaker != null) {
      e.setStatement(
          Statement.newBuilder()
              .setContent(Span.newBuilder().setText("x").setBegin(0).setEnd(1).build())
              .setDirect(false)
              .setSpeaker(
                  Mention.newBuilder()
                      .setText("x")
                      .setBegin(0)
                      .setEnd(1)
                      .setActor(speaker.getCode().isEmpty() ? null : speaker)
                      .build())
              .build());
    }
    return e.build();
  }

  private static Argument argument(String role, Actor actor) {
    return Argument.newBuilder()
        .setRole(role)
        .setText("x")
        .setBegin(0)
        .setEnd(1)
        .setActor(actor)
        .build();
  }

  @Test
  void countsSpeakersAndAgentEventsWithACountry() {
    ActorCoverage coverage =
        ActorCoverage.of(
            List.of(
                // A speaker coded GBRGOV; its AGENT has the same code.
                event(
                    "a",
                    actor("GBRGOV", "GBR"),
                    List.of(argument("AGENT", actor("GBRGOV", "GBR")))),
                // A speaker coded with a sector alone; no AGENT.
                event("b", actor("BUS", null), List.of()),
                // A speaker without a code.
                event("c", actor("", null), List.of()),
                // Two AGENTs, one with a country: the event counts once, with a country.
                event(
                    "d",
                    null,
                    List.of(argument("AGENT", null), argument("AGENT", actor("USAMIL", "USA")))),
                // Only the PATIENT has a country: an AGENT event without one.
                event(
                    "e",
                    null,
                    List.of(argument("AGENT", null), argument("PATIENT", actor("SYRREB", "SYR")))),
                // A speaker and its AGENT with the country the run's other articles give.
                event(
                    "f",
                    actor("GBR", "GBR", "COLLECTION"),
                    List.of(argument("AGENT", actor("GBR", "GBR", "COLLECTION")))),
                // Two AGENTs with a country, one of its own: not counted as from the collection.
                event(
                    "g",
                    null,
                    List.of(
                        argument("AGENT", actor("GBR", "GBR", "COLLECTION")),
                        argument("AGENT", actor("FRAGOV", "FRA"))))));
    assertEquals(new ActorCoverage(4, 2, 1, 5, 4, 1), coverage);
    assertEquals(
        "statements whose speaker has a country: 2/4 (0.500; 1 from the run's other articles);"
            + " events whose AGENT has one: 4/5 (0.800; 1 from the run's other articles)",
        coverage.describe());
  }
}
