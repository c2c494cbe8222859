package org.newsevents.tools.eval;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsevents.nlp.attribution.CueFeatures;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.statements.LearnedCues;
import org.newsevents.nlp.statements.StatementExtractor;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.text.Coreference;
import org.newsevents.tools.eval.AttributionScorer.Matching;
import org.newsevents.tools.eval.AttributionScorer.Prediction;
import org.newsevents.tools.eval.BratAttributions.Attribution;

/**
 * Where cue recall is lost (the error table of {@code eval-attribution --cue-losses}): each
 * document's annotated text, gold attributions and predictions go in; the gold attributions no
 * prediction pairs with come out counted by cause and by the shape of their gold cue, with a few
 * examples of each cause. Causes, first that applies: a statement whose cue overlaps the gold cue
 * pairs with another gold attribution; a statement with most of the gold content has another cue; a
 * rules' cue in the gold cue made no statement; the cue model took a token of the gold cue for a
 * cue but no statement was made (with the reason {@link LearnedCues.Trace} gives); the model scored
 * the gold cue's tokens below its threshold (by the best score); no token of the gold cue was a
 * candidate at all.
 */
final class CueLosses {

  private static final int EXAMPLES = 4;

  private final StatementExtractor extractor;
  private final Lexicons lexicons;
  private final AttributionScorer scorer = new AttributionScorer(Matching.CUE);
  private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
  private final Map<String, List<String>> examples = new TreeMap<>();
  private final Map<String, Integer> shapes = new TreeMap<>();
  private final List<String> lines = new ArrayList<>();
  private int missed;

  CueLosses(StatementExtractor extractor, Lexicons lexicons) {
    this.extractor = extractor;
    this.lexicons = lexicons;
  }

  void add(String name, AnnotatedText text, List<Attribution> gold, List<Prediction> predicted) {
    int[] goldOf = scorer.pairing(gold, predicted);
    boolean[] paired = new boolean[gold.size()];
    for (int g : goldOf) {
      if (g >= 0) {
        paired[g] = true;
      }
    }
    LearnedCues.Trace trace = new LearnedCues.Trace();
    List<StatementExtractor.Found> found = extractor.extract(text, new Coreference(text), trace);
    Map<Integer, String> ruleCues = new LinkedHashMap<>();
    for (StatementExtractor.Found f : found) {
      if (f.cue() != null && !f.rule().startsWith("model:")) {
        ruleCues.put(f.cue().beginPosition(), f.rule());
      }
    }
    String body = text.body();
    for (int g = 0; g < gold.size(); g++) {
      Attribution a = gold.get(g);
      if (paired[g] || a.cue().isEmpty()) {
        continue;
      }
      missed++;
      String cause = cause(text, a, predicted, ruleCues, trace);
      String shape = shape(text, a);
      counts.computeIfAbsent(cause, k -> new TreeMap<>()).merge(shape, 1, Integer::sum);
      shapes.merge(shape, 1, Integer::sum);
      List<String> list = examples.computeIfAbsent(cause, k -> new ArrayList<>());
      String example = name + ": [" + spans(body, a.cue()) + "] " + excerpt(body, a);
      if (list.size() < EXAMPLES) {
        list.add(example);
      }
      lines.add("LOSS\t" + cause + "\t" + shape + "\t" + example);
    }
  }

  private String cause(
      AnnotatedText text,
      Attribution a,
      List<Prediction> predicted,
      Map<Integer, String> ruleCues,
      LearnedCues.Trace trace) {
    for (Prediction p : predicted) {
      if (overlaps(p.cue(), a.cue())) {
        return "d1 statement at the cue, paired with another gold attribution";
      }
    }
    for (Prediction p : predicted) {
      if (!p.cue().isEmpty() && overlapShare(a.content(), p.content()) >= 0.5) {
        return "d2 statement of this content, another cue";
      }
    }
    String outcome = null;
    double best = -1;
    boolean candidate = false;
    boolean rule = false;
    for (CoreLabel token : tokens(text, a.cue())) {
      int begin = token.beginPosition();
      rule |= ruleCues.containsKey(begin);
      if (trace.outcome.containsKey(begin) && outcome == null) {
        outcome = trace.outcome.get(begin);
      }
      if (trace.probability.containsKey(begin)) {
        best = Math.max(best, trace.probability.get(begin));
      }
      candidate |= CueFeatures.candidate(token);
    }
    if (rule) {
      return "c0 a rules' cue, no statement paired";
    }
    if (outcome != null) {
      return "c model cue, no statement: " + outcome;
    }
    if (best >= 0) {
      return String.format(
          Locale.ROOT,
          "b model below threshold, best P %s",
          best < 0.1 ? "< 0.1" : best < 0.2 ? "0.1-0.2" : "0.2 or more");
    }
    return candidate ? "a candidate never asked (a rules' token?)" : "a no candidate token";
  }

  /** The gold cue's shape: according to, punctuation, several words, else its word class. */
  private String shape(AnnotatedText text, Attribution a) {
    String words = spans(text.body(), a.cue()).toLowerCase(Locale.ROOT);
    if (words.contains("according")) {
      return "according to";
    }
    List<CoreLabel> tokens = tokens(text, a.cue());
    List<CoreLabel> wordsOnly = new ArrayList<>();
    for (CoreLabel t : tokens) {
      if (Character.isLetterOrDigit(t.word().charAt(0))) {
        wordsOnly.add(t);
      }
    }
    if (wordsOnly.isEmpty()) {
      return "punctuation (colon, quote mark)";
    }
    if (wordsOnly.size() > 1) {
      return "several words";
    }
    CoreLabel t = wordsOnly.get(0);
    String tag = t.tag() == null ? "" : t.tag();
    String lemma = t.lemma() == null ? t.word() : t.lemma();
    if (tag.startsWith("NN")) {
      return "noun";
    }
    if (tag.startsWith("VB")) {
      return lexicons.cues(lemma.toLowerCase(Locale.ROOT)).isEmpty()
          ? "verb, not in the lexicon"
          : "verb in the lexicon";
    }
    return "other word (adjective, preposition)";
  }

  private static List<CoreLabel> tokens(AnnotatedText text, List<int[]> spans) {
    List<CoreLabel> out = new ArrayList<>();
    for (int[] span : spans) {
      int s = text.sentenceAt(span[0]);
      if (s < 0) {
        continue;
      }
      for (CoreLabel token : text.tokens(s)) {
        if (token.beginPosition() < span[1] && token.endPosition() > span[0]) {
          out.add(token);
        }
      }
    }
    return out;
  }

  private static boolean overlaps(List<int[]> a, List<int[]> b) {
    for (int[] x : a) {
      for (int[] y : b) {
        if (x[0] < y[1] && y[0] < x[1]) {
          return true;
        }
      }
    }
    return false;
  }

  /** The share of the gold spans' characters that the predicted spans cover. */
  private static double overlapShare(List<int[]> gold, List<int[]> predicted) {
    long all = 0;
    long covered = 0;
    for (int[] g : gold) {
      all += g[1] - g[0];
      for (int[] p : predicted) {
        covered += Math.max(0, Math.min(g[1], p[1]) - Math.max(g[0], p[0]));
      }
    }
    return all == 0 ? 0 : (double) covered / all;
  }

  private static String spans(String body, List<int[]> spans) {
    StringBuilder out = new StringBuilder();
    for (int[] s : spans) {
      out.append(out.length() == 0 ? "" : " … ").append(body, s[0], Math.min(body.length(), s[1]));
    }
    return out.toString().replaceAll("\\s+", " ");
  }

  private static String excerpt(String body, Attribution a) {
    int begin = a.cue().get(0)[0];
    for (List<int[]> part : List.of(a.source(), a.content())) {
      for (int[] s : part) {
        begin = Math.min(begin, s[0]);
      }
    }
    begin = Math.max(0, Math.max(begin, a.cue().get(0)[0] - 90));
    int end = Math.min(body.length(), a.cue().get(0)[1] + 90);
    return body.substring(begin, end).replaceAll("\\s+", " ");
  }

  /** One TSV line per missed attribution: LOSS, cause, shape, example. */
  List<String> lines() {
    return lines;
  }

  String table() {
    List<String> columns = new ArrayList<>(shapes.keySet());
    StringBuilder out = new StringBuilder();
    out.append(String.format("%nMissed gold attributions with a cue, by cause: %d%n%n", missed));
    out.append("| cause | all");
    for (String c : columns) {
      out.append(" | ").append(c);
    }
    out.append(" |\n|---|---");
    out.append("|---".repeat(columns.size())).append("|\n");
    for (Map.Entry<String, Map<String, Integer>> row : counts.entrySet()) {
      int all = row.getValue().values().stream().mapToInt(Integer::intValue).sum();
      out.append("| ").append(row.getKey()).append(" | ").append(all);
      for (String c : columns) {
        out.append(" | ").append(row.getValue().getOrDefault(c, 0));
      }
      out.append(" |\n");
    }
    out.append("| all | ").append(missed);
    for (String c : columns) {
      out.append(" | ").append(shapes.get(c));
    }
    out.append(" |\n\nExamples (document: [gold cue] text around it):\n");
    for (Map.Entry<String, List<String>> e : examples.entrySet()) {
      out.append(e.getKey()).append('\n');
      for (String line : e.getValue()) {
        out.append("  ").append(line).append('\n');
      }
    }
    return out.toString();
  }
}
