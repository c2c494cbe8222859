package org.newsevents.tools.eval;

import java.util.ArrayList;
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
 * The direct predictions of a run by how their speaker was chosen and what became of them (the
 * error table behind direct-quote speaker precision): each document's text, gold attributions and
 * statement events go in; a Markdown table of counts comes out. How: own cue (a name or noun
 * phrase), own cue with a pronoun speaker, continuation of an earlier quote, the subject of the
 * sentence a cue-less quotation sits in, no speaker. Outcome: paired with a gold attribution and
 * its source right or wrong; a further piece of a quotation whose gold attribution is already
 * paired (no partner of its own for the scorer), with the speaker right or wrong for that
 * attribution; no gold partner at all.
 */
final class DirectSpeakerTable {

  static final String[] HOW = {"own cue", "own cue, pronoun", "continuation", "no speaker"};
  static final String[] OUTCOME = {
    "right speaker", "wrong speaker", "piece, speaker right", "piece, speaker wrong", "no partner"
  };

  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "me", "us");

  private final AttributionScorer scorer = new AttributionScorer(Matching.CUE);
  private final long[][] counts = new long[HOW.length][OUTCOME.length];
  private final List<String> lines = new ArrayList<>();

  /** Adds one document; {@code events} are those {@code predictions} was made from, in order. */
  void add(String text, List<Attribution> gold, List<Event> events, List<Prediction> predicted) {
    ScoredText document = new ScoredText(text);
    for (PairedStatement paired : PairedStatement.of(scorer, gold, events, predicted)) {
      Statement statement = paired.statement();
      if (!statement.getDirect()) {
        continue;
      }
      Event event = paired.event();
      Prediction prediction = paired.prediction();
      int g = paired.gold();
      int how = how(statement, event.getRule());
      int outcome;
      if (g >= 0) {
        outcome = document.sourceCorrect(gold.get(g), prediction) ? 0 : 1;
      } else {
        int piece =
            prediction.cue().isEmpty() ? AttributionScorer.mostOverlapping(gold, prediction) : -1;
        if (piece >= 0) {
          outcome = document.sourceCorrect(gold.get(piece), prediction) ? 2 : 3;
        } else {
          outcome = 4;
        }
      }
      counts[how][outcome]++;
      if (outcome != 0 && outcome != 2) {
        lines.add(line(text, event, statement, HOW[how] + ": " + OUTCOME[outcome]));
      }
    }
  }

  static int how(Statement statement, String rule) {
    Mention speaker = statement.getSpeaker();
    if (speaker == null) {
      return 3;
    }
    if (statement.getCue() == null || "quote-continuation".equals(rule)) {
      return 2;
    }
    return PRONOUNS.contains(speaker.getText().toLowerCase(Locale.ROOT)) ? 1 : 0;
  }

  /**
   * The direct predictions whose speaker is not right, as TSV lines: document, how and outcome,
   * rule, speaker (with its canonical name), cue, content.
   */
  List<String> lines() {
    return lines;
  }

  private static String line(String text, Event event, Statement statement, String kind) {
    Mention speaker = statement.getSpeaker();
    String who =
        speaker == null
            ? "∅"
            : speaker.getText()
                + (speaker.getCanonical() == null ? "" : "->" + speaker.getCanonical());
    String cue =
        statement.getCue() == null
            ? "∅"
            : text.substring(statement.getCue().getBegin(), statement.getCue().getEnd());
    String content =
        text.substring(statement.getContent().getBegin(), statement.getContent().getEnd())
            .replaceAll("\\s+", " ");
    return String.join(
        "\t",
        event.getDocId(),
        kind,
        event.getRule(),
        who,
        cue,
        content.length() <= 100 ? content : content.substring(0, 100) + "…");
  }

  long count(int how, int outcome) {
    return counts[how][outcome];
  }

  /** The table: one row per way of choosing, one column per outcome, with totals. */
  String table() {
    return CountTable.of("direct predictions: speaker chosen by", HOW, OUTCOME, counts);
  }
}
