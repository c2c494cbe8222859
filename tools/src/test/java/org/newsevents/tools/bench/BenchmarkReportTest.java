package org.newsevents.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkReportTest {

  @TempDir Path dir;

  private static Measurement pass(String kind, int workers, long tokens, double wall) {
    return new Measurement(
        kind,
        "fast",
        workers,
        100,
        0,
        tokens,
        wall,
        wall * workers,
        2_000_000_000L + workers,
        Map.of("NERCombinerAnnotator", 10.0),
        kind.equals(Measurement.BARE)
            ? Map.of()
            : Map.of(
                "annotate",
                9.0,
                "actors",
                2.0,
                "shared_actors",
                0.5,
                "trigger_model",
                0.3,
                "class_model",
                0.1,
                "date_model",
                0.05));
  }

  // 44,000 tokens: bare 1 thread 100 s, pipeline 1 worker 104 s, bare 2 threads 55 s, pipeline 2
  // workers 58 s.
  private static final BenchmarkReport.ProfileResult FAST =
      new BenchmarkReport.ProfileResult(
          "fast",
          12.5,
          1.5,
          1_200_000_000L,
          List.of(
              pass(Measurement.BARE, 1, 44_000, 100),
              pass(Measurement.PIPELINE, 1, 44_000, 104),
              pass(Measurement.BARE, 2, 44_000, 55),
              pass(Measurement.PIPELINE, 2, 44_000, 58)));

  @Test
  void ratesOfOnePass() {
    Measurement m = pass(Measurement.PIPELINE, 2, 44_000, 50);

    assertEquals(2.0, m.articlesPerSecond(), 1e-9);
    assertEquals(7200.0, m.articlesPerHour(), 1e-9);
    assertEquals(880.0, m.tokensPerSecond(), 1e-9);
    assertEquals(440.0, m.tokensPerCpuSecond(), 1e-9);
  }

  @Test
  void ratiosCompareSideBySidePasses() {
    Map<String, Double> ratios = FAST.ratios();

    assertEquals(
        List.of(
            "pipeline/bare, 1 worker(s)",
            "pipeline/bare, 2 worker(s)",
            "pipeline 2/1 workers",
            "bare 2/1 workers"),
        List.copyOf(ratios.keySet()));
    assertEquals(100.0 / 104, ratios.get("pipeline/bare, 1 worker(s)"), 1e-9);
    assertEquals(55.0 / 58, ratios.get("pipeline/bare, 2 worker(s)"), 1e-9);
    assertEquals(104.0 / 58, ratios.get("pipeline 2/1 workers"), 1e-9);
    assertEquals(100.0 / 55, ratios.get("bare 2/1 workers"), 1e-9);
    assertEquals(2_000_000_002L, FAST.peakHeapBytes());
  }

  @Test
  void oneWorkerCountGivesOnlyThePipelineOverBareRatio() {
    BenchmarkReport.ProfileResult one =
        new BenchmarkReport.ProfileResult(
            "fast",
            1,
            1,
            1,
            List.of(pass(Measurement.BARE, 2, 1000, 10), pass(Measurement.PIPELINE, 2, 1000, 20)));

    assertEquals(Map.of("pipeline/bare, 2 worker(s)", 0.5), one.ratios());
  }

  @Test
  void textAndJsonCarryTheNumbers() throws Exception {
    BenchmarkReport report =
        new BenchmarkReport("corpus", 100, "direct", 2, 3_000_000_000L, 4.25, List.of(FAST));
    String text = report.text();

    assertTrue(
        text.contains(
            "corpus, 100 articles; pipeline passes on the direct runner; 2 processors; -Xmx 3.00 GB;"
                + " load average 4.3"),
        text);
    assertTrue(text.contains("profile fast: model load 12.5 s, SUTime warm-up 1.5 s"), text);
    assertTrue(text.contains("  pipeline/bare, 2 worker(s): 0.948\n"), text);
    assertTrue(text.contains("  pipeline 2/1 workers: 1.793\n"), text);
    // 2 s of actor coding in the articles and 0.5 s across them over 100 articles; the 2-worker
    // pass used 116 CPU seconds.
    assertTrue(
        text.contains(
            "  actor coding, pipeline 2: 25.0 ms per article (5.0 of them sharing codes across"
                + " articles), 2.16% of the pass's CPU time\n"),
        text);
    // 0.3 s of trigger model, 0.1 s of class model and 0.05 s of date model over 100 articles;
    // the 2-worker pass took 58 s of wall time on 2 workers, 1,160 ms per article.
    assertTrue(
        text.contains(
            "  event models, pipeline 2: trigger 3.0 + class 1.0 + date 0.5 = 4.5 ms per article,"
                + " 0.39% of the pass's 1160 ms per article (wall x workers)\n"),
        text);

    Path file = dir.resolve("report.json");
    report.writeJson(file);
    JsonNode json = new ObjectMapper().readTree(file.toFile());
    JsonNode fast = json.get("profiles").get(0);
    assertEquals(12.5, fast.get("model_load_seconds").asDouble());
    assertEquals(
        100.0 / 104, fast.get("ratios").get("pipeline/bare, 1 worker(s)").asDouble(), 1e-9);
    assertEquals(
        44_000.0 / 104, fast.get("passes").get(1).get("tokens_per_second").asDouble(), 1e-9);
    assertEquals(
        3600.0 * 100 / 58, fast.get("passes").get(3).get("articles_per_hour").asDouble(), 1e-6);
  }
}
