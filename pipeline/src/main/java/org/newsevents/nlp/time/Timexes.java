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
import java.util.regex.Pattern;
import org.newsevents.nlp.knowledge.EventRules;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.time.TimeResolver.Tense;

/**
 * The time expressions of an annotated text: SUTime's mentions go in; each comes out with its
 * TIMEX3 type, its value resolved against the publication date, and the verb it modifies.
 */
public final class Timexes {

  /** A value that names a calendar date or time: a year, decade or century first. */
  private static final Pattern CALENDAR_VALUE = Pattern.compile("^(\\d{4}|\\d{3}X|\\d{2}XX).*");

  /**
   * A calendar value whose year is unknown, as SUTime leaves it in an article with no date:
   * "December" XXXX-12, "2 February" XXXX-02-02, "Friday" XXXX-WXX-5, "Friday night" XXXX-WXX-5TNI,
   * "the fourth quarter" XXXX-Q4. Not a season: SUTime reads "falls" and "springs" as seasons (in
   * the BBC collection, most of its XXXX-FA).
   */
  private static final Pattern YEARLESS_VALUE =
      Pattern.compile("^XXXX-(\\d{2}(-\\d{2})?|WXX-\\d|Q\\d)(T.*)?$");

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

    /** This mention with another value. */
    Mention withValue(String value) {
      return withValue(type, value);
    }

    /** This mention with another type and value. */
    Mention withValue(String type, String value) {
      return new Mention(sentence, start, end, begin, finish, text, type, value, anchor);
    }

    /** True when the value names a calendar date or time (not PRESENT_REF, a duration, ...). */
    boolean isCalendarValue() {
      return value != null && CALENDAR_VALUE.matcher(value).matches();
    }

    /** True when the value names a day, month or quarter of an unknown year. */
    boolean isYearlessCalendarValue() {
      return value != null && YEARLESS_VALUE.matcher(value).matches();
    }
  }

  /** Modals that put their verb in the future; the others leave the direction open. */
  private static final Set<String> FUTURE_MODALS = Set.of("will", "shall", "'ll", "wo");

  /**
   * Verbs that put what they govern ahead ("scheduled to close Monday"), from {@code
   * prospective-verbs.tsv}.
   */
  private static final Set<String> PROSPECTIVE =
      Set.copyOf(
          Lexicons.rows("newsevents/lexicons/prospective-verbs.tsv", 1).stream()
              .map(row -> row[0])
              .toList());

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
              anchorIndex(text.basic(sentence), start, end)));
    }
    return found;
  }

  /** The nearest verb above the expression's head in the dependency tree. */
  static IndexedWord governingVerb(SemanticGraph graph, int start, int end) {
    IndexedWord head = head(graph, start, end);
    IndexedWord current = head == null ? null : graph.getParent(head);
    while (current != null && !current.tag().startsWith("VB")) {
      current = graph.getParent(current);
    }
    return current;
  }

  /** Prepositions by which a noun phrase gives a verb its time ("during the 2003 ceremony"). */
  private static final Set<String> TEMPORAL_CASES =
      Set.of(
          "during",
          "in",
          "at",
          "before",
          "after",
          "since",
          "until",
          "till",
          "ahead",
          "following",
          "throughout",
          "by",
          "amid");

  /**
   * The 0-based index of the verb the expression dates ({@link Mention#anchor}), or -1: the
   * governing verb, unless the expression modifies a noun ("the 1997 novel", "his 1959 song", "last
   * year's budget") that is neither the verb's own oblique of time ("accused during the 2003
   * ceremony", "collapsed before the 2001 election") nor its active subject ("Third-quarter profit
   * jumped"), and does not follow a preposition of its own: a thing of 1997 does not date what is
   * said of it ("The 1991 laptop was chosen"). Chosen by the TimeML cross-validation's event dates
   * (docs/history/eval-timeml.md, 2026-12-07 (3)).
   */
  static int anchorIndex(SemanticGraph graph, int start, int end) {
    IndexedWord verb = governingVerb(graph, start, end);
    if (verb == null) {
      return -1;
    }
    IndexedWord head = head(graph, start, end);
    IndexedWord noun = head == null ? null : graph.getParent(head);
    // "on Wednesday Prime Minister X said": an expression after its own preposition is no
    // modifier, however the parse joined it to the name after it.
    IndexedWord before = start > 0 ? graph.getNodeByIndexSafe(start) : null;
    boolean afterPreposition = before != null && before.tag().equals("IN");
    if (noun != null && noun.tag().startsWith("NN") && !afterPreposition) {
      String rel = graph.reln(noun, head).toString();
      boolean modifier =
          rel.equals("compound")
              || rel.equals("amod")
              || rel.equals("nummod")
              || rel.equals("nmod:poss");
      if (modifier && !temporalOblique(graph, noun, verb) && !subject(graph, noun, verb)) {
        return -1;
      }
    }
    return verb.index() - 1;
  }

  /** Whether a noun is the verb's subject ("third-quarter profit jumped"). */
  private static boolean subject(SemanticGraph graph, IndexedWord noun, IndexedWord verb) {
    return verb.equals(graph.getParent(noun))
        && graph.reln(verb, noun).getShortName().equals("nsubj");
  }

  /** Whether a noun is the verb's own oblique with a preposition of time. */
  private static boolean temporalOblique(SemanticGraph graph, IndexedWord noun, IndexedWord verb) {
    if (!verb.equals(graph.getParent(noun))) {
      return false;
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(noun)) {
      if (edge.getRelation().getShortName().equals("case")
          && TEMPORAL_CASES.contains(edge.getDependent().word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the expression's head depends on the verb itself ("stepped down in March"). */
  static boolean dependsOn(SemanticGraph graph, int start, int end, IndexedWord verb) {
    IndexedWord head = head(graph, start, end);
    return head != null && verb != null && verb.equals(graph.getParent(head));
  }

  /** The expression's first word whose parent lies outside it. */
  static IndexedWord head(SemanticGraph graph, int start, int end) {
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
    return head;
  }

  /**
   * The direction in time a verb gives the expression it governs: its tense, except that only
   * "will" and "shall" point ahead; another modal ("could be located Friday", "would meet") leaves
   * it open (PRESENT, the nearer day), or past with "have" ("could have met"); so does an
   * infinitive or gerund without auxiliaries, unless it is the open complement of a verb of phase
   * before it, whose direction it takes.
   */
  static Tense timeReference(SemanticGraph graph, IndexedWord verb) {
    if (prospective(graph, verb)) {
      return Tense.FUTURE;
    }
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
      if (!bare) {
        return tense(graph, verb);
      }
      // ... unless it is the phase a verb of phase gives ("prices continued to rise in
      // November", "began talking in March": aspectual-phases.tsv), which happens when that verb
      // does; after "decided", "agreed", "wants" it may come later and keeps the nearer day.
      for (SemanticGraphEdge in : graph.incomingEdgeIterable(verb)) {
        IndexedWord governor = in.getGovernor();
        if (in.getRelation().getShortName().equals("xcomp")
            && governor.tag() != null
            && governor.tag().startsWith("VB")
            && governor.index() < verb.index()
            && EventRules.standard().phase(lemma(governor)).isPresent()) {
          return timeReference(graph, governor);
        }
      }
      return Tense.PRESENT;
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
   * Whether the verb is a prospective one ("has scheduled a news conference Thursday") or an
   * infinitive that one governs ("is scheduled to close Monday", "is due to arrive Friday").
   */
  private static boolean prospective(SemanticGraph graph, IndexedWord verb) {
    if (planned(graph, verb)) {
      return true;
    }
    boolean infinitive =
        graph.outgoingEdgeList(verb).stream()
            .anyMatch(
                e ->
                    e.getRelation().getShortName().equals("mark")
                        && e.getDependent().word().equalsIgnoreCase("to"));
    IndexedWord governor = graph.getParent(verb);
    if (infinitive && governor != null && presentBe(governor)) {
      return true; // "is to resume trading Tuesday", "are to meet Friday": an arrangement ahead
    }
    if (verb.tag().equals("VB")
        && graph.outgoingEdgeList(verb).stream()
            .anyMatch(
                e -> e.getRelation().getShortName().equals("aux") && presentBe(e.getDependent()))) {
      return true; // the same, parsed with "are" as the auxiliary of "resume"
    }
    return infinitive && governor != null && planned(graph, governor);
  }

  /**
   * A prospective verb whose plan is not itself set in the past of a past: not under "had" ("had
   * been scheduled to expire at midnight Friday") and not a bare participle ("a memorial service
   * planned for Saturday was canceled").
   */
  private static boolean planned(SemanticGraph graph, IndexedWord verb) {
    if (!PROSPECTIVE.contains(lemma(verb))) {
      return false;
    }
    if (pluperfect(graph, verb)) {
      return false;
    }
    boolean auxiliary = false;
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
      String rel = edge.getRelation().getShortName();
      auxiliary |= rel.equals("aux") || rel.equals("aux:pass") || rel.equals("cop");
    }
    return auxiliary || !verb.tag().equals("VBN");
  }

  /** "is", "are", "am": a present form of "be". */
  private static boolean presentBe(IndexedWord word) {
    return lemma(word).equals("be") && (word.tag().equals("VBZ") || word.tag().equals("VBP"));
  }

  /** Whether the verb is in the past perfect ("had not called"); false for no verb. */
  static boolean pluperfect(SemanticGraph graph, IndexedWord verb) {
    if (verb == null) {
      return false;
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
      if (edge.getRelation().getShortName().startsWith("aux")
          && edge.getDependent().word().equalsIgnoreCase("had")) {
        return true;
      }
    }
    return false;
  }

  private static String lemma(IndexedWord word) {
    String lemma = word.lemma() == null ? word.word() : word.lemma();
    return lemma.toLowerCase(Locale.ROOT);
  }

  /**
   * The tense of a verb from its tag and auxiliaries: "said", "has said" and "was held" are past.
   */
  public static Tense tense(SemanticGraph graph, IndexedWord verb) {
    Auxiliaries aux = auxiliaries(graph, verb);
    if (aux.modal() != null) {
      return Tense.FUTURE;
    }
    if (aux.past() || verb.tag().equals("VBD")) {
      return Tense.PAST;
    }
    if (aux.present() || verb.tag().equals("VBZ") || verb.tag().equals("VBP")) {
      return Tense.PRESENT;
    }
    return Tense.PAST;
  }

  /**
   * A verb's auxiliaries (aux, aux:pass, cop): the first modal's word in lower case, or null;
   * whether one before it is past ("was", "has", "have") or present ("is", "are").
   */
  public record Auxiliaries(String modal, boolean past, boolean present) {}

  /** The auxiliaries of a verb in its sentence's graph. */
  public static Auxiliaries auxiliaries(SemanticGraph graph, IndexedWord verb) {
    boolean past = false;
    boolean present = false;
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
      String rel = edge.getRelation().getShortName();
      if (!rel.equals("aux") && !rel.equals("aux:pass") && !rel.equals("cop")) {
        continue;
      }
      IndexedWord aux = edge.getDependent();
      String word = aux.word().toLowerCase();
      if (aux.tag().equals("MD")) {
        return new Auxiliaries(word, past, present);
      }
      if (aux.tag().equals("VBD") || word.equals("has") || word.equals("have")) {
        past = true;
      } else if (aux.tag().equals("VBZ") || aux.tag().equals("VBP")) {
        present = true;
      }
    }
    return new Auxiliaries(null, past, present);
  }
}
