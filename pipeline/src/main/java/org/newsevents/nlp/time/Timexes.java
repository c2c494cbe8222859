package org.newsevents.nlp.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.time.TimeResolver.Tense;

/**
 * The time expressions of an annotated text: SUTime's mentions go in; each comes out with its
 * TIMEX3 type, its value resolved against the publication date, and the verb it modifies.
 */
public final class Timexes {

  /**
   * One time expression. Token indices are 0-based within the sentence ({@code end} exclusive);
   * {@code anchor} is the 0-based index of the verb the expression modifies, or -1.
   */
  public record Mention(
      int sentence,
      int start,
      int end,
      int begin,
      int finish,
      String text,
      String type,
      String value,
      int anchor) {

    /** True when the value names a calendar date or time (not PRESENT_REF, a duration, ...). */
    boolean isCalendarValue() {
      return value != null && value.matches("^(\\d{4}|\\d{3}X|\\d{2}XX).*");
    }
  }

  /** Modals that put their verb in the future; the others leave the direction open. */
  private static final Set<String> FUTURE_MODALS = Set.of("will", "shall", "'ll", "wo");

  private Timexes() {}

  /** Every time expression of the text, in textual order. */
  public static List<Mention> find(AnnotatedText text, LocalDate published) {
    List<Mention> found = new ArrayList<>();
    List<CoreMap> mentions = text.annotation().get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return found;
    }
    for (CoreMap mention : mentions) {
      Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
      List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
      if (timex == null || tokens.isEmpty()) {
        continue;
      }
      int sentence = mention.get(CoreAnnotations.SentenceIndexAnnotation.class);
      int start = tokens.get(0).index() - 1;
      int end = tokens.get(tokens.size() - 1).index();
      int begin = tokens.get(0).beginPosition();
      int finish = tokens.get(tokens.size() - 1).endPosition();
      String surface = text.body().substring(begin, finish);
      IndexedWord anchor = governingVerb(text.basic(sentence), start, end);
      Tense tense = anchor == null ? Tense.PAST : timeReference(text.basic(sentence), anchor);
      String value = TimeResolver.resolve(surface, timex.value(), published, tense);
      found.add(
          new Mention(
              sentence,
              start,
              end,
              begin,
              finish,
              surface,
              timex.timexType(),
              value,
              anchor == null ? -1 : anchor.index() - 1));
    }
    return found;
  }

  /** The nearest verb above the expression's head in the dependency tree. */
  static IndexedWord governingVerb(SemanticGraph graph, int start, int end) {
    IndexedWord head = null;
    for (int i = start; i < end && head == null; i++) {
      IndexedWord word = graph.getNodeByIndexSafe(i + 1);
      if (word == null) {
        continue;
      }
      IndexedWord parent = graph.getParent(word);
      if (parent == null || parent.index() - 1 < start || parent.index() - 1 >= end) {
        head = word;
      }
    }
    IndexedWord current = head == null ? null : graph.getParent(head);
    while (current != null && !current.tag().startsWith("VB")) {
      current = graph.getParent(current);
    }
    return current;
  }

  /**
   * The direction in time a verb gives the expression it governs: its tense, except that only
   * "will" and "shall" point ahead; another modal ("could be located Friday", "would meet") leaves
   * it open (PRESENT, the nearer day), or past with "have" ("could have met"); so does an
   * infinitive or gerund without auxiliaries.
   */
  static Tense timeReference(SemanticGraph graph, IndexedWord verb) {
    boolean modal = false;
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
      IndexedWord aux = edge.getDependent();
      if (edge.getRelation().getShortName().equals("aux") && aux.tag().equals("MD")) {
        if (FUTURE_MODALS.contains(aux.word().toLowerCase(Locale.ROOT))) {
          return Tense.FUTURE;
        }
        modal = true;
      }
    }
    if (!modal) {
      // An infinitive or a gerund without auxiliaries ("expected to join in April", "planning
      // for the summit in April") has no tense of its own.
      boolean bare =
          (verb.tag().equals("VB") || verb.tag().equals("VBG"))
              && graph.outgoingEdgeList(verb).stream()
                  .map(e -> e.getRelation().getShortName())
                  .noneMatch(r -> r.equals("aux") || r.equals("aux:pass") || r.equals("cop"));
      return bare ? Tense.PRESENT : tense(graph, verb);
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
      String word = edge.getDependent().word().toLowerCase(Locale.ROOT);
      if (edge.getRelation().getShortName().equals("aux")
          && (word.equals("have") || word.equals("'ve"))) {
        return Tense.PAST;
      }
    }
    return Tense.PRESENT;
  }

  /**
   * The tense of a verb from its tag and auxiliaries: "said", "has said" and "was held" are past.
   */
  public static Tense tense(SemanticGraph graph, IndexedWord verb) {
    boolean pastAux = false;
    boolean presentAux = false;
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
      String rel = edge.getRelation().getShortName();
      if (!rel.equals("aux") && !rel.equals("aux:pass") && !rel.equals("cop")) {
        continue;
      }
      IndexedWord aux = edge.getDependent();
      String word = aux.word().toLowerCase();
      if (aux.tag().equals("MD")) {
        return Tense.FUTURE;
      }
      if (aux.tag().equals("VBD") || word.equals("has") || word.equals("have")) {
        pastAux = true;
      } else if (aux.tag().equals("VBZ") || aux.tag().equals("VBP")) {
        presentAux = true;
      }
    }
    if (pastAux || verb.tag().equals("VBD")) {
      return Tense.PAST;
    }
    if (presentAux || verb.tag().equals("VBZ") || verb.tag().equals("VBP")) {
      return Tense.PRESENT;
    }
    return Tense.PAST;
  }
}
