package org.newsevents.nlp.knowledge.phoenix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The shipped Phoenix/PETRARCH dictionaries load strictly; malformed lines fail with file:line. */
class PhoenixDictionariesTest {

  private static PhoenixActors actors(String text) {
    PhoenixActors actors = new PhoenixActors();
    actors.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.actors");
    return actors;
  }

  private static String on(PhoenixActors actors, String name, LocalDate date) {
    PhoenixActors.Coded coded = PhoenixActors.codeOn(actors.find(name), date);
    return coded == null ? null : coded.code();
  }

  @Test
  void everyShippedActorDictionaryLoadsAndKeepsItsDatedRoles() {
    PhoenixActors actors = PhoenixActors.standard(); // throws on any malformed line
    assertEquals("GBRELI", on(actors, "Tony Blair", LocalDate.of(1990, 1, 1)));
    assertEquals("GBRGOV", on(actors, "Tony Blair", LocalDate.of(2005, 3, 1)));
    assertEquals("GBRELI", on(actors, "Tony Blair", LocalDate.of(2012, 1, 1))); // the default
    assertEquals("KORGOVBUS", on(actors, "Ban Ki-moon", LocalDate.of(2005, 6, 1)));
    assertEquals("IGOUNO", on(actors, "Ban Ki-moon", LocalDate.of(2010, 6, 1)));
    // A line fixed in the shipped copy (FIXES.md): 9 digits, now >20100511.
    assertEquals("GBRGOV", on(actors, "David Cameron", LocalDate.of(2012, 1, 1)));
    // The TABARI form: roles on the name's line.
    assertEquals("IGOUNO", on(actors, "Javier de Cuellar", LocalDate.of(1990, 1, 1)));
    assertEquals("ELI", on(actors, "Javier de Cuellar", LocalDate.of(1995, 1, 1)));
  }

  @Test
  void anUndatedArticleTakesTheRoleThatEndsLastAndSaysSo() {
    PhoenixActors.Coded coded =
        PhoenixActors.codeOn(PhoenixActors.standard().find("TONY_BLAIR_"), null);
    assertEquals("GBRGOV", coded.code());
    assertEquals("[GBRGOV 030101-070630] undated-latest", coded.how());
  }

  @Test
  void synonymsAndDatesOfARecordBelongTogether() {
    PhoenixActors actors =
        actors(
            "JANE_DOE_  # a test\n+J._DOE_\n\t[FRAGOV 050101-091231]\n\t[FRAELI]\nACME_CO_ [MNCUSA]\n");
    assertEquals("FRAGOV", on(actors, "J. Doe", LocalDate.of(2006, 1, 1)));
    assertEquals("FRAELI", on(actors, "Jane Doe", LocalDate.of(2011, 1, 1)));
    assertEquals("MNCUSA", on(actors, "Acme Co", null));
    assertNull(actors.find("Doe"));
  }

  @Test
  void aMalformedActorLineFailsWithItsFileAndLineNumber() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> actors("# header\nJANE_DOE_\n\t[FRAGOV 050101-091231]\n\t[FRAGOV >201005011]\n"));
    assertEquals(
        "test.actors:4: a date of 9 digits (6 or 8 allowed): [FRAGOV >201005011]", e.getMessage());
    IllegalArgumentException synonym =
        assertThrows(IllegalArgumentException.class, () -> actors("\n+ORPHAN_\n"));
    assertEquals("test.actors:2: a synonym with no name before it: +ORPHAN_", synonym.getMessage());
  }

  @Test
  void theAgentsDictionaryLoadsWithPluralsAndSubstitutions() {
    PhoenixAgents agents = PhoenixAgents.standard();
    assertEquals("~GOV", agents.find("foreign minister").code());
    assertEquals("~GOV", agents.find("foreign ministries").code()); // !MINIST! substitution
    assertEquals("~JUD", agents.find("judges").code()); // a regular plural
    assertEquals("COP", agents.find("policemen").sector()); // !PERSON! substitution
    assertNull(agents.find("spokesmanship"));
    PhoenixAgents bad = new PhoenixAgents();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                bad.read(
                    new ByteArrayInputStream(
                        "JUDGE [~JUD]\nISLAMIC_EXTREMIST\n".getBytes(StandardCharsets.UTF_8)),
                    "test.agents"));
    assertEquals(
        "test.agents:2: not PHRASE {plural} [~CODE] or !MARKER! = forms: ISLAMIC_EXTREMIST",
        e.getMessage());
  }

  @Test
  void aCompanyIsFoundByItsNameWithoutItsLegalSuffixWhenOnlyOneCompanyHasIt() {
    PhoenixActors actors =
        actors(
            "ACME_INC_ [MNCUSA]\nZENITH_PLC_ [MNCGBR]\nZENITH_CORP_ [MNCJPN]\n"
                + "JOHN_SMITH_CO_ [USAGOV]\n");
    assertEquals("ACME_INC_", actors.findCompany("Acme").name());
    assertNull(actors.find("Acme")); // not a name of its own
    assertNull(actors.findCompany("Zenith")); // two companies: no guess
    assertNull(actors.findCompany("John Smith")); // no company (no MNC code)
    // The shipped dictionaries: APPLE_INC_ [MNCUSA] is "Apple".
    assertEquals(
        "MNCUSA", PhoenixActors.codeOn(PhoenixActors.standard().findCompany("Apple"), null).code());
  }
}
