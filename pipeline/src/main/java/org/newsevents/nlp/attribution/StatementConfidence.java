package org.newsevents.nlp.attribution;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsevents.records.ShallowCopies;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Span;
import org.newsevents.schema.Statement;

/**
 * How likely a statement is right (models/attribution/statement-confidence.tsv, a logistic model
 * trained on PolNeAR train by {@code train-attribution --part=confidence}, where a statement is
 * right when cue, source and content match a gold attribution): a statement record and its
 * article's body go in; a probability in [0, 1] comes out. The features are what extraction knows:
 * the rule that found the statement, its kind, direct or not, whether it has a cue and what cue
 * word, what its speaker is (none, a pronoun, a name, another noun phrase), the length of its
 * content and where the cue stands.
 */
public final class StatementConfidence {

  public static final String RESOURCE = "newsevents/attribution/statement-confidence.tsv";

  private static final StatementConfidence STANDARD =
      ModelTables.load(RESOURCE, StatementConfidence::read);

  private static final Set<String> PRONOUNS =
      Set.of(
          "i", "me", "he", "she", "it", "they", "we", "you", "him", "her", "them", "us", "who",
          "this", "that", "which");

  private final Map<String, Double> weights;

  public StatementConfidence(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** The shipped model, or null when models/attribution has none. */
  public static StatementConfidence standard() {
    return STANDARD;
  }

  /** The probability that the statement of this record is right. */
  public double confidence(Event event, String body) {
    return probability(features(event, body));
  }

  /** The probability that a statement with these features is right. */
  public double probability(List<String> features) {
    double sum = 0;
    for (String feature : features) {
      sum += weights.getOrDefault(feature, 0.0);
    }
    return 1 / (1 + Math.exp(-sum));
  }

  /** The records with a confidence on each statement (other records unchanged). */
  public List<Event> score(List<Event> events, String body) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event event : events) {
      Statement s = event.getStatement();
      if (s == null) {
        out.add(event);
      } else {
        double p = Math.round(confidence(event, body) * 1000) / 1000.0;
        Statement scored = ShallowCopies.of(s);
        scored.setConfidence(p);
        Event copy = ShallowCopies.of(event);
        copy.setStatement(scored);
        out.add(copy);
      }
    }
    return out;
  }

  /** The features of a statement record (the same at training and at extraction). */
  public static List<String> features(Event event, String body) {
    Statement s = event.getStatement();
    List<String> out = new ArrayList<>();
    String rule = event.getRule() == null ? "" : event.getRule().toString();
    String kind = s.getKind().name();
    String speaker = speakerType(s.getSpeaker());
    String form = s.getDirect() ? "direct" : "indirect";
    out.add("bias");
    out.add("rule=" + rule);
    out.add("kind=" + kind);
    out.add("form=" + form);
    out.add("speaker=" + speaker);
    out.add("rule|speaker=" + rule + "|" + speaker);
    out.add("rule|kind=" + rule + "|" + kind);
    out.add("form|speaker=" + form + "|" + speaker);
    if (s.getSpeaker() != null && s.getSpeaker().getEntityType() != null) {
      out.add("speakerNer=" + s.getSpeaker().getEntityType());
    }
    if (s.getSpeaker() != null && s.getSpeaker().getActor() != null) {
      out.add("speakerCoded");
    }
    if (s.getAddressee() != null) {
      out.add("addressee");
    }
    Span cue = s.getCue();
    if (cue == null) {
      out.add("cue=none");
    } else {
      String lemma = event.getTrigger().getLemma().toString().toLowerCase(Locale.ROOT);
      out.add("cueLemma=" + lemma);
      out.add("cueLemma|form=" + lemma + "|" + form);
      out.add("cueWords=" + Math.min(3, words(cue.getText().toString())));
      Span content = s.getContent();
      String side =
          cue.getEnd() <= content.getBegin()
              ? "before"
              : cue.getBegin() >= content.getEnd() ? "after" : "inside";
      out.add("cueSide=" + side);
      out.add("cueSide|form=" + side + "|" + form);
    }
    int length = words(s.getContent().getText().toString());
    String bucket =
        length <= 3
            ? "1-3"
            : length <= 8 ? "4-8" : length <= 20 ? "9-20" : length <= 40 ? "21-40" : "41+";
    out.add("contentWords=" + bucket);
    out.add("contentWords|form=" + bucket + "|" + form);
    out.add("sentence=" + (event.getSentenceIndex() == 0 ? "first" : "later"));
    if (body != null && s.getContent().getEnd() <= body.length()) {
      int end = s.getContent().getEnd();
      String after = body.substring(end, Math.min(body.length(), end + 2)).strip();
      out.add("contentEnds=" + (after.isEmpty() ? "space" : after.substring(0, 1)));
    }
    return out;
  }

  /** none, pronoun, name (a canonical name or a PERSON/ORGANIZATION head) or noun phrase. */
  static String speakerType(Mention speaker) {
    if (speaker == null) {
      return "none";
    }
    String text = speaker.getText().toString().strip().toLowerCase(Locale.ROOT);
    if (PRONOUNS.contains(text)) {
      return speaker.getCanonical() == null ? "pronoun" : "pronoun-resolved";
    }
    String type = speaker.getEntityType() == null ? "" : speaker.getEntityType().toString();
    if (speaker.getCanonical() != null
        || type.equals("PERSON")
        || type.equals("ORGANIZATION")
        || type.equals("LOCATION")) {
      return "name";
    }
    return "phrase";
  }

  private static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** Reads a model table: comment lines ({@code #}), then one {@code feature<TAB>weight} a line. */
  public static StatementConfidence read(Reader source) throws IOException {
    Map<String, Double> weights = new HashMap<>();
    for (ModelTables.Row row : ModelTables.rows(source)) {
      if (row.fields().length != 2) {
        throw new IOException(
            String.format(
                Locale.ROOT,
                "statement confidence line %d: expected 2 columns: %s",
                row.number(),
                row.line()));
      }
      weights.put(row.fields()[0], Double.parseDouble(row.fields()[1]));
    }
    if (!weights.containsKey("bias")) {
      throw new IOException("statement confidence model without a bias line");
    }
    return new StatementConfidence(weights);
  }
}
