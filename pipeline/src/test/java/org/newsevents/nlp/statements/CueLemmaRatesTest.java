package org.newsevents.nlp.statements;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CueLemmaRatesTest {

  private static final String TABLE =
      "# test table\nmin-rate\t0.4\nmin-count\t5\n"
          + "attack/V\t49\t144\nreject/V\t38\t68\nconcede/V\t3\t4\nattack/N\t300\t400\n";

  @Test
  void theBroadCandidateIsOfferedOnlyForALemmaOftenACueInTrain() throws IOException {
    CueLemmaRates rates = CueLemmaRates.read(new StringReader(TABLE));
    assertEquals(0.4, rates.minRate());
    assertEquals(5, rates.minCount());
    // 38 of 68 "reject" verbs lie in a gold cue: 0.56 >= 0.4.
    assertTrue(rates.broad("reject/V"));
    // 49 of 144 "attack" verbs: 0.34 < 0.4, whatever the noun's rate.
    assertFalse(rates.broad("attack/V"));
    // 3 of 4: rate 0.75 but fewer than 5 tokens.
    assertFalse(rates.broad("concede/V"));
    // A lemma never inside a gold cue has no row.
    assertFalse(rates.broad("arrest/V"));
    assertNull(rates.counts("arrest/V"));
    assertArrayEquals(new int[] {38, 68}, rates.counts("reject/V"));
  }

  @Test
  void keysAreTheLowerCaseLemmaAndTheWordClass() {
    assertEquals("reject/V", CueLemmaRates.key("reject", "rejected", "VBD"));
    assertEquals("worried/J", CueLemmaRates.key("worried", "worried", "JJ"));
    assertEquals("attack/N", CueLemmaRates.key("Attack", "Attack", "NNP"));
    assertEquals("according/O", CueLemmaRates.key(null, "According", "IN"));
  }

  @Test
  void aTableWithoutThresholdsIsAnError() {
    assertThrows(
        IOException.class, () -> CueLemmaRates.read(new StringReader("reject/V\t38\t68\n")));
    assertThrows(
        IOException.class,
        () -> CueLemmaRates.read(new StringReader("min-rate\t0.4\nmin-count\t5\nbad line\n")));
  }
}
