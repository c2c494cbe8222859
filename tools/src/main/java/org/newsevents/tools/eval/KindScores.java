package org.newsevents.tools.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.schema.Event;
import org.newsevents.schema.StatementKind;
import org.newsevents.tools.eval.AttributionScorer.Matching;
import org.newsevents.tools.eval.AttributionScorer.Scores;

/**
 * The precision of our statements of each kind alone (SPEECH, WRITTEN, ...): a document's gold
 * attributions and our events go in; for each kind, the statements of that kind are scored against
 * all gold attributions, so that precision says how many of them are right (recall means little:
 * the gold has every kind). PolNeAR marks no kind, so a kind's own correctness is not scored.
 */
final class KindScores {

  private final Map<StatementKind, AttributionScorer> scorers = new LinkedHashMap<>();

  KindScores() {
    for (StatementKind kind : StatementKind.values()) {
      scorers.put(kind, new AttributionScorer(Matching.CUE));
    }
  }

  void add(String text, List<BratAttributions.Attribution> gold, List<Event> events) {
    for (Map.Entry<StatementKind, AttributionScorer> entry : scorers.entrySet()) {
      List<Event> ofKind = new ArrayList<>();
      for (Event event : events) {
        if (event.getStatement() != null && event.getStatement().getKind() == entry.getKey()) {
          ofKind.add(event);
        }
      }
      entry.getValue().add(text, gold, EvalAttribution.predictions(ofKind));
    }
  }

  /** The scores of each kind, in the enum's order. */
  Map<StatementKind, Scores> scores() {
    Map<StatementKind, Scores> out = new LinkedHashMap<>();
    scorers.forEach((kind, scorer) -> out.put(kind, scorer.scores()));
    return out;
  }

  /**
   * A Markdown table: per kind, the statements predicted and the precision of cue, source, content.
   */
  static String table(Map<StatementKind, Scores> byKind) {
    StringBuilder out = new StringBuilder();
    out.append("\nPrecision of each statement kind alone (against all gold attributions):\n\n");
    out.append("| kind | predicted statements | cue P | source P | content P |\n");
    out.append("|---|---|---|---|---|\n");
    byKind.forEach(
        (kind, s) ->
            out.append(
                String.format(
                    "| %s | %d | %.3f | %.3f | %.3f |%n",
                    kind,
                    s.predictedStatements(),
                    s.cue().precision(),
                    s.source().precision(),
                    s.content().precision())));
    return out.toString();
  }

  static Map<String, Object> json(Map<StatementKind, Scores> byKind) {
    Map<String, Object> out = new LinkedHashMap<>();
    byKind.forEach(
        (kind, s) -> {
          Map<String, Object> one = new LinkedHashMap<>();
          one.put("predictedStatements", s.predictedStatements());
          one.put("cuePrecision", s.cue().precision());
          one.put("sourcePrecision", s.source().precision());
          one.put("contentPrecision", s.content().precision());
          out.put(kind.name(), one);
        });
    return out;
  }
}
