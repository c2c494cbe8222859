package org.newsevents.tools.eval;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Statement;
import org.newsevents.tools.eval.AttributionScorer.Matching;
import org.newsevents.tools.eval.AttributionScorer.Prediction;
import org.newsevents.tools.eval.BratAttributions.Attribution;

/**
 * The paired attributions of a run by how the predicted source was chosen and whether it is right
 * (the error table behind source accuracy): each document's text, gold attributions and statement
 * events go in; two Markdown tables of counts come out. How, read off the record: the rule
 * (according to, colon, reporting noun, continuation) and the speaker mention (a personal pronoun
 * with or without a canonical name, a relative pronoun, a "by" phrase, else the subject of the
 * cue); outcome: right, wrong, or no speaker. The wrong ones by kind: gold a relative or personal
 * pronoun we gave another mention for, ours a pronoun named wrong or not at all, a mention sharing
 * a word with the gold's (a person for their organisation or the reverse, part of a name), one next
 * to it, another one.
 */
final class SourceTable {

  static final String[] HOW = {
    "subject of cue",
    "pronoun, resolved",
    "pronoun, unresolved",
    "relative pronoun",
    "according to",
    "passive by-agent",
    "colon",
    "reporting noun",
    "continuation",
    "none"
  };
  static final String[] OUTCOME = {"source right", "source wrong", "no speaker"};
  static final String[] KIND = {
    "gold a relative pronoun (who, which)",
    "gold a personal pronoun, ours another mention",
    "ours a pronoun, named wrong or not named",
    "ours shares a word with the gold (person vs organisation, part of a name)",
    "ours next to the gold (span off)",
    "another mention"
  };

  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "me", "us");
  private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom");

  private final AttributionScorer scorer = new AttributionScorer(Matching.CUE);
  private final long[][] counts = new long[HOW.length][OUTCOME.length];
  private final long[] kinds = new long[KIND.length];

  /** Adds one document; {@code events} are those {@code predictions} was made from, in order. */
  void add(String text, List<Attribution> gold, List<Event> events, List<Prediction> predicted) {
    ScoredText document = new ScoredText(text);
    for (PairedStatement paired : PairedStatement.of(scorer, gold, events, predicted)) {
      Statement statement = paired.statement();
      int g = paired.gold();
      if (g < 0 || gold.get(g).source().isEmpty()) {
        continue;
      }
      int how = how(text, statement, paired.event().getRule());
      if (statement.getSpeaker() == null) {
        counts[how][2]++;
      } else if (document.sourceCorrect(gold.get(g), paired.prediction())) {
        counts[how][0]++;
      } else {
        counts[how][1]++;
        kinds[kind(text, gold.get(g), statement.getSpeaker())]++;
      }
    }
  }

  static int how(String text, Statement statement, String rule) {
    Mention speaker = statement.getSpeaker();
    String r = rule == null ? "" : rule.replaceFirst("^model:", "");
    if (speaker == null) {
      return 9;
    }
    if (statement.getCue() == null || r.equals("quote-continuation")) {
      return 8;
    }
    String word = speaker.getText().strip().toLowerCase(Locale.ROOT);
    if (r.equals("according-to")) {
      return 4;
    }
    if (r.equals("colon")) {
      return 6;
    }
    if (r.equals("noun-cue")) {
      return 7;
    }
    if (PRONOUNS.contains(word)) {
      return speaker.getCanonical() == null ? 2 : 1;
    }
    if (RELATIVES.contains(word)) {
      return 3;
    }
    String before = text.substring(Math.max(0, speaker.getBegin() - 3), speaker.getBegin());
    return before.toLowerCase(Locale.ROOT).equals("by ") ? 5 : 0;
  }

  static int kind(String text, Attribution gold, Mention speaker) {
    int[] g = gold.source().get(0);
    String goldText = text.substring(g[0], g[1]).strip().toLowerCase(Locale.ROOT);
    String ours = speaker.getText().strip().toLowerCase(Locale.ROOT);
    if (RELATIVES.contains(goldText)) {
      return 0;
    }
    if (PRONOUNS.contains(goldText)) {
      return 1;
    }
    if (PRONOUNS.contains(ours)) {
      return 2;
    }
    Set<String> goldWords = new HashSet<>(Arrays.asList(goldText.split("[^\\p{L}\\p{N}]+")));
    String name = speaker.getCanonical() == null ? ours : ours + " " + speaker.getCanonical();
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 2 && goldWords.contains(w)) {
        return 3;
      }
    }
    int gap =
        Math.max(
            speaker.getBegin() - gold.source().get(gold.source().size() - 1)[1],
            g[0] - speaker.getEnd());
    return gap <= 3 ? 4 : 5;
  }

  long count(int how, int outcome) {
    return counts[how][outcome];
  }

  long kind(int kind) {
    return kinds[kind];
  }

  /** The two tables: how x outcome with totals, and the wrong ones by kind. */
  String table() {
    String chosen = CountTable.of("paired attributions: source chosen by", HOW, OUTCOME, counts);
    StringBuilder out = new StringBuilder(chosen);
    out.append("\n| wrong sources by kind | pairs |\n|---|---|\n");
    for (int k = 0; k < KIND.length; k++) {
      out.append("| ").append(KIND[k]).append(" | ").append(kinds[k]).append(" |\n");
    }
    return out.toString();
  }
}
