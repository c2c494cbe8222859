package org.newsevents.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.Provenance;
import org.newsevents.nlp.SharedAnalyzer;
import org.newsevents.schema.Actor;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;

/** Actor codes and provenance on the seed article's records. */
class ActorCodesSampleTest {

  private static ArticleAnalyzer.Analysis analysis;

  @BeforeAll
  static void analyze() {
    analysis = SharedAnalyzer.sample();
  }

  /** "trigger ROLE text -> code basis" for every coded speaker and actor argument. */
  private static List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (Event event : analysis.events()) {
      String trigger = event.getTrigger().getText();
      if (event.getStatement() != null && event.getStatement().getSpeaker() != null) {
        Mention speaker = event.getStatement().getSpeaker();
        lines.add(line(trigger, "SPEAKER", speaker.getText(), speaker.getActor()));
      }
      for (Argument argument : event.getArguments()) {
        if (argument.getActor() != null) {
          lines.add(line(trigger, argument.getRole(), argument.getText(), argument.getActor()));
        }
      }
    }
    return lines;
  }

  private static String line(String trigger, String role, String text, Actor actor) {
    return trigger
        + " "
        + role
        + " "
        + text.replaceAll("\\s+", " ")
        + " -> "
        + (actor == null ? "null" : actor.getCode() + " " + actor.getBasis());
  }

  @Test
  void speakersAndParticipantsGetCountryGroupAndSectorCodes() {
    List<String> lines = lines();
    for (String expected :
        List.of(
            // A person through a dated entry, reached from "Mr Kerry" and "he" by coreference.
            "told SPEAKER Mr Kerry -> USAGOV PERSON",
            "added SPEAKER he -> USAGOV PERSON",
            // "We" inside Mr Kerry's direct quote is his side, the US government.
            "narrowed AGENT We -> USAGOV SENTENCE",
            "meeting RECIPIENT his Russian counterpart -> RUSGOV TEXT",
            // Now through the name's dated entry of people.tsv (the head is the name).
            "said SPEAKER UN Secretary General Ban Ki-moon -> IGOUNO PERSON",
            "says SPEAKER The UN -> IGOUNO TEXT",
            "convince PATIENT the Syrian government -> SYRGOV TEXT",
            "convince PATIENT opposition -> OPP TEXT",
            "called SPEAKER Gulf Arab states -> GULF TEXT",
            // A pronoun takes its canonical name's code.
            "said SPEAKER They -> GULF CANONICAL",
            "launched AGENT government forces -> MIL TEXT",
            "launched PATIENT rebels -> REB TEXT",
            "made AGENT The US -> USA TEXT",
            "made AGENT Russia -> RUS TEXT")) {
      assertTrue(lines.contains(expected), expected + " not in " + lines);
    }
    // Not actors: a phrase whose country sits in a modifier after the head.
    assertTrue(lines.stream().noneMatch(l -> l.startsWith("find PATIENT")), lines.toString());
  }

  @Test
  void everyEventCarriesTheArticleHashAndTheVersionsThatMadeIt() {
    String hash = analysis.article().getContentHash();
    for (Event event : analysis.events()) {
      assertEquals(hash, event.getContentHash());
      assertEquals(Provenance.pipelineVersion(), event.getPipelineVersion());
      assertTrue(
          event.getModelVersion().matches("full;corenlp-4\\.5\\.10;models-[0-9a-f]{12}"),
          event.getModelVersion());
    }
    assertTrue(Provenance.pipelineVersion().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"));
  }
}
