package org.newsevents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.schema.Event;

/**
 * --minStatementConfidence on the bundled sample: every statement written has at least that
 * confidence, and the statements extracted are the ones written plus the ones dropped.
 */
class MinStatementConfidencePipelineTest {

  @TempDir Path input;
  @TempDir Path output;

  @Test
  void statementsBelowTheThresholdAreDroppedAndCounted() throws IOException {
    PipelineRuns.copySample(input.resolve("bbc-2013-07-05-syria-talks.txt"));
    PipelineRuns.Run run =
        PipelineRuns.run(output, "--input=" + input, "--minStatementConfidence=0.6");
    List<Event> statements = run.events().stream().filter(e -> e.getStatement() != null).toList();
    for (Event e : statements) {
      assertTrue(e.getStatement().getConfidence() >= 0.6, () -> e.getEventId() + " kept");
    }
    // The sample has statements on both sides of 0.6 (the three "call"/"called" appeals below).
    assertTrue(run.summary().statementsBelowConfidence() > 0, run.summary().toJson());
    assertEquals(
        run.summary().statements(),
        statements.size() + run.summary().statementsBelowConfidence(),
        run.summary().toJson());
    assertTrue(run.summary().describe().contains("below --minStatementConfidence dropped"));
  }
}
