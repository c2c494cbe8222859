package org.newsevents.nlp.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The lexicons in models/ load, and every type they name is in the taxonomy. */
class LexiconsTest {

  private final Lexicons lexicons = Lexicons.standard();

  @Test
  void callHasAParticleSenseForAppeals() {
    List<String> senses =
        lexicons.cues("call").stream()
            .map(c -> c.particle() + ":" + c.type() + ":" + c.objectIsAddressee())
            .collect(Collectors.toList());
    assertEquals(List.of("for:APPEAL:false", "on:APPEAL:true"), senses);
  }

  @Test
  void triggersMapToTypesAndCameoRoots() {
    assertEquals(
        new Lexicons.EventSense("ATTACK", "OCCURRENCE"),
        lexicons.trigger("offensive", "N").orElseThrow());
    assertEquals("18", lexicons.cameoRoot("ATTACK"));
    assertEquals("01", lexicons.cameoRoot("STATEMENT"));
    assertNull(lexicons.cameoRoot("DELAY"));
    assertTrue(lexicons.trigger("offensive", "V").isEmpty());
  }

  @Test
  void modalsAndSupportVerbs() {
    assertEquals("POSSIBLE", lexicons.modality("might").orElseThrow());
    assertEquals("FUTURE", lexicons.modality("will").orElseThrow());
    Lexicons.SupportVerb take = lexicons.supportVerb("take").orElseThrow();
    assertTrue(take.subjectSlot());
    assertEquals("place", take.requiredObject());
  }
}
