package org.newsevents.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkOptionsTest {

  @TempDir Path corpus;

  @Test
  void parsesEveryOption() {
    BenchmarkOptions options =
        BenchmarkOptions.parse(
            new String[] {
              "--corpus=" + corpus,
              "--limit=150",
              "--profiles=full, fast,full",
              "--workers=2,1,2",
              "--runner=flink",
              "--report=bench.json"
            });

    assertEquals(
        new BenchmarkOptions(
            corpus, 150, List.of("full", "fast"), List.of(2, 1), "flink", Path.of("bench.json")),
        options);
  }

  @Test
  void defaultsAreBothProfilesOneAndTwoWorkersAllArticles() {
    BenchmarkOptions options = BenchmarkOptions.parse(new String[] {"--corpus=" + corpus});

    assertEquals(0, options.limit());
    assertEquals(List.of("fast", "full"), options.profiles());
    assertEquals(List.of(1, 2), options.workers());
    assertEquals("direct", options.runner());
    assertNull(options.report());
    assertEquals("../shared/data/bbc-news", BenchmarkOptions.DEFAULT_CORPUS);
  }

  @Test
  void rejectsWrongValuesByName() {
    String dir = "--corpus=" + corpus;
    assertEquals(
        "--workers needs a whole number of at least 1, not '0'",
        assertThrows(
                IllegalArgumentException.class,
                () -> BenchmarkOptions.parse(new String[] {dir, "--workers=0"}))
            .getMessage());
    assertEquals(
        "--limit needs a whole number of at least 0, not 'ten'",
        assertThrows(
                IllegalArgumentException.class,
                () -> BenchmarkOptions.parse(new String[] {dir, "--limit=ten"}))
            .getMessage());
    assertEquals(
        "--profiles needs at least one profile name",
        assertThrows(
                IllegalArgumentException.class,
                () -> BenchmarkOptions.parse(new String[] {dir, "--profiles=,"}))
            .getMessage());
    assertEquals(
        "--runner: one of [direct, flink], not 'spark'",
        assertThrows(
                IllegalArgumentException.class,
                () -> BenchmarkOptions.parse(new String[] {dir, "--runner=spark"}))
            .getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> BenchmarkOptions.parse(new String[] {dir, "--threads=2"}))
            .getMessage()
            .startsWith("unknown option '--threads=2'; usage: benchmark"));
    assertEquals(
        "--corpus: " + corpus.resolve("missing") + " is no directory",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    BenchmarkOptions.parse(new String[] {"--corpus=" + corpus.resolve("missing")}))
            .getMessage());
  }
}
