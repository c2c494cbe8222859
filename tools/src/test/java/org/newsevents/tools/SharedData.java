package org.newsevents.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The corpora of {@code ../shared/data} for the tests that read them: a corpus's name goes in; its
 * directory comes out, or the test is skipped with a message naming where it was looked for (a
 * user's fresh clone has no {@code ../shared}).
 */
public final class SharedData {

  private SharedData() {}

  /**
   * {@code shared/data/<corpus>} one or two levels above the working directory (the module's or the
   * repository's), else the calling test is skipped.
   */
  public static Path corpusOrSkip(String corpus, String what) {
    Path user = Path.of(System.getProperty("user.dir"));
    List<Path> candidates =
        List.of(
            user.resolve("../shared/data/" + corpus).normalize(),
            user.resolve("../../shared/data/" + corpus).normalize());
    Path found = candidates.stream().filter(Files::isDirectory).findFirst().orElse(null);
    Assumptions.assumeTrue(found != null, what + " not found at " + candidates + ": skipping");
    return found;
  }
}
