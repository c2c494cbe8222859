package org.newsevents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The progress line from the counters at one moment. */
class ProgressTest {

  @Test
  void saysDoneOfReadTheRateTheTimeLeftAndTheErrors() {
    Progress.Snapshot snapshot = new Progress.Snapshot(400, 120, 2, Duration.ofMinutes(2));

    assertEquals(
        "newsevents: 120/400 articles, 60.0/min, 4 min 40 s left, 2 errors", snapshot.line());
  }

  @Test
  void givesHoursForLongRuns() {
    Progress.Snapshot snapshot = new Progress.Snapshot(2225, 25, 0, Duration.ofMinutes(1));

    assertEquals(
        "newsevents: 25/2225 articles, 25.0/min, 1 h 28 min left, 0 errors", snapshot.line());
  }

  @Test
  void hasNothingLeftWhenEveryArticleReadIsDone() {
    Progress.Snapshot snapshot = new Progress.Snapshot(400, 400, 0, Duration.ofSeconds(152));

    assertEquals("newsevents: 400/400 articles, 157.9/min, 0 s left, 0 errors", snapshot.line());
  }

  @Test
  void knowsNoTimeLeftBeforeTheFirstArticle() {
    Progress.Snapshot snapshot = new Progress.Snapshot(30, 0, 0, Duration.ofSeconds(10));

    assertEquals(
        "newsevents: 0/30 articles, 0.0/min, time left unknown, 0 errors", snapshot.line());
  }
}
