package org.newsevents.tools.eval;

import java.util.List;
import java.util.Set;
import org.newsevents.tools.eval.AttributionScorer.Matching;
import org.newsevents.tools.eval.AttributionScorer.Prediction;
import org.newsevents.tools.eval.BratAttributions.Attribution;

/**
 * Whether each predicted statement is right, by the scorer's rules (the label of the statement
 * confidence model): a document's text, gold attributions and predictions go in; one boolean per
 * prediction comes out. A prediction is right when it pairs with a gold attribution as the scorer
 * pairs them (cue overlap; a cue-less quotation by content overlap, or as a further piece of the
 * gold quotation whose content it overlaps most), its source is right by the scorer's rule (or it
 * has none and the gold has none), and at least half of its content tokens lie in the gold content.
 */
public final class StatementCorrectness {

  private final AttributionScorer scorer = new AttributionScorer(Matching.CUE);

  /** One label per prediction, in order. */
  public boolean[] labels(String text, List<Attribution> gold, List<Prediction> predicted) {
    ScoredText document = new ScoredText(text);
    int[] pairOf = scorer.pairing(gold, predicted);
    boolean[] out = new boolean[predicted.size()];
    for (int p = 0; p < predicted.size(); p++) {
      Prediction prediction = predicted.get(p);
      int g = pairOf[p];
      if (g < 0 && prediction.cue().isEmpty()) {
        g = AttributionScorer.mostOverlapping(gold, prediction);
      }
      if (g < 0) {
        continue;
      }
      Attribution a = gold.get(g);
      boolean source =
          prediction.hasSource() ? document.sourceCorrect(a, prediction) : a.source().isEmpty();
      Set<Integer> tokens = document.tokens(prediction.content());
      int all = tokens.size();
      tokens.retainAll(document.tokens(a.content()));
      out[p] = source && all > 0 && 2 * tokens.size() >= all;
    }
    return out;
  }
}
