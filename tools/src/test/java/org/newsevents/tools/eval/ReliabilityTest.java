package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The reliability table's tenths and the calibration check. */
class ReliabilityTest {

  @Test
  void sharesWithinATenthOfTheConfidencePassAndTenthsWithFewStatementsAreNotChecked() {
    Reliability r = new Reliability();
    // 120 statements at 0.85, 105 of them right (0.875): within 0.1.
    for (int i = 0; i < 120; i++) {
      r.add(0.85, i < 105);
    }
    // 99 statements at 0.15, all right: off by 0.85 but fewer than 100, so not checked.
    for (int i = 0; i < 99; i++) {
      r.add(0.15, true);
    }
    r.add(null, true);
    assertEquals(0.85, r.mean(8), 1e-9);
    assertEquals(0.875, r.share(8), 1e-9);
    assertEquals(1.0, r.share(1), 1e-9);
    assertEquals(1, r.missing());
    assertTrue(r.calibrated());
    assertTrue(r.table().contains("| 0.8-0.9 | 120 | 0.850 | 0.875 | within 0.1 |"), r.table());
  }

  @Test
  void aCheckedTenthOffByMoreThanATenthFails() {
    Reliability r = new Reliability();
    for (int i = 0; i < 150; i++) {
      r.add(0.95, i < 100); // share 0.667 against 0.95
    }
    assertFalse(r.calibrated());
    // Brier: 100 right at (0.05)^2, 50 wrong at (0.95)^2, over 150.
    assertEquals((100 * 0.0025 + 50 * 0.9025) / 150, r.brier(), 1e-9);
    assertTrue(r.table().contains("| 0.9-1.0 | 150 | 0.950 | 0.667 | OFF |"), r.table());
  }
}
