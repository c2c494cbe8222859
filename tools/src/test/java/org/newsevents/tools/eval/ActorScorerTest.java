package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.knowledge.ActorGazetteer;
import org.newsevents.schema.Actor;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Span;
import org.newsevents.schema.Statement;
import org.newsevents.schema.Trigger;
import org.newsevents.tools.eval.ActorScorer.Confusion;
import org.newsevents.tools.eval.ActorScorer.RoleCounts;
import org.newsevents.tools.eval.ActorScorer.Scores;
import org.newsevents.tools.eval.ActorSlots.Key;
import org.newsevents.tools.eval.ActorSlots.Slot;

/** The actor-code scorer on a constructed run and gold file: slots, accuracies and confusions. */
class ActorScorerTest {

  private static final Set<String> COUNTRIES = Set.of("SYR", "RUS", "GBR", "LBN");
  private static final Function<String, String> COUNTRY_OF =
      code ->
          code.equals("LBNHEZ")
              ? "LBN"
              : code.length() >= 3 && COUNTRIES.contains(code.substring(0, 3))
                  ? code.substring(0, 3)
                  : null;

  private static Actor actor(String code) {
    return code == null
        ? null
        : Actor.newBuilder().setCode(code).setMatched("x").setBasis("TEXT").build();
  }

  private static Argument argument(String role, String text, int begin, String code) {
    return Argument.newBuilder()
        .setRole(role)
        .setText(text)
        .setBegin(begin)
        .setEnd(begin + text.length())
        .setActor(actor(code))
        .build();
  }

  private static Event event(String id, Statement statement, List<Argument> arguments) {
    return Event.newBuilder()
        .setEventId(id)
        .setDocId("politics/001.txt")
        .setType("STATEMENT")
        .setTimemlClass("REPORTING")
        .setTrigger(
            Trigger.newBuilder().setText("said").setLemma("say").setBegin(17).setEnd(21).build())
        .setSentenceIndex(0)
        .setSentence("Syrian officials said ...")
        .setStatement(statement)
        .setArguments(arguments)
        .build();
  }

  private static Statement statement() {
    return Statement.newBuilder()
        .setSpeaker(
            Mention.newBuilder()
                .setText("Syrian officials")
                .setBegin(0)
                .setEnd(16)
                .setActor(actor("SYRGOV"))
                .build())
        .setContent(Span.newBuilder().setText("...").setBegin(22).setEnd(25).build())
        .setDirect(false)
        .build();
  }

  /** Two records: a statement and its continuation (same speaker), with seven actor slots. */
  private static List<Event> run() {
    return List.of(
        event(
            "e1",
            statement(),
            List.of(
                argument("PATIENT", "the rebels", 30, "REB"),
                argument("RECIPIENT", "Moscow", 50, "RUSGOV"),
                argument("THEME", "talks", 110, null))),
        event(
            "e2",
            statement(),
            List.of(
                argument("AGENT", "people", 60, "CVL"),
                argument("PATIENT", "Hezbollah", 70, "LBNHEZ"),
                argument("AGENT", "Assad", 80, null),
                argument("AGENT", "they", 100, null))));
  }

  private static final List<String> GOLD =
      List.of(
          "# constructed",
          "doc_id\tbegin\tend\trole\tcode",
          "politics/001.txt\t0\t16\tSPEAKER\tSYRGOV",
          "politics/001.txt\t30\t40\tPATIENT\tSYRREB",
          "politics/001.txt\t50\t56\tRECIPIENT\tRUSGOV",
          "politics/001.txt\t60\t66\tAGENT\t-",
          "politics/001.txt\t70\t79\tPATIENT\tLBNHEZ",
          "politics/001.txt\t80\t85\tAGENT\tSYRGOV",
          "politics/001.txt\t90\t95\tAGENT\tGBRGOV");

  @Test
  void slotsAreTheDistinctActorParticipantsWithoutThemes() {
    List<Slot> slots = ActorSlots.of(run());

    assertEquals(
        List.of(
            "[0,16] SPEAKER Syrian officials SYRGOV,SYRGOV",
            "[30,40] PATIENT the rebels REB",
            "[50,56] RECIPIENT Moscow RUSGOV",
            "[60,66] AGENT people CVL",
            "[70,79] PATIENT Hezbollah LBNHEZ",
            "[80,85] AGENT Assad -",
            "[100,104] AGENT they -"),
        slots.stream()
            .map(
                s ->
                    "["
                        + s.key().begin()
                        + ","
                        + s.key().end()
                        + "] "
                        + s.key().role()
                        + " "
                        + s.text()
                        + " "
                        + String.join(",", s.codes()))
            .toList());
  }

  @Test
  void scoresOnlyTheSlotsOfBothSides() {
    List<String> errors = new ArrayList<>();
    EvalActors.Result result =
        EvalActors.score(
            ActorSlots.of(run()), ActorGold.parse(GOLD, "gold.tsv"), COUNTRY_OF, errors);
    Scores s = result.scores();

    assertEquals(7, result.runSlots());
    assertEquals(7, result.goldSlots());
    assertEquals(1, result.unannotated()); // "they"
    assertEquals(1, result.missing()); // [90,95]
    assertEquals(6, s.slots());
    assertEquals(3, s.exact());
    assertEquals(0.5, s.exactAccuracy(), 1e-9);
    assertEquals(4, s.countryAgree());
    assertEquals(5, s.goldCountries());
    assertEquals(3, s.countryCorrect());
    assertEquals(Prf.of(4, 5, 5), s.hasCode());
    assertEquals(Prf.of(3, 5, 5), s.exactCode());
    // System countries on SYRGOV, RUSGOV, LBNHEZ (all right); gold has 5 (SYRREB, GBRGOV missed).
    assertEquals(Prf.of(3, 3, 5), s.country());
    assertEquals(
        List.of(
            new RoleCounts("AGENT", 2, 0),
            new RoleCounts("PATIENT", 2, 1),
            new RoleCounts("RECIPIENT", 1, 1),
            new RoleCounts("SPEAKER", 1, 1)),
        s.roles());
    assertEquals(
        List.of(
            new Confusion("-", "CVL", 1),
            new Confusion("SYRGOV", "-", 1),
            new Confusion("SYRREB", "REB", 1)),
        s.confusions());
    assertEquals(
        List.of(
            "politics/001.txt\t30\t40\tPATIENT\tSYRREB\tREB\tthe rebels",
            "politics/001.txt\t60\t66\tAGENT\t-\tCVL\tpeople",
            "politics/001.txt\t80\t85\tAGENT\tSYRGOV\t-\tAssad"),
        errors);
  }

  @Test
  void aSlotHeldByRecordsThatDisagreeTakesTheCommonestCode() {
    Key key = new Key("d", 0, 1, "AGENT");
    assertEquals("B", ActorSlots.code(new Slot(key, "x", "x", List.of("A", "B", "B"))));
    assertEquals("A", ActorSlots.code(new Slot(key, "x", "x", List.of("A", "B"))));
  }

  @Test
  void theWorksheetHasNoCodes() {
    assertEquals(
        List.of(
            "doc_id\tbegin\tend\trole\ttext\tsentence",
            "politics/001.txt\t0\t16\tSPEAKER\tSyrian officials\tSyrian officials said ..."),
        EvalActors.worksheet(ActorSlots.of(run())).subList(0, 2));
  }

  @Test
  void aGoldFileWithoutItsHeaderOrWithARepeatedSlotIsAnError() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ActorGold.parse(List.of("politics/001.txt\t0\t16\tSPEAKER\tSYRGOV"), "g"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ActorGold.parse(List.of(GOLD.get(1), GOLD.get(2), GOLD.get(2)), "g"));
    assertEquals(
        Map.of(new Key("politics/001.txt", 0, 16, "SPEAKER"), "SYRGOV"),
        ActorGold.parse(List.of(GOLD.get(1), GOLD.get(2)), "g"));
  }

  @Test
  void theCountryOfACodeComesFromTheGazetteers() {
    ActorGazetteer gazetteer = ActorGazetteer.standard();
    assertEquals("SYR", gazetteer.countryOf("SYRGOV"));
    assertEquals("RUS", gazetteer.countryOf("RUS"));
    assertEquals("LBN", gazetteer.countryOf("LBNHEZ"));
    assertNull(gazetteer.countryOf("IGOUNO"));
    assertNull(gazetteer.countryOf("IRQALQ")); // al-Qaeda is listed with no country
    assertNull(gazetteer.countryOf("GOV"));
    assertNull(gazetteer.countryOf("GULF"));
  }
}
