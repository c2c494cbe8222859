package org.newsevents.nlp.time;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * The features of a pair (an event's trigger, a calendar time expression of its sentence) for "the
 * event happened within this time": an annotated text, the trigger and the expression go in; string
 * features come out, the same at training ({@code train-timeml-lexicon}, from the TimeML TLINKs)
 * and at run time ({@link DateModel}). They describe the dependency path between the two (its
 * relations, its length, the verbs on it), the word that introduces the expression ("on", "since",
 * "by"), the trigger's part of speech, tense and lemma, the order and distance of the two, and
 * whether the rules' anchor ({@link Timexes.Mention#anchor}) is this trigger.
 */
public final class DateFeatures {

  /** Relations that open a clause of their own. */
  private static final Set<String> CLAUSAL =
      Set.of("ccomp", "xcomp", "advcl", "acl", "csubj", "parataxis");

  private DateFeatures() {}

  /**
   * The features of trigger {@code trigger} (a node of sentence {@code sentence}'s basic tree) with
   * expression {@code timex} of the same sentence, among the sentence's {@code candidates}.
   */
  public static List<String> of(
      AnnotatedText text,
      int sentence,
      IndexedWord trigger,
      Timexes.Mention timex,
      List<Timexes.Mention> candidates,
      LocalDate published) {
    List<String> f = new ArrayList<>();
    SemanticGraph graph = text.basic(sentence);
    List<CoreLabel> tokens = text.tokens(sentence);
    IndexedWord node = graph.getNodeByIndexSafe(trigger.index());
    IndexedWord head = Timexes.head(graph, timex.start(), timex.end());
    String pos = coarse(trigger.tag());
    f.add("bias");
    boolean anchored = timex.anchor() == trigger.index() - 1;
    f.add("anchored=" + anchored);
    f.add("anchored|pos=" + anchored + "|" + pos);
    f.add("pos=" + pos);
    f.add("tag=" + trigger.tag());
    String lemma = lower(trigger.lemma() == null ? trigger.word() : trigger.lemma());
    f.add("lemma=" + lemma);
    f.add("lemma|anchored=" + lemma + "|" + anchored);
    String granularity = EventTimes.granularity(timex.value());
    f.add("granularity=" + granularity);
    f.add("type=" + timex.type());
    String toPublication = toPublication(timex.value(), published);
    f.add("toPublication=" + toPublication);
    f.add("toPublication|pos=" + toPublication + "|" + pos);
    int t = trigger.index() - 1;
    String side = t < timex.start() ? "after" : "before";
    int distance = t < timex.start() ? timex.start() - t : t - timex.end() + 1;
    f.add("side=" + side);
    f.add("distance=" + bucket(distance));
    String before = timex.start() > 0 ? lower(tokens.get(timex.start() - 1).word()) : "<s>";
    f.add("wordBefore=" + before);
    f.add("wordBefore|side=" + before + "|" + side);
    boolean nearest = true;
    for (Timexes.Mention other : candidates) {
      if (other != timex && distanceTo(t, other) < distance) {
        nearest = false;
      }
    }
    f.add("nearest=" + nearest);
    f.add("candidates=" + Math.min(candidates.size(), 3));
    if (node == null || head == null) {
      f.add("path=none");
      return f;
    }
    if (pos.equals("V")) {
      Timexes.Auxiliaries aux = Timexes.auxiliaries(graph, node);
      String tense =
          aux.modal() != null
              ? (aux.modal().equals("will") || aux.modal().equals("'ll") ? "will" : "modal")
              : aux.past() || node.tag().equals("VBD") ? "past" : "other";
      f.add("tense=" + tense);
      f.add("tense|toPublication=" + tense + "|" + toPublication);
    }
    IndexedWord triggerParent = graph.getParent(node);
    f.add("triggerRel=" + (triggerParent == null ? "root" : relation(graph, triggerParent, node)));
    IndexedWord headParent = graph.getParent(head);
    f.add("timexRel=" + (headParent == null ? "root" : relation(graph, headParent, head)));
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(head)) {
      if (edge.getRelation().getShortName().equals("case")) {
        f.add("case=" + lower(edge.getDependent().word()));
      }
    }
    // The path: from the trigger up to the lowest common ancestor, then down to the expression.
    List<IndexedWord> up = ancestors(graph, node);
    List<IndexedWord> down = ancestors(graph, head);
    IndexedWord common = null;
    for (IndexedWord a : up) {
      if (down.contains(a)) {
        common = a;
        break;
      }
    }
    if (common == null) {
      f.add("path=none");
      return f;
    }
    List<String> upRels = relations(graph, up, common);
    List<String> downRels = relations(graph, down, common);
    String path = join(upRels) + "^" + join(downRels);
    f.add("path=" + path);
    f.add("path|pos=" + path + "|" + pos);
    f.add("pathLength=" + Math.min(upRels.size() + downRels.size(), 6));
    f.add("up=" + Math.min(upRels.size(), 3));
    int verbs = 0;
    for (IndexedWord w : up.subList(1, up.indexOf(common) + 1)) {
      verbs += w.tag() != null && w.tag().startsWith("VB") ? 1 : 0;
    }
    for (IndexedWord w : down.subList(Math.min(1, down.indexOf(common)), down.indexOf(common))) {
      verbs += w.tag() != null && w.tag().startsWith("VB") ? 1 : 0;
    }
    f.add("verbsOnPath=" + Math.min(verbs, 2));
    f.add("verbsOnPath|pos=" + Math.min(verbs, 2) + "|" + pos);
    f.add("commonIsTrigger=" + common.equals(node));
    // What lies between: the clauses the path crosses ("called ... to prevent": xcomp), and the
    // word that governs both when it is neither (a reporting or appeal verb, whose own time its
    // complement does not share: "called on Monday for a meeting").
    TreeSet<String> clauses = new TreeSet<>();
    for (String rel : upRels) {
      if (CLAUSAL.contains(rel.split(":")[0])) {
        clauses.add(rel);
      }
    }
    f.add("clausesUp=" + (clauses.isEmpty() ? "-" : String.join("+", clauses)));
    clauses.clear();
    for (String rel : downRels) {
      if (CLAUSAL.contains(rel.split(":")[0])) {
        clauses.add(rel);
      }
    }
    f.add("clausesDown=" + (clauses.isEmpty() ? "-" : String.join("+", clauses)));
    if (!common.equals(node) && !common.equals(head)) {
      String commonLemma = lower(common.lemma() == null ? common.word() : common.lemma());
      f.add("common=" + commonLemma);
      List<Lexicons.Cue> cues = Lexicons.standard().cues(commonLemma);
      f.add("commonCue=" + (cues.isEmpty() ? "-" : cues.get(0).type()));
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
      if (edge.getRelation().getShortName().equals("mark")
          && edge.getDependent().word().equalsIgnoreCase("to")) {
        f.add("infinitive");
      }
    }
    if (!upRels.isEmpty()) {
      f.add("firstUp=" + upRels.get(0));
      f.add("firstUp|anchored=" + upRels.get(0) + "|" + anchored);
    }
    return f;
  }

  /**
   * Where the expression's value lies against the publication day: before, after, around (the day
   * lies inside it) or unknown (no date, or a value that is no year, quarter, month, week or day).
   */
  static String toPublication(String value, LocalDate published) {
    if (published == null || value == null) {
      return "unknown";
    }
    LocalDate start;
    LocalDate end;
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        start = LocalDate.parse(value.substring(0, 10));
        end = start;
      } else if (value.matches("\\d{4}-W\\d{2}.*")) {
        start =
            LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(value.substring(6, 8)))
                .with(DayOfWeek.MONDAY);
        end = start.plusDays(6);
      } else if (value.matches("\\d{4}-Q[1-4].*")) {
        start =
            LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 1)
                .plusMonths(3L * (value.charAt(6) - '1'));
        end = start.plusMonths(3).minusDays(1);
      } else if (value.matches("\\d{4}-\\d{2}")) {
        start = LocalDate.parse(value + "-01");
        end = start.plusMonths(1).minusDays(1);
      } else if (value.matches("\\d{4}")) {
        start = LocalDate.of(Integer.parseInt(value), 1, 1);
        end = start.plusYears(1).minusDays(1);
      } else {
        return "unknown";
      }
    } catch (DateTimeException | NumberFormatException e) {
      return "unknown";
    }
    return end.isBefore(published) ? "before" : start.isAfter(published) ? "after" : "around";
  }

  /** The node and its ancestors, nearest first. */
  private static List<IndexedWord> ancestors(SemanticGraph graph, IndexedWord node) {
    List<IndexedWord> chain = new ArrayList<>();
    IndexedWord current = node;
    while (current != null && !chain.contains(current)) {
      chain.add(current);
      current = graph.getParent(current);
    }
    return chain;
  }

  /** The relations from the first node of the chain up to {@code common} (excluded). */
  private static List<String> relations(
      SemanticGraph graph, List<IndexedWord> chain, IndexedWord common) {
    List<String> rels = new ArrayList<>();
    for (int i = 0; i + 1 < chain.size() && !chain.get(i).equals(common); i++) {
      rels.add(relation(graph, chain.get(i + 1), chain.get(i)));
    }
    return rels;
  }

  private static String relation(SemanticGraph graph, IndexedWord parent, IndexedWord child) {
    return graph.reln(parent, child).getShortName();
  }

  private static String join(List<String> rels) {
    if (rels.size() > 3) {
      return String.join("/", rels.subList(0, 3)) + "/+";
    }
    return String.join("/", rels);
  }

  private static int distanceTo(int t, Timexes.Mention timex) {
    return t < timex.start() ? timex.start() - t : t - timex.end() + 1;
  }

  private static String bucket(int distance) {
    return distance <= 1
        ? "1"
        : distance <= 3 ? "2-3" : distance <= 7 ? "4-7" : distance <= 15 ? "8-15" : "16+";
  }

  private static String coarse(String tag) {
    return tag == null
        ? "O"
        : tag.startsWith("VB")
            ? "V"
            : tag.startsWith("NN") ? "N" : tag.startsWith("JJ") ? "J" : "O";
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
