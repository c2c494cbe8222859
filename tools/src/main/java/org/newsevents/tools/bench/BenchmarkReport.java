package org.newsevents.tools.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's results: the measured passes of each profile go in; the side-by-side ratios, a
 * console table and a JSON report come out.
 */
record BenchmarkReport(
    String corpus,
    int files,
    String runner,
    int processors,
    long maxHeapBytes,
    double loadAverageAtEnd,
    List<BenchmarkReport.ProfileResult> profiles) {

  /** One profile: its load and its passes (bare and pipeline per worker count). */
  record ProfileResult(
      String profile,
      double modelLoadSeconds,
      double warmUpSeconds,
      long heapAfterLoadBytes,
      List<Measurement> passes) {

    /** The pass of that kind and worker count, or null. */
    Measurement pass(String kind, int workers) {
      for (Measurement m : passes) {
        if (m.kind().equals(kind) && m.workers() == workers) {
          return m;
        }
      }
      return null;
    }

    /**
     * Throughput ratios (tokens per wall second): pipeline over bare CoreNLP per worker count, and
     * most workers over fewest for each kind.
     */
    Map<String, Double> ratios() {
      Map<String, Double> ratios = new LinkedHashMap<>();
      Set<Integer> workers = new LinkedHashSet<>();
      passes.forEach(m -> workers.add(m.workers()));
      for (int w : workers) {
        Measurement bare = pass(Measurement.BARE, w);
        Measurement pipeline = pass(Measurement.PIPELINE, w);
        if (bare != null && pipeline != null) {
          ratios.put("pipeline/bare, " + w + " worker(s)", pipeline.speedRatio(bare));
        }
      }
      int fewest = workers.stream().min(Integer::compare).orElse(1);
      int most = workers.stream().max(Integer::compare).orElse(1);
      if (most > fewest) {
        for (String kind : List.of(Measurement.PIPELINE, Measurement.BARE)) {
          Measurement one = pass(kind, fewest);
          Measurement many = pass(kind, most);
          if (one != null && many != null) {
            ratios.put(kind + " " + most + "/" + fewest + " workers", many.speedRatio(one));
          }
        }
      }
      return ratios;
    }

    /** The largest heap peak of any pass. */
    long peakHeapBytes() {
      return passes.stream().mapToLong(Measurement::peakHeapBytes).max().orElse(0);
    }
  }

  /** The console table. */
  String text() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "benchmark: %s, %d articles; pipeline passes on the %s runner; %d processors; -Xmx %s;"
                + " load average %.1f at the end (other processes share the CPU: compare the"
                + " side-by-side ratios)%n",
            corpus, files, runner, processors, gb(maxHeapBytes), loadAverageAtEnd));
    for (ProfileResult p : profiles) {
      out.append(
          String.format(
              "%nprofile %s: model load %.1f s, SUTime warm-up %.1f s; heap after load %s (live,"
                  + " after GC); peak heap %s (sum of heap pools' peaks, an upper bound)%n",
              p.profile(),
              p.modelLoadSeconds(),
              p.warmUpSeconds(),
              gb(p.heapAfterLoadBytes()),
              gb(p.peakHeapBytes())));
      out.append(
          String.format(
              "  %-9s %7s %8s %6s %8s %8s %9s %8s %9s %6s %9s%n",
              "pass",
              "workers",
              "articles",
              "errors",
              "tokens",
              "wall s",
              "articles/s",
              "art/hour",
              "tokens/s",
              "tok/cpu-s",
              "peak heap"));
      for (Measurement m : p.passes()) {
        out.append(
            String.format(
                "  %-9s %7d %8d %6d %8d %8.1f %9.2f %8.0f %9.0f %6.0f %9s%n",
                m.kind(),
                m.workers(),
                m.articles(),
                m.errors(),
                m.tokens(),
                m.wallSeconds(),
                m.articlesPerSecond(),
                m.articlesPerHour(),
                m.tokensPerSecond(),
                m.tokensPerCpuSecond(),
                gb(m.peakHeapBytes())));
      }
      p.ratios().forEach((name, ratio) -> out.append(String.format("  %s: %.3f%n", name, ratio)));
      out.append("  seconds per CoreNLP annotator (summed over threads), per pass:\n");
      table(out, p.passes(), true);
      out.append("  seconds per analyzer stage (summed over threads), per pipeline pass:\n");
      table(out, p.passes().stream().filter(m -> !m.stageSeconds().isEmpty()).toList(), false);
      for (Measurement m : p.passes()) {
        Double actors = m.stageSeconds().get("actors");
        if (actors != null && m.articles() > 0 && m.cpuSeconds() > 0) {
          // In the articles, then across them (the pipeline's Share Actor Codes stage).
          double shared = m.stageSeconds().getOrDefault("shared_actors", 0.0);
          out.append(
              String.format(
                  "  actor coding, %s %d: %.1f ms per article (%.1f of them sharing codes across"
                      + " articles), %.2f%% of the pass's CPU time%n",
                  m.kind(),
                  m.workers(),
                  1000 * (actors + shared) / m.articles(),
                  1000 * shared / m.articles(),
                  100 * (actors + shared) / m.cpuSeconds()));
        }
        Double trigger = m.stageSeconds().get("trigger_model");
        Double classes = m.stageSeconds().get("class_model");
        double dates = m.stageSeconds().getOrDefault("date_model", 0.0);
        if (trigger != null && classes != null && m.articles() > 0 && m.wallSeconds() > 0) {
          // The models' time is summed over threads: set beside the pass's thread time per
          // article (wall time times workers), the profile's time per article.
          double perArticle = 1000 * m.wallSeconds() * m.workers() / m.articles();
          double all = trigger + classes + dates;
          out.append(
              String.format(
                  "  event models, %s %d: trigger %.1f + class %.1f + date %.1f = %.1f ms per"
                      + " article, %.2f%% of the pass's %.0f ms per article (wall x workers)%n",
                  m.kind(),
                  m.workers(),
                  1000 * trigger / m.articles(),
                  1000 * classes / m.articles(),
                  1000 * dates / m.articles(),
                  1000 * all / m.articles(),
                  100 * 1000 * all / m.articles() / perArticle,
                  perArticle));
        }
      }
    }
    return out.toString();
  }

  private static void table(StringBuilder out, List<Measurement> passes, boolean annotators) {
    Set<String> rows = new LinkedHashSet<>();
    passes.forEach(
        m -> rows.addAll((annotators ? m.annotatorSeconds() : m.stageSeconds()).keySet()));
    out.append(String.format("    %-28s", ""));
    passes.forEach(m -> out.append(String.format(" %12s", m.kind() + " " + m.workers())));
    out.append('\n');
    for (String row : rows) {
      out.append(String.format("    %-28s", row));
      for (Measurement m : passes) {
        Map<String, Double> seconds = annotators ? m.annotatorSeconds() : m.stageSeconds();
        out.append(String.format(" %12.1f", seconds.getOrDefault(row, 0.0)));
      }
      out.append('\n');
    }
  }

  static String gb(long bytes) {
    return String.format("%.2f GB", bytes / 1e9);
  }

  /** The report as JSON, each pass with its derived rates and each profile with its ratios. */
  void writeJson(Path file) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("corpus", corpus);
    json.put("articles", files);
    json.put("runner", runner);
    json.put("processors", processors);
    json.put("max_heap_bytes", maxHeapBytes);
    json.put("load_average_at_end", loadAverageAtEnd);
    List<Map<String, Object>> list =
        profiles.stream()
            .map(
                p -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("profile", p.profile());
                  m.put("model_load_seconds", p.modelLoadSeconds());
                  m.put("sutime_warm_up_seconds", p.warmUpSeconds());
                  m.put("heap_after_load_bytes", p.heapAfterLoadBytes());
                  m.put("peak_heap_bytes", p.peakHeapBytes());
                  m.put("ratios", p.ratios());
                  m.put("passes", p.passes().stream().map(BenchmarkReport::json).toList());
                  return m;
                })
            .toList();
    json.put("profiles", list);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
  }

  private static Map<String, Object> json(Measurement m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", m.kind());
    out.put("workers", m.workers());
    out.put("articles", m.articles());
    out.put("errors", m.errors());
    out.put("tokens", m.tokens());
    out.put("wall_seconds", m.wallSeconds());
    out.put("cpu_seconds", m.cpuSeconds());
    out.put("articles_per_second", m.articlesPerSecond());
    out.put("articles_per_hour", m.articlesPerHour());
    out.put("tokens_per_second", m.tokensPerSecond());
    out.put("tokens_per_cpu_second", m.tokensPerCpuSecond());
    out.put("peak_heap_bytes", m.peakHeapBytes());
    out.put("annotator_seconds", m.annotatorSeconds());
    out.put("stage_seconds", m.stageSeconds());
    return out;
  }
}
