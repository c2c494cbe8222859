package org.newsevents.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsevents.schema.Actor;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Span;
import org.newsevents.schema.Statement;
import org.newsevents.schema.Trigger;

/**
 * A name's country from the other articles of a run: who votes, what is decided, what is filled.
 */
class CollectionCodesTest {

  static Actor actor(String code, String country, String sector, String source) {
    return Actor.newBuilder()
        .setCode(code)
        .setCountry(country)
        .setSector(sector)
        .setMatched("x")
        .setBasis("SENTENCE")
        .setSource(source)
        .build();
  }

  static Mention mention(String text, String canonical, String type, Actor actor) {
    return Mention.newBuilder()
        .setText(text)
        .setBegin(0)
        .setEnd(text.length())
        .setCanonical(canonical)
        .setEntityType(type)
        .setActor(actor)
        .build();
  }

  static Argument agent(String text, String canonical, String type, Actor actor) {
    return Argument.newBuilder()
        .setRole("AGENT")
        .setText(text)
        .setBegin(0)
        .setEnd(text.length())
        .setCanonical(canonical)
        .setEntityType(type)
        .setActor(actor)
        .build();
  }

  /** A statement of doc whose speaker is also the event's AGENT. */
  static Event said(String doc, Mention speaker) {
    return Event.newBuilder()
        .setEventId(doc + "-said")
        .setDocId(doc)
        .setType("STATEMENT")
        .setTimemlClass("REPORTING")
        .setTrigger(
            Trigger.newBuilder().setText("said").setLemma("say").setBegin(0).setEnd(4).build())
        .setSentenceIndex(0)
        .setSentence("said")
        .setArguments(
            List.of(
                agent(
                    speaker.getText(),
                    speaker.getCanonical(),
                    speaker.getEntityType(),
                    speaker.getActor())))
        .setStatement(
            Statement.newBuilder()
                .setSpeaker(speaker)
                .setContent(Span.newBuilder().setText("x").setBegin(5).setEnd(6).build())
                .setDirect(false)
                .build())
        .build();
  }

  @Test
  void aFullNameOrAPronounWithOneVotesButNotTheStorysCountryOrAShortAcronym() {
    Actor england = actor("GBR", "GBR", null, "sentence:nationality 'England captain'");
    List<CollectionCodes.Vote> votes =
        CollectionCodes.votes(
            said("a", mention("Jonny Wilkinson", "Jonny Wilkinson", "PERSON", england)));
    // The speaker and the AGENT each vote; a decision counts the article once.
    assertEquals(2, votes.size());
    assertEquals(new CollectionCodes.Vote("p:jonny wilkinson", "a", "GBR", null), votes.get(0));
    assertEquals(
        "p:jonny wilkinson",
        CollectionCodes.votes(said("b", mention("he", "Jonny Wilkinson", null, england)))
            .get(0)
            .name());
    // One word is no full name; a short acronym names different bodies; a story's country is a
    // guess about the article, not the name.
    assertEquals(
        List.of(),
        CollectionCodes.votes(said("c", mention("Wilkinson", "Wilkinson", "PERSON", england))));
    assertEquals(
        List.of(),
        CollectionCodes.votes(
            said("d", mention("FSA", "FSA", "ORGANIZATION", actor("GBRGOV", "GBR", "GOV", "x")))));
    assertEquals(
        List.of(),
        CollectionCodes.votes(
            said(
                "e",
                mention(
                    "Rainer Wendt",
                    "Rainer Wendt",
                    "PERSON",
                    actor("DEU", "DEU", null, "story-country:DEU dateline 'BERLIN'")))));
    assertEquals(
        "o:yukos",
        CollectionCodes.votes(
                said(
                    "f",
                    mention("Yukos", "Yukos", "ORGANIZATION", actor("RUSBUS", "RUS", "BUS", "x"))))
            .get(0)
            .name());
  }

  @Test
  void aPeerNamedByTitleAndOneNameVotes() {
    // The NER names "Falconer" in "Lord Falconer": the peer's title and that name are one
    // person's across the collection; the surname alone, or after another word, is not.
    Actor gov = actor("GBRGOV", "GBR", "GOV", "sentence:appos 'the Lord Chancellor'");
    assertEquals(
        "p:lord falconer",
        CollectionCodes.votes(said("a", mention("Lord Falconer", "Falconer", "PERSON", gov)))
            .get(0)
            .name());
    assertEquals(
        "p:lord falconer",
        CollectionCodes.votes(
                said("d", mention("The Lord Chancellor, Lord Falconer", "Falconer", "PERSON", gov)))
            .get(0)
            .name());
    assertEquals(
        List.of(),
        CollectionCodes.votes(said("b", mention("Mr Falconer", "Falconer", "PERSON", gov))));
    assertEquals(
        List.of(),
        CollectionCodes.votes(said("c", mention("Lord Falconer", "Charles", "PERSON", gov))));
  }

  @Test
  void threeArticlesInFourMustAgreeOnTheCountryAndOnTheSectorToShareIt() {
    List<CollectionCodes.Vote> votes = new ArrayList<>();
    votes.add(new CollectionCodes.Vote("p:x y", "a", "GBR", "GOV"));
    votes.add(new CollectionCodes.Vote("p:x y", "a", "GBR", "GOV"));
    votes.add(new CollectionCodes.Vote("p:x y", "b", "GBR", "GOV"));
    votes.add(new CollectionCodes.Vote("p:x y", "c", "GBR", "LEG"));
    votes.add(new CollectionCodes.Vote("p:x y", "d", "IRL", null));
    // GBR in 3 of 4 articles; GOV in 2 of GBR's 3: the country alone.
    CollectionCodes.Shared shared = CollectionCodes.decide("p:x y", votes);
    assertEquals(new CollectionCodes.Shared("p:x y", "GBR", null, 3, 4, "a"), shared);
    votes.add(new CollectionCodes.Vote("p:x y", "e", "FRA", null));
    assertNull(CollectionCodes.decide("p:x y", votes), "GBR in 3 of 5 articles");
    List<CollectionCodes.Vote> agreeing =
        List.of(
            new CollectionCodes.Vote("p:x y", "b", "USA", "BUS"),
            new CollectionCodes.Vote("p:x y", "a", "USA", "BUS"));
    List<CollectionCodes.Vote> reversed = new ArrayList<>(agreeing);
    Collections.reverse(reversed);
    assertEquals(
        new CollectionCodes.Shared("p:x y", "USA", "BUS", 2, 2, "a"),
        CollectionCodes.decide("p:x y", agreeing));
    assertEquals(
        CollectionCodes.decide("p:x y", agreeing), CollectionCodes.decide("p:x y", reversed));
  }

  @Test
  void anUncodedNameTakesTheSharedCodeAndASectorOfItsOwnStays() {
    Map<String, CollectionCodes.Shared> shared =
        Map.of(
            "p:edward leigh",
            new CollectionCodes.Shared("p:edward leigh", "GBR", "OPP", 2, 2, "politics/275.txt"));
    Event uncoded = said("politics/071.txt", mention("He", "Edward Leigh", null, null));
    Event filled = CollectionCodes.fill(uncoded, shared);
    Actor speaker = filled.getStatement().getSpeaker().getActor();
    assertEquals("GBROPP", speaker.getCode());
    assertEquals("COLLECTION", speaker.getBasis());
    assertEquals(
        "collection:'Edward Leigh' GBROPP in 2 of 2 articles (e.g. politics/275.txt)",
        speaker.getSource());
    assertEquals("GBROPP", filled.getArguments().get(0).getActor().getCode());
    // "Committee chairman Edward Leigh": the article's own sector (LEG) stays, the country is
    // added.
    Actor chairman = actor("LEG", null, "LEG", "sentence:title 'Committee chairman'");
    Event titled =
        said("politics/071.txt", mention("Mr Leigh", "Edward Leigh", "PERSON", chairman));
    Actor coded = CollectionCodes.fill(titled, shared).getStatement().getSpeaker().getActor();
    assertEquals("GBRLEG", coded.getCode());
    assertEquals(
        "collection:'Edward Leigh' GBROPP in 2 of 2 articles (e.g. politics/275.txt)"
            + " + sentence:title 'Committee chairman'",
        coded.getSource());
    // A slot with a country of its own keeps its code; a record with nothing to fill is returned.
    Event own =
        said(
            "politics/071.txt",
            mention("Edward Leigh", "Edward Leigh", "PERSON", actor("GBRLEG", "GBR", "LEG", "x")));
    assertSame(own, CollectionCodes.fill(own, shared));
  }
}
