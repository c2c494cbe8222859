package org.newsevents.nlp.events;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsevents.nlp.knowledge.ActorGazetteer;
import org.newsevents.nlp.knowledge.EventRules;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.knowledge.TrainedTriggers;
import org.newsevents.nlp.statements.StatementExtractor;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.text.Participants;
import org.newsevents.nlp.time.EventTimes;
import org.newsevents.nlp.time.Timexes;
import org.newsevents.records.Roles;
import org.newsevents.schema.Argument;

/**
 * Finds who did what to whom, when and where: an annotated text goes in; each verbal or nominal
 * event comes out as an {@link EventRecords.Draft} with its type, TimeML class, arguments, time,
 * negation and modality. Reporting cues are left to the {@link StatementExtractor}.
 */
public final class EventExtractor {

  private final EventTriggers triggers;
  private final VerbArguments verbArguments;
  private final NounArguments nounArguments;
  private final Controllers controllers;

  public EventExtractor(Lexicons lexicons, TrainedTriggers trained) {
    this(lexicons, trained, TriggerModel.standard());
  }

  /** The same with a given trigger model ({@link TriggerModel#absent}: the rules alone). */
  public EventExtractor(Lexicons lexicons, TrainedTriggers trained, TriggerModel model) {
    EventRules rules = EventRules.standard();
    Obliques obliques = new Obliques(lexicons);
    NominalAgents nominalAgents = new NominalAgents(rules, ActorGazetteer.standard());
    this.triggers = new EventTriggers(lexicons, trained, rules, model);
    this.controllers = new Controllers(lexicons);
    this.verbArguments = new VerbArguments(lexicons, rules, controllers, obliques);
    this.nounArguments = new NounArguments(lexicons, rules, nominalAgents, obliques);
  }

  /** The events of one sentence; {@code cues} are the begin offsets of statement cues to skip. */
  public List<EventRecords.Draft> extract(
      AnnotatedText text, Participants participants, EventTimes times, int s, Set<Integer> cues) {
    SentenceContext sentence = new SentenceContext(text, participants, s);
    List<EventTriggers.Trigger> found = triggers.find(sentence, cues);
    List<EventRecords.Draft> drafts = new ArrayList<>();
    for (EventTriggers.Trigger trigger : found) {
      drafts.add(
          new EventRecords.Draft(
              s, trigger.word(), trigger.sense(), arguments(sentence, trigger), trigger.rule()));
    }
    Set<Integer> absorbed =
        found.stream()
            .filter(trigger -> trigger.eventNoun() != null)
            .map(trigger -> trigger.eventNoun().index())
            .collect(Collectors.toSet());
    for (EventRecords.Draft draft : drafts) {
      Timexes.Mention timex = time(sentence, times, draft, absorbed);
      if (timex != null) {
        draft.arguments().add(participants.argument(Roles.TIME, timex.begin(), timex.finish()));
      }
    }
    return drafts;
  }

  /** The arguments of a trigger, in a list the TIME argument is added to. */
  private List<Argument> arguments(SentenceContext sentence, EventTriggers.Trigger trigger) {
    IndexedWord word = trigger.word();
    return switch (trigger.kind()) {
      case VERB -> verbEventArguments(sentence, trigger);
      case NOUN -> nounArguments.of(sentence, word, trigger.sense().type());
      case ADJECTIVE -> verbArguments.of(sentence, word, null, trigger.sense());
      case TRAINED_ADJECTIVE -> new ArrayList<>();
    };
  }

  /**
   * A verb's own arguments, else the agents of the clause it depends on; with a carried event noun
   * ("launched an offensive on rebels"), the noun's arguments and the noun itself as well.
   */
  private List<Argument> verbEventArguments(
      SentenceContext sentence, EventTriggers.Trigger trigger) {
    IndexedWord verb = trigger.word();
    IndexedWord eventNoun = trigger.eventNoun();
    List<Argument> arguments = verbArguments.of(sentence, verb, eventNoun, trigger.sense());
    if (arguments.stream().noneMatch(a -> a.getRole().equals(Roles.AGENT))) {
      arguments.addAll(controllers.agents(sentence, verb));
    }
    if (eventNoun != null) {
      arguments.addAll(nounArguments.of(sentence, eventNoun, trigger.sense().type()));
      Argument carried = nounArguments.carried(sentence, verb, eventNoun, arguments);
      if (carried != null) {
        arguments.add(carried);
      }
    }
    return arguments;
  }

  /** The time expression an event is anchored to, or null. */
  private static Timexes.Mention time(
      SentenceContext sentence, EventTimes times, EventRecords.Draft draft, Set<Integer> absorbed) {
    int s = sentence.sentence();
    Timexes.Mention timex = times.anchored(s, draft.trigger());
    timex = timex != null ? timex : times.since(s, draft.trigger());
    if (timex == null && !draft.trigger().tag().startsWith("VB")) {
      EventTimes.Phased phased = times.phased(s, draft.trigger());
      timex = phased == null ? null : phased.timex();
    }
    if (timex == null && draft.rule().startsWith("support-verb:")) {
      // "launched an offensive ... on Saturday": the date may hang on the noun's phrase.
      for (IndexedWord noun : sentence.graph().getChildren(draft.trigger())) {
        if (absorbed.contains(noun.index())) {
          timex = times.anchored(s, noun);
        }
      }
    }
    timex = timex != null ? timex : times.shared(s, draft.trigger());
    // The trained date model, when there is one, makes the choice (the event's time does the same).
    return times.decide(s, draft.trigger(), timex);
  }
}
