package org.newsevents.tools.eval;

import java.util.ArrayList;
import java.util.List;
import org.newsevents.tools.eval.AttributionScorer.Prediction;
import org.newsevents.tools.eval.BratAttributions.Attribution;

/**
 * Lists a system's errors for analysis: documents with gold and predicted attributions go in; TSV
 * lines (document, kind, gold source|cue|content, predicted source|cue|content) come out. Kinds:
 * MISSED (gold unpaired), SPURIOUS (prediction unpaired), WRONG_SOURCE and NO_SPEAKER (a pair whose
 * gold source the prediction gets wrong or lacks), and CONTENT (a pair made by cue overlap whose
 * content tokens differ; a fifth column gives the character spans of the gold content, the
 * predicted content, the gold source and both cues, for a content-boundary analysis).
 */
final class ErrorLines {

  private static final int CONTENT_CHARS = 100;

  private final List<String> lines = new ArrayList<>();

  ErrorLines() {
    lines.add("document\tkind\tgold source | cue | content\tpredicted source | cue | content");
  }

  void add(AttributionScorer scorer, PolnearCorpus.Document document, List<Prediction> predicted) {
    String text = document.text();
    ScoredText scored = new ScoredText(text);
    List<Attribution> gold = document.gold();
    int[] goldOf = scorer.pairing(gold, predicted);
    boolean[] paired = new boolean[gold.size()];
    for (int p = 0; p < predicted.size(); p++) {
      Prediction prediction = predicted.get(p);
      int g = goldOf[p];
      if (g < 0) {
        line(document, "SPURIOUS", null, prediction);
        continue;
      }
      paired[g] = true;
      Attribution a = gold.get(g);
      if (!a.source().isEmpty() && !AttributionScorer.sourceCorrect(text, a, prediction)) {
        line(document, prediction.hasSource() ? "WRONG_SOURCE" : "NO_SPEAKER", a, prediction);
      }
      if (!a.cue().isEmpty()
          && AttributionScorer.overlap(a.cue(), prediction.cue()) > 0
          && !scored.tokens(a.content()).equals(scored.tokens(prediction.content()))) {
        line(
            document,
            "CONTENT",
            a,
            prediction,
            String.join(
                " ",
                "G=" + spans(a.content()),
                "P=" + spans(prediction.content()),
                "S=" + spans(a.source()),
                "C=" + spans(a.cue()),
                "PC=" + spans(prediction.cue())));
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!paired[g]) {
        line(document, "MISSED", gold.get(g), null);
      }
    }
  }

  List<String> lines() {
    return lines;
  }

  /** One TSV line; {@code extra} columns (if any) after the predicted one. */
  private void line(
      PolnearCorpus.Document document, String kind, Attribution a, Prediction p, String... extra) {
    String text = document.text();
    String gold =
        a == null
            ? "-"
            : String.join(
                " | ",
                text(text, a.source(), 60),
                text(text, a.cue(), 60),
                text(text, a.content(), CONTENT_CHARS));
    String predicted =
        p == null
            ? "-"
            : String.join(
                " | ",
                text(text, p.source(), 60) + (p.sourceName() == null ? "" : "->" + p.sourceName()),
                text(text, p.cue(), 60),
                text(text, p.content(), CONTENT_CHARS));
    List<String> columns = new ArrayList<>(List.of(document.name(), kind, gold, predicted));
    columns.addAll(List.of(extra));
    lines.add(String.join("\t", columns));
  }

  private static String spans(List<int[]> fragments) {
    StringBuilder out = new StringBuilder();
    for (int[] f : fragments) {
      out.append(out.length() == 0 ? "" : ",").append(f[0]).append('-').append(f[1]);
    }
    return out.toString();
  }

  private static String text(String text, List<int[]> fragments, int max) {
    if (fragments.isEmpty()) {
      return "∅";
    }
    StringBuilder out = new StringBuilder();
    for (int[] f : fragments) {
      out.append(out.length() == 0 ? "" : " … ").append(text, f[0], f[1]);
    }
    String s = out.toString().replaceAll("\\s+", " ");
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
