package org.newsevents.tools.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsevents.tools.eval.BratAttributions.Attribution;

/**
 * Compares predicted attributions with gold ones document by document and accumulates counts: a
 * document's text, gold attributions and predictions go in; cue, source and content precision,
 * recall and F1, for all attributions and for direct quotes alone, come out.
 *
 * <p>Matching rules (also in {@code docs/eval-attribution.md}):
 *
 * <ul>
 *   <li><b>Pairs.</b> With {@link Matching#CUE}, a prediction and a gold attribution pair up when
 *       their cue spans overlap; each is paired at most once, greedily by largest character
 *       overlap. A prediction without a cue (a quote continuing the previous speaker) is then
 *       paired, by the same greedy rule on content overlap, with a gold attribution left unpaired.
 *       A cue-less prediction still unpaired then joins the gold attribution whose content it
 *       overlaps most (PolNeAR makes one attribution of a quotation in several pieces): its content
 *       tokens count for that attribution, and it is no statement of its own (it counts for neither
 *       source precision nor recall; {@code eval-attribution} already joins the pieces that name
 *       their statement in {@code continues}, see {@link JoinedPieces}). NYT-style {@code ''...''}
 *       quotations count as quoted for the direct-quote subset. With {@link Matching#CONTENT} (for
 *       systems without cues, such as CoreNLP's quote attribution) every pair is made by content
 *       overlap and no cue score is given.
 *   <li><b>Cue.</b> Correct = pairs made by cue overlap; P over predictions with a cue, R over gold
 *       attributions with a cue.
 *   <li><b>Source.</b> In a pair, the source is correct when the predicted speaker span overlaps
 *       the gold source span, or when the predicted speaker's canonical name and the gold source
 *       text are coreferent by name: the lower-cased word tokens of one are a contiguous run in the
 *       other, honorifics (Mr, Mrs, Ms, Miss, Dr) left out (so "Mr. Jones" matches "Bob Jones", but
 *       "he" does not match "Sheldon"). P = correct / predictions with a speaker; R = correct /
 *       gold attributions with a source.
 *   <li><b>Content.</b> Tokens are maximal runs of letters and digits (whitespace and punctuation
 *       separate them); a span covers every token it overlaps. P = tokens shared by the contents of
 *       paired attributions / content tokens of all predictions; R = the same / content tokens of
 *       all gold attributions.
 *   <li><b>Direct quotes.</b> The gold attributions whose content is enclosed in quotation marks
 *       (straight or curly, double or single; the marks may sit inside the span or just outside it,
 *       a closing mark may follow up to two punctuation marks) against the predictions with {@code
 *       direct == true}; the same three scores over these subsets, paired among themselves.
 *       Direct-quote speaker precision: the direct predictions with a speaker that pair (among all
 *       gold attributions) with one whose source they get right / all direct predictions with a
 *       speaker.
 * </ul>
 *
 * A score whose denominator is zero is 0.
 */
public final class AttributionScorer {

  /** How predictions pair with gold attributions. */
  public enum Matching {
    /** By cue overlap, then cue-less predictions by content overlap. */
    CUE,
    /** By content overlap only; no cue score. */
    CONTENT
  }

  /**
   * One predicted attribution: fragments as in {@link Attribution}, plus the speaker's canonical
   * name (null when unknown) and whether the content is a direct quote.
   */
  public record Prediction(
      List<int[]> source, String sourceName, List<int[]> cue, List<int[]> content, boolean direct) {

    boolean hasSource() {
      return !source.isEmpty() || sourceName != null;
    }
  }

  /** All scores so far; {@code cue} and {@code directCue} are null under content matching. */
  public record Scores(
      int documents,
      long goldAttributions,
      long predictedStatements,
      long goldDirect,
      long predictedDirect,
      Prf cue,
      Prf source,
      Prf content,
      Prf directCue,
      Prf directSource,
      Prf directContent,
      Prf directSpeaker) {}

  private static final String OPENING_MARKS = "\"“‘„«";
  private static final String CLOSING_MARKS = "\"”’»";

  private final Matching matching;
  private final Counts all = new Counts();
  private final Counts direct = new Counts();
  private long directSpeakerCorrect;
  private long directSpeakerPredicted;
  private int documents;

  public AttributionScorer(Matching matching) {
    this.matching = matching;
  }

  /** Adds one document: its text and its gold and predicted attributions. */
  public void add(String text, List<Attribution> gold, List<Prediction> predicted) {
    ScoredText document = new ScoredText(text);
    documents++;
    all.add(document, gold, predicted);

    List<Attribution> goldDirect = new ArrayList<>();
    for (Attribution a : gold) {
      if (isDirectQuote(text, a.content())) {
        goldDirect.add(a);
      }
    }
    List<Prediction> predictedDirect =
        predicted.stream().filter(Prediction::direct).collect(Collectors.toList());
    direct.add(document, goldDirect, predictedDirect);

    // Speaker precision of direct predictions, paired against all gold attributions.
    int[] pairOf = pair(gold, predicted).goldOf;
    for (int p = 0; p < predicted.size(); p++) {
      Prediction prediction = predicted.get(p);
      if (prediction.direct() && prediction.hasSource()) {
        directSpeakerPredicted++;
        if (pairOf[p] >= 0 && document.sourceCorrect(gold.get(pairOf[p]), prediction)) {
          directSpeakerCorrect++;
        }
      }
    }
  }

  public Scores scores() {
    boolean cues = matching == Matching.CUE;
    return new Scores(
        documents,
        all.gold,
        all.predicted,
        direct.gold,
        direct.predicted,
        cues ? all.cue() : null,
        all.source(),
        all.content(),
        cues ? direct.cue() : null,
        direct.source(),
        direct.content(),
        Prf.of(directSpeakerCorrect, directSpeakerPredicted, 0));
  }

  /** For each prediction, the index of the gold attribution it pairs with, or -1. */
  public int[] pairing(List<Attribution> gold, List<Prediction> predicted) {
    return pair(gold, predicted).goldOf();
  }

  /** Whether a prediction gets the source of the gold attribution it pairs with right. */
  public static boolean sourceCorrect(String text, Attribution gold, Prediction predicted) {
    return new ScoredText(text).sourceCorrect(gold, predicted);
  }

  /** Whether a content span is enclosed in quotation marks, inside or just outside the span. */
  static boolean isDirectQuote(String text, List<int[]> content) {
    if (content.isEmpty()) {
      return false;
    }
    int begin = content.stream().mapToInt(f -> f[0]).min().getAsInt();
    int end = content.stream().mapToInt(f -> f[1]).max().getAsInt();
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (begin >= end) {
      return false;
    }
    boolean opens =
        OPENING_MARKS.indexOf(text.charAt(begin)) >= 0
            || (begin > 0 && OPENING_MARKS.indexOf(text.charAt(begin - 1)) >= 0)
            || text.startsWith("''", begin)
            || text.startsWith("``", begin)
            || (begin > 1
                && (text.startsWith("''", begin - 2) || text.startsWith("``", begin - 2)));
    boolean closes =
        end - begin > 1
            && (CLOSING_MARKS.indexOf(text.charAt(end - 1)) >= 0 || text.startsWith("''", end - 2));
    // A closing mark just after the span, possibly after the sentence's own punctuation.
    for (int i = end; !closes && i < Math.min(text.length(), end + 3); i++) {
      char c = text.charAt(i);
      if (CLOSING_MARKS.indexOf(c) >= 0 || text.startsWith("''", i)) {
        closes = true;
      } else if (".,!?;:".indexOf(c) < 0) {
        break;
      }
    }
    return opens && closes;
  }

  /**
   * The pairing of one document's predictions with its gold attributions; {@code joinedTo} holds,
   * for a cue-less prediction left unpaired, the gold attribution whose content it lies in.
   */
  private record Pairing(int[] goldOf, int pairedByCue, int[] joinedTo) {}

  private Pairing pair(List<Attribution> gold, List<Prediction> predicted) {
    int[] goldOf = new int[predicted.size()];
    Arrays.fill(goldOf, -1);
    boolean[] goldUsed = new boolean[gold.size()];
    int byCue = 0;
    if (matching == Matching.CUE) {
      byCue = greedy(gold, predicted, goldOf, goldUsed, true);
    }
    greedy(gold, predicted, goldOf, goldUsed, false);
    int[] joinedTo = new int[predicted.size()];
    Arrays.fill(joinedTo, -1);
    for (int p = 0; matching == Matching.CUE && p < predicted.size(); p++) {
      if (goldOf[p] >= 0 || !predicted.get(p).cue().isEmpty()) {
        continue;
      }
      int best = 0;
      for (int g = 0; g < gold.size(); g++) {
        int overlap = overlap(gold.get(g).content(), predicted.get(p).content());
        if (overlap > best) {
          best = overlap;
          joinedTo[p] = g;
        }
      }
    }
    return new Pairing(goldOf, byCue, joinedTo);
  }

  /**
   * Pairs greedily by largest overlap of cues (byCue) or of contents; by content only predictions
   * without a cue under cue matching. Returns the number of pairs made.
   */
  private int greedy(
      List<Attribution> gold,
      List<Prediction> predicted,
      int[] goldOf,
      boolean[] goldUsed,
      boolean byCue) {
    List<int[]> candidates = new ArrayList<>(); // {overlap, gold, prediction}
    for (int p = 0; p < predicted.size(); p++) {
      Prediction prediction = predicted.get(p);
      if (goldOf[p] >= 0 || (!byCue && matching == Matching.CUE && !prediction.cue().isEmpty())) {
        continue;
      }
      for (int g = 0; g < gold.size(); g++) {
        if (goldUsed[g]) {
          continue;
        }
        int overlap =
            byCue
                ? overlap(gold.get(g).cue(), prediction.cue())
                : overlap(gold.get(g).content(), prediction.content());
        if (overlap > 0) {
          candidates.add(new int[] {overlap, g, p});
        }
      }
    }
    candidates.sort(
        Comparator.<int[]>comparingInt(c -> -c[0])
            .thenComparingInt(c -> c[1])
            .thenComparingInt(c -> c[2]));
    int pairs = 0;
    for (int[] c : candidates) {
      if (!goldUsed[c[1]] && goldOf[c[2]] < 0) {
        goldUsed[c[1]] = true;
        goldOf[c[2]] = c[1];
        pairs++;
      }
    }
    return pairs;
  }

  /** Characters shared by two fragment lists. */
  static int overlap(List<int[]> a, List<int[]> b) {
    int shared = 0;
    for (int[] x : a) {
      for (int[] y : b) {
        shared += Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
      }
    }
    return shared;
  }

  /** The gold attribution whose content shares most characters with the prediction's, or -1. */
  static int mostOverlapping(List<Attribution> gold, Prediction prediction) {
    int best = 0;
    int found = -1;
    for (int g = 0; g < gold.size(); g++) {
      int shared = overlap(gold.get(g).content(), prediction.content());
      if (shared > best) {
        best = shared;
        found = g;
      }
    }
    return found;
  }

  /** Running counts over one set of attributions (all, or direct quotes). */
  private final class Counts {
    long gold;
    long predicted;
    long cueCorrect;
    long cuePredicted;
    long cueGold;
    long sourceCorrect;
    long sourcePredicted;
    long sourceGold;
    long contentShared;
    long contentPredicted;
    long contentGold;

    void add(ScoredText document, List<Attribution> goldItems, List<Prediction> predictions) {
      gold += goldItems.size();
      predicted += predictions.size();
      Pairing pairing = pair(goldItems, predictions);
      cueCorrect += pairing.pairedByCue();
      for (Attribution a : goldItems) {
        cueGold += a.cue().isEmpty() ? 0 : 1;
        sourceGold += a.source().isEmpty() ? 0 : 1;
        contentGold += document.tokens(a.content()).size();
      }
      for (int p = 0; p < predictions.size(); p++) {
        Prediction prediction = predictions.get(p);
        cuePredicted += prediction.cue().isEmpty() ? 0 : 1;
        Set<Integer> tokens = document.tokens(prediction.content());
        contentPredicted += tokens.size();
        int joined = pairing.joinedTo()[p];
        if (joined >= 0) {
          // A further piece of a quotation whose attribution is already paired: its words count
          // for that attribution's content; it is no statement of its own.
          tokens.retainAll(document.tokens(goldItems.get(joined).content()));
          contentShared += tokens.size();
          continue;
        }
        sourcePredicted += prediction.hasSource() ? 1 : 0;
        int g = pairing.goldOf()[p];
        if (g >= 0) {
          Attribution a = goldItems.get(g);
          sourceCorrect += document.sourceCorrect(a, prediction) ? 1 : 0;
          tokens.retainAll(document.tokens(a.content()));
          contentShared += tokens.size();
        }
      }
    }

    Prf cue() {
      return Prf.of(cueCorrect, cuePredicted, cueGold);
    }

    Prf source() {
      return Prf.of(sourceCorrect, sourcePredicted, sourceGold);
    }

    Prf content() {
      return Prf.of(contentShared, contentPredicted, contentGold);
    }
  }
}
