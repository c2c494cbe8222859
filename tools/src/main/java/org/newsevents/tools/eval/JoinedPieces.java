package org.newsevents.tools.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.schema.Event;
import org.newsevents.tools.eval.AttributionScorer.Prediction;

/**
 * A document's statement events as scorer predictions, each further piece of a quotation (a
 * statement whose {@code continues} names another) joined to the statement it continues: one
 * prediction with that statement's cue and source and, as content, its span and the pieces' spans
 * (a discontinuous content, as PolNeAR gives a quotation in several pieces). A piece whose
 * statement is not among the events stays a prediction of its own; so does every piece when joining
 * is off.
 *
 * @param events the statement each prediction stands for, in the order of the predictions
 * @param predictions one per statement, pieces joined in
 * @param joined how many pieces were joined to another statement
 */
record JoinedPieces(List<Event> events, List<Prediction> predictions, int joined) {

  /** The statements of {@code events}, pieces joined to their statements when {@code join}. */
  static JoinedPieces of(List<Event> events, boolean join) {
    List<Event> statements = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (Event event : events) {
      if (event.getStatement() != null && !(join && continuesOne(event))) {
        index.put(event.getEventId(), statements.size());
        statements.add(event);
      }
    }
    List<Prediction> own = new ArrayList<>(EvalAttribution.predictions(statements));
    List<List<int[]>> contents = new ArrayList<>();
    for (Prediction prediction : own) {
      contents.add(new ArrayList<>(prediction.content()));
    }
    int joined = 0;
    for (Event event : events) {
      if (event.getStatement() == null || !(join && continuesOne(event))) {
        continue;
      }
      Integer parent = index.get(event.getStatement().getContinues());
      if (parent == null) {
        // Its statement is not here (none of the events): the piece stays a statement.
        index.put(event.getEventId(), statements.size());
        statements.add(event);
        Prediction alone = EvalAttribution.predictions(List.of(event)).get(0);
        own.add(alone);
        contents.add(new ArrayList<>(alone.content()));
      } else {
        contents.get(parent).addAll(EvalAttribution.predictions(List.of(event)).get(0).content());
        joined++;
      }
    }
    List<Prediction> predictions = new ArrayList<>();
    for (int p = 0; p < own.size(); p++) {
      Prediction o = own.get(p);
      List<int[]> content = List.copyOf(contents.get(p));
      predictions.add(new Prediction(o.source(), o.sourceName(), o.cue(), content, o.direct()));
    }
    return new JoinedPieces(List.copyOf(statements), List.copyOf(predictions), joined);
  }

  private static boolean continuesOne(Event event) {
    return event.getStatement().getContinues() != null;
  }
}
