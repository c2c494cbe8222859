package org.newsevents.nlp.statements;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.schema.Mention;
import org.newsevents.schema.StatementKind;

/**
 * What kind of statement a found statement is: its cue word (and particle) goes in, looked up in
 * {@code lexicons/statement-kinds.tsv}; SPEECH, WRITTEN, BELIEF, STANCE, EVIDENCE or UNKNOWN comes
 * out. A to-infinitive content may change the kind ("agreed to withdraw his bill" is a commitment,
 * STANCE); speech whose source, cue or "in a ..." phrase is a document of {@code
 * lexicons/document-nouns.tsv} ("the report said", "said in a statement") is WRITTEN. A quotation
 * continuing an earlier one has that one's cue sense and so its kind; a quotation with no cue at
 * all is UNKNOWN.
 */
public final class StatementKinds {

  private static final StatementKinds STANDARD = load();

  private final Map<String, StatementKind> kinds;
  private final Map<String, StatementKind> infinitiveKinds;
  private final Set<String> documents;

  StatementKinds(
      Map<String, StatementKind> kinds,
      Map<String, StatementKind> infinitiveKinds,
      Set<String> documents) {
    this.kinds = Map.copyOf(kinds);
    this.infinitiveKinds = Map.copyOf(infinitiveKinds);
    this.documents = Set.copyOf(documents);
  }

  /** The kinds of the shipped lexicons. */
  public static StatementKinds standard() {
    return STANDARD;
  }

  private static StatementKinds load() {
    Map<String, StatementKind> kinds = new HashMap<>();
    Map<String, StatementKind> infinitive = new HashMap<>();
    for (String[] row : Lexicons.rows("newsevents/lexicons/statement-kinds.tsv", 3)) {
      StatementKind kind = StatementKind.valueOf(row[1]);
      kinds.put(row[0], kind);
      infinitive.put(row[0], row[2].equals("-") ? kind : StatementKind.valueOf(row[2]));
    }
    Set<String> documents = new HashSet<>();
    for (String[] row : Lexicons.rows("newsevents/lexicons/document-nouns.tsv", 1)) {
      documents.add(row[0]);
    }
    return new StatementKinds(kinds, infinitive, documents);
  }

  /** The kind of a statement found in the text. */
  public StatementKind of(AnnotatedText text, StatementExtractor.Found found) {
    if (found.sense() == null || found.sense().lemma() == null) {
      return StatementKind.UNKNOWN; // a quotation no cue introduces
    }
    String lemma = found.sense().lemma().toLowerCase(Locale.ROOT);
    IndexedWord cue = found.cue();
    SemanticGraph graph = cue == null ? null : text.enhanced(found.sentence());
    String particle = graph == null ? null : particle(graph, cue);
    String key =
        particle != null && kinds.containsKey(lemma + " " + particle)
            ? lemma + " " + particle
            : lemma;
    boolean infinitive = !found.direct() && graph != null && infinitive(graph, cue, found);
    StatementKind kind =
        (infinitive ? infinitiveKinds : kinds).getOrDefault(key, StatementKind.UNKNOWN);
    if (kind == StatementKind.SPEECH
        && (isDocument(found.speaker())
            || (cue != null
                && cue.tag() != null
                && cue.tag().startsWith("NN")
                && documents.contains(lemma))
            || (graph != null && inDocument(graph, cue)))) {
      return StatementKind.WRITTEN;
    }
    return kind;
  }

  private static String particle(SemanticGraph graph, IndexedWord verb) {
    String particle = AnnotatedText.particle(graph, verb);
    return particle == null ? null : particle.toLowerCase(Locale.ROOT);
  }

  /** "agreed to withdraw his bill": the content is the cue's open clausal complement (xcomp). */
  private static boolean infinitive(
      SemanticGraph graph, IndexedWord cue, StatementExtractor.Found found) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(cue)) {
      int at = edge.getDependent().beginPosition();
      if (edge.getRelation().toString().equals("xcomp")
          && at >= found.content().getBegin()
          && at < found.content().getEnd()) {
        return true;
      }
    }
    return false;
  }

  /** "the report", "the lawsuits": a source whose last word names a document. */
  private boolean isDocument(Mention speaker) {
    if (speaker == null || speaker.getText() == null) {
      return false;
    }
    String[] words = speaker.getText().toLowerCase(Locale.ROOT).split("[^\\p{L}-]+");
    for (int i = words.length - 1; i >= 0; i--) {
      if (!words[i].isEmpty()) {
        return documents.contains(words[i]) || documents.contains(singular(words[i]));
      }
    }
    return false;
  }

  /** "said in a statement", "wrote in a letter". */
  private boolean inDocument(SemanticGraph graph, IndexedWord cue) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(cue)) {
      String rel = edge.getRelation().toString();
      if ((rel.equals("obl:in") || rel.equals("nmod:in"))
          && edge.getDependent().lemma() != null
          && documents.contains(edge.getDependent().lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static String singular(String word) {
    return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }
}
