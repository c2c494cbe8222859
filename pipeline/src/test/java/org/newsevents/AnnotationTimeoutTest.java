package org.newsevents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analysis over the time limit is cancelled, becomes an error record, and the worker goes on.
 */
class AnnotationTimeoutTest {

  @TempDir Path input;
  @TempDir Path output;

  @Test
  void everyArticleOverTheLimitBecomesATimeoutError() throws IOException {
    // A limit no analysis can meet, so every article times out: the second one shows that the
    // worker continues after the first was cancelled.
    Files.writeString(input.resolve("one.txt"), "One\n\nThe minister resigned, officials said.\n");
    Files.writeString(input.resolve("two.txt"), "Two\n\nThe talks began on Monday.\n");

    PipelineRuns.Run run =
        PipelineRuns.run(
            output, "--input=" + input, "--profile=fast", "--annotationTimeoutSeconds=0.001");

    assertEquals(
        List.of(
            "one.txt | one.txt | annotate | ANNOTATION_TIMEOUT",
            "two.txt | two.txt | annotate | ANNOTATION_TIMEOUT"),
        run.errorLines());
    assertTrue(run.articles().isEmpty());
    assertEquals(2, run.summary().inputs());
    assertTrue(run.summary().balanced());
  }
}
