package org.newsevents.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;

/**
 * The actors and places of an event: an event goes in; its AGENT and PATIENT arguments and its
 * statement's speaker (actors), or its LOCATION arguments (places), come out as names with a key
 * for comparison. The one place that says who an event's actors are, for clusters, inspect, export
 * and report.
 */
public final class EventViews {

  /** An actor or place: the name shown (canonical, else as written) and the key compared. */
  public record Actor(String name, String key) {}

  // Pronouns without a resolved name say nothing about who acted and would match across stories.
  private static final Set<String> PRONOUNS =
      Set.of(
          "i",
          "me",
          "we",
          "us",
          "you",
          "he",
          "him",
          "she",
          "her",
          "it",
          "they",
          "them",
          "who",
          "which",
          "that",
          "this",
          "these",
          "those",
          "one",
          "itself",
          "himself",
          "herself",
          "themselves");

  private EventViews() {}

  /** The event's actors in order of appearance, distinct by key. */
  public static List<Actor> of(Event event) {
    Map<String, Actor> actors = new LinkedHashMap<>();
    if (event.getStatement() != null) {
      add(actors, speaker(event));
    }
    for (Argument argument : event.getArguments()) {
      if (argument.getRole().equals(Roles.AGENT) || argument.getRole().equals(Roles.PATIENT)) {
        add(actors, argument(argument));
      }
    }
    return new ArrayList<>(actors.values());
  }

  /** The statement's speaker, or null when it has none or only an unresolved pronoun. */
  public static Actor speaker(Event event) {
    return event.getStatement() == null ? null : mention(event.getStatement().getSpeaker());
  }

  /** The event's LOCATION arguments, distinct by key. */
  public static List<Actor> places(Event event) {
    Map<String, Actor> places = new LinkedHashMap<>();
    for (Argument argument : event.getArguments()) {
      if (argument.getRole().equals(Roles.LOCATION)) {
        add(places, argument(argument));
      }
    }
    return new ArrayList<>(places.values());
  }

  /** The names of the event's actors, in order. */
  public static List<String> names(Event event) {
    return of(event).stream().map(Actor::name).toList();
  }

  private static void add(Map<String, Actor> actors, Actor actor) {
    if (actor != null) {
      actors.putIfAbsent(actor.key(), actor);
    }
  }

  private static Actor argument(Argument argument) {
    return actor(argument.getCanonical(), argument.getText(), key(argument.getActor()));
  }

  /**
   * An actor code naming a country or group is the better key: "Russian counterpart" and "Moscow"
   * then compare equal. A sector alone ("MIL", "CVL") says too little to join two stories.
   */
  private static String key(org.newsevents.schema.Actor actor) {
    return actor == null || (actor.getCountry() == null && actor.getGroup() == null)
        ? null
        : actor.getCode();
  }

  private static Actor mention(Mention mention) {
    return mention == null
        ? null
        : actor(mention.getCanonical(), mention.getText(), key(mention.getActor()));
  }

  private static Actor actor(String canonical, String text, String code) {
    String name = canonical != null && !canonical.isBlank() ? canonical : text;
    if (name == null || name.isBlank()) {
      return null;
    }
    name = name.strip();
    if (canonical == null && code == null && PRONOUNS.contains(name.toLowerCase(Locale.ROOT))) {
      return null;
    }
    String key = code != null ? code : name.toLowerCase(Locale.ROOT).replaceAll("^the ", "");
    return new Actor(name, key);
  }
}
