package org.newsevents.tools.output;

import java.util.List;
import java.util.Locale;
import org.newsevents.records.Roles;
import org.newsevents.schema.Actor;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;

/**
 * How many of a run's actors carry a country code: of the statements with a speaker, those whose
 * speaker's code has a country; of the events with an AGENT, those with an AGENT whose code has
 * one. The share event-data users ask of a collection before they use its actor codes.
 */
public record ActorCoverage(
    int speakers, int speakersWithCountry, int agentEvents, int agentEventsWithCountry) {

  public static ActorCoverage of(List<Event> events) {
    int speakers = 0;
    int speakersWithCountry = 0;
    int agentEvents = 0;
    int agentEventsWithCountry = 0;
    for (Event e : events) {
      Mention speaker = e.getStatement() == null ? null : e.getStatement().getSpeaker();
      if (speaker != null) {
        speakers++;
        if (hasCountry(speaker.getActor())) {
          speakersWithCountry++;
        }
      }
      boolean agent = false;
      boolean agentWithCountry = false;
      for (Argument argument : e.getArguments()) {
        if (Roles.AGENT.equals(argument.getRole())) {
          agent = true;
          agentWithCountry |= hasCountry(argument.getActor());
        }
      }
      if (agent) {
        agentEvents++;
        if (agentWithCountry) {
          agentEventsWithCountry++;
        }
      }
    }
    return new ActorCoverage(speakers, speakersWithCountry, agentEvents, agentEventsWithCountry);
  }

  private static boolean hasCountry(Actor actor) {
    return actor != null && actor.getCountry() != null;
  }

  /** "statements whose speaker has a country: 120/191 (0.628); events whose AGENT has one: …". */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "statements whose speaker has a country: %d/%d (%s); events whose AGENT has one: %d/%d (%s)",
        speakersWithCountry,
        speakers,
        share(speakersWithCountry, speakers),
        agentEventsWithCountry,
        agentEvents,
        share(agentEventsWithCountry, agentEvents));
  }

  private static String share(int part, int whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) part / whole);
  }
}
