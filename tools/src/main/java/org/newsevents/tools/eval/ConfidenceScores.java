package org.newsevents.tools.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsevents.nlp.attribution.StatementConfidence;
import org.newsevents.schema.Event;
import org.newsevents.tools.eval.AttributionScorer.Matching;
import org.newsevents.tools.eval.AttributionScorer.Prediction;
import org.newsevents.tools.eval.AttributionScorer.Scores;

/**
 * Statement confidence on an evaluation: a document's gold attributions and our events go in; the
 * reliability table (is the confidence calibrated?) and the scores of the statements kept at each
 * of a few {@code --minStatementConfidence} thresholds come out.
 */
final class ConfidenceScores {

  /** Thresholds whose scores are printed (0 = every statement, the default). */
  static final double[] THRESHOLDS = {0, 0.2, 0.3, 0.4, 0.5, 0.6};

  private final Reliability reliability = new Reliability();
  private final StatementCorrectness correctness = new StatementCorrectness();
  private final Map<Double, AttributionScorer> kept = new LinkedHashMap<>();
  private long scoringNanos;
  private int documents;

  ConfidenceScores() {
    for (double t : THRESHOLDS) {
      kept.put(t, new AttributionScorer(Matching.CUE));
    }
  }

  void add(String text, List<BratAttributions.Attribution> gold, List<Event> events) {
    List<Event> statements = new ArrayList<>();
    for (Event event : events) {
      if (event.getStatement() != null) {
        statements.add(event);
      }
    }
    // The model's own cost: the records scored again, timed alone.
    StatementConfidence model = StatementConfidence.standard();
    if (model != null) {
      long start = System.nanoTime();
      model.score(events, text);
      scoringNanos += System.nanoTime() - start;
    }
    documents++;
    List<Prediction> predicted = EvalAttribution.predictions(statements);
    boolean[] right = correctness.labels(text, gold, predicted);
    for (int i = 0; i < statements.size(); i++) {
      reliability.add(statements.get(i).getStatement().getConfidence(), right[i]);
    }
    for (Map.Entry<Double, AttributionScorer> entry : kept.entrySet()) {
      List<Event> above = new ArrayList<>();
      for (Event event : statements) {
        Double p = event.getStatement().getConfidence();
        if (entry.getKey() == 0 || (p != null && p >= entry.getKey())) {
          above.add(event);
        }
      }
      entry.getValue().add(text, gold, EvalAttribution.predictions(above));
    }
  }

  Reliability reliability() {
    return reliability;
  }

  /** The reliability table, then cue, source and content at each threshold. */
  String table() {
    StringBuilder out = new StringBuilder(reliability.table());
    out.append(
        String.format(
            Locale.ROOT,
            "statement confidence model: %.3f ms per text%n",
            scoringNanos / 1e6 / Math.max(1, documents)));
    out.append("\nStatements kept at --minStatementConfidence (P / R / F1):\n\n");
    out.append("| min confidence | statements | cue | source | content (tokens) |\n");
    out.append("|---|---|---|---|---|\n");
    kept.forEach(
        (t, scorer) -> {
          Scores s = scorer.scores();
          out.append(
              String.format(
                  Locale.ROOT,
                  "| %.1f | %d | %s | %s | %s |%n",
                  t,
                  s.predictedStatements(),
                  prf(s.cue()),
                  prf(s.source()),
                  prf(s.content())));
        });
    return out.toString();
  }

  private static String prf(Prf p) {
    return String.format(Locale.ROOT, "%.3f / %.3f / %.3f", p.precision(), p.recall(), p.f1());
  }

  Map<String, Object> json() {
    Map<String, Object> out = new LinkedHashMap<>(reliability.json());
    Map<String, Object> byThreshold = new LinkedHashMap<>();
    kept.forEach(
        (t, scorer) -> {
          Scores s = scorer.scores();
          Map<String, Object> one = new LinkedHashMap<>();
          one.put("predictedStatements", s.predictedStatements());
          one.put("cue", s.cue().json());
          one.put("source", s.source().json());
          one.put("content", s.content().json());
          byThreshold.put(String.format(Locale.ROOT, "%.1f", t), one);
        });
    out.put("keptAtMinConfidence", byThreshold);
    return out;
  }
}
