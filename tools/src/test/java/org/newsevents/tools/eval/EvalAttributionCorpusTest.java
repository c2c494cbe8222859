package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Our statements against the first three PolNeAR dev texts, read at run time from the shared data
 * folder (never copied into the repository); skipped where the corpus is absent.
 */
class EvalAttributionCorpusTest {

  private static final String SPLIT = "shared/data/polnear/dev";

  /** Cue recall measured on these texts when this test was written (9 of 20), less a margin. */
  private static final double CUE_RECALL_FLOOR = 0.35;

  /** The split beside the repository: from the repo root or from pipeline/ under surefire. */
  private static Path split() {
    Path dir = Path.of(System.getProperty("user.dir"));
    return Stream.of(dir.resolve("..").resolve(SPLIT), dir.resolve("../..").resolve(SPLIT))
        .map(Path::normalize)
        .filter(p -> Files.isDirectory(p.resolve("text")))
        .findFirst()
        .orElse(null);
  }

  @Test
  void firstThreeDevTexts() throws Exception {
    Path split = split();
    Assumptions.assumeTrue(
        split != null, "PolNeAR not found at ../" + SPLIT + " or ../../" + SPLIT + ": skipping");

    EvalAttribution.Result result =
        EvalAttribution.run(
            new EvalAttribution.Options(split, 3, false, "full", null, null),
            new PrintStream(PrintStream.nullOutputStream()));

    assertEquals(3, result.documents());
    // E relations in the first annotation file of each: 6 + 7 + 7.
    assertEquals(20, result.ours().goldAttributions());
    assertTrue(
        result.ours().cue().recall() >= CUE_RECALL_FLOOR,
        () -> "cue recall " + result.ours().cue() + " below " + CUE_RECALL_FLOOR);
  }
}
