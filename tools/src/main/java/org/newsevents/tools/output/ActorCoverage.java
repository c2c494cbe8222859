package org.newsevents.tools.output;

import java.util.List;
import java.util.Locale;
import org.newsevents.nlp.actors.CollectionCodes;
import org.newsevents.records.Roles;
import org.newsevents.schema.Actor;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;

/**
 * How many of a run's actors carry a country code: of the statements with a speaker, those whose
 * speaker's code has a country; of the events with an AGENT, those with an AGENT whose code has
 * one. The share event-data users ask of a collection before they use its actor codes; of each, how
 * many have their country only from the run's other articles (basis COLLECTION: Share Actor Codes).
 */
public record ActorCoverage(
    int speakers,
    int speakersWithCountry,
    int speakersFromCollection,
    int agentEvents,
    int agentEventsWithCountry,
    int agentEventsFromCollection) {

  public static ActorCoverage of(List<Event> events) {
    int speakers = 0;
    int speakersWithCountry = 0;
    int speakersFromCollection = 0;
    int agentEvents = 0;
    int agentEventsWithCountry = 0;
    int agentEventsFromCollection = 0;
    for (Event e : events) {
      Mention speaker = e.getStatement() == null ? null : e.getStatement().getSpeaker();
      if (speaker != null) {
        speakers++;
        if (hasCountry(speaker.getActor())) {
          speakersWithCountry++;
          if (fromCollection(speaker.getActor())) {
            speakersFromCollection++;
          }
        }
      }
      boolean agent = false;
      boolean agentWithCountry = false;
      boolean agentWithOwnCountry = false;
      for (Argument argument : e.getArguments()) {
        if (Roles.AGENT.equals(argument.getRole())) {
          agent = true;
          if (hasCountry(argument.getActor())) {
            agentWithCountry = true;
            agentWithOwnCountry |= !fromCollection(argument.getActor());
          }
        }
      }
      if (agent) {
        agentEvents++;
        if (agentWithCountry) {
          agentEventsWithCountry++;
          if (!agentWithOwnCountry) {
            agentEventsFromCollection++;
          }
        }
      }
    }
    return new ActorCoverage(
        speakers,
        speakersWithCountry,
        speakersFromCollection,
        agentEvents,
        agentEventsWithCountry,
        agentEventsFromCollection);
  }

  private static boolean hasCountry(Actor actor) {
    return actor != null && actor.getCountry() != null;
  }

  private static boolean fromCollection(Actor actor) {
    return CollectionCodes.BASIS.equals(actor.getBasis());
  }

  /**
   * "statements whose speaker has a country: 120/191 (0.628; 12 from the run's other articles);
   * events whose AGENT has one: …".
   */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "statements whose speaker has a country: %d/%d (%s; %d from the run's other articles);"
            + " events whose AGENT has one: %d/%d (%s; %d from the run's other articles)",
        speakersWithCountry,
        speakers,
        share(speakersWithCountry, speakers),
        speakersFromCollection,
        agentEventsWithCountry,
        agentEvents,
        share(agentEventsWithCountry, agentEvents),
        agentEventsFromCollection);
  }

  private static String share(int part, int whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) part / whole);
  }
}
