package org.newsevents.tools.eval;

import java.util.ArrayList;
import java.util.List;
import org.newsevents.schema.Event;
import org.newsevents.schema.Statement;
import org.newsevents.tools.eval.AttributionScorer.Prediction;
import org.newsevents.tools.eval.BratAttributions.Attribution;

/**
 * A statement event with the prediction made from it and the index of the gold attribution that
 * prediction pairs with (-1: none).
 */
record PairedStatement(Event event, Statement statement, Prediction prediction, int gold) {

  /**
   * The statement events of one document in order, each with its prediction ({@code predicted} was
   * made from {@code events}' statements, in order) and its pair under {@code scorer}.
   */
  static List<PairedStatement> of(
      AttributionScorer scorer,
      List<Attribution> gold,
      List<Event> events,
      List<Prediction> predicted) {
    int[] pairOf = scorer.pairing(gold, predicted);
    List<PairedStatement> out = new ArrayList<>();
    int p = 0;
    for (Event event : events) {
      Statement statement = event.getStatement();
      if (statement != null) {
        out.add(new PairedStatement(event, statement, predicted.get(p), pairOf[p]));
        p++;
      }
    }
    return out;
  }
}
