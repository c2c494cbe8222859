package org.newsevents.tools.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsevents.records.Roles;
import org.newsevents.schema.Actor;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Statement;

/**
 * The actor slots of a run: event records go in; each distinct AGENT, PATIENT or RECIPIENT argument
 * and each distinct speaker and addressee comes out once, with its text, sentence and the codes the
 * records gave it.
 */
public final class ActorSlots {

  /** What a slot is known by in the gold file: document, offsets and role. */
  public record Key(String docId, int begin, int end, String role) {}

  /**
   * One slot: its key, the phrase and sentence as written, and the system's codes ("-" for none),
   * one per record that holds the slot (a speaker of several quotations appears several times).
   */
  public record Slot(Key key, String text, String sentence, List<String> codes) {}

  /** No code: the null actor of a record, and the gold file's way of saying "no actor". */
  public static final String NONE = "-";

  private static final Set<String> ACTOR_ROLES =
      Set.of(Roles.AGENT, Roles.PATIENT, Roles.RECIPIENT);

  private ActorSlots() {}

  /** The slots of the events, in the order of the events and their arguments. */
  public static List<Slot> of(List<Event> events) {
    Map<Key, Slot> slots = new LinkedHashMap<>();
    for (Event event : events) {
      Statement statement = event.getStatement();
      if (statement != null) {
        add(slots, event, statement.getSpeaker(), Roles.SPEAKER);
        add(slots, event, statement.getAddressee(), Roles.ADDRESSEE);
      }
      for (Argument argument : event.getArguments()) {
        if (ACTOR_ROLES.contains(argument.getRole())) {
          Key key =
              new Key(event.getDocId(), argument.getBegin(), argument.getEnd(), argument.getRole());
          add(slots, key, argument.getText(), event.getSentence(), argument.getActor());
        }
      }
    }
    return new ArrayList<>(slots.values());
  }

  private static void add(Map<Key, Slot> slots, Event event, Mention mention, String role) {
    if (mention != null) {
      Key key = new Key(event.getDocId(), mention.getBegin(), mention.getEnd(), role);
      add(slots, key, mention.getText(), event.getSentence(), mention.getActor());
    }
  }

  private static void add(
      Map<Key, Slot> slots, Key key, String text, String sentence, Actor actor) {
    slots
        .computeIfAbsent(key, k -> new Slot(k, text, sentence, new ArrayList<>()))
        .codes()
        .add(actor == null ? NONE : actor.getCode());
  }

  /** The code most records of the slot gave it; on a tie, the first in record order. */
  public static String code(Slot slot) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    slot.codes().forEach(c -> counts.merge(c, 1, Integer::sum));
    String best = NONE;
    int most = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }
}
