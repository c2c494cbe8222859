package org.newsevents.nlp.time;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.newsevents.nlp.knowledge.EventRules;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.schema.EventTime;
import org.newsevents.schema.TimeSource;

/**
 * The time of an event: the calendar time expression that modifies its trigger in the sentence,
 * else one it shares with another event of the sentence ({@link #shared}); where these leave it
 * undated or a trained date model ({@link DateModel}) finds another expression of the sentence more
 * likely, that one ({@link #decide}); else an explicit fallback to the publication date, with the
 * range its verb's tense gives (ON_OR_BEFORE for a past form, ON_OR_AFTER for "will").
 */
public final class EventTimes {

  private final AnnotatedText text;
  private final List<Timexes.Mention> timexes;
  private final LocalDate published;
  private final DateModel model;

  /** The date model's choice per trigger (sentence and word index), made once. */
  private final Map<Long, DateModel.Choice> choices = new HashMap<>();

  public EventTimes(AnnotatedText text, List<Timexes.Mention> timexes, LocalDate published) {
    this(text, timexes, published, DateModel.absent());
  }

  /** Times whose choice among a sentence's expressions the trained date model makes. */
  public EventTimes(
      AnnotatedText text, List<Timexes.Mention> timexes, LocalDate published, DateModel model) {
    this.text = text;
    this.timexes = timexes;
    this.published = published;
    this.model = model;
  }

  /**
   * The expression of the sentence the event happened within: with the trained date model, the
   * candidate it chooses ({@link DateModel#choose}) among the calendar expressions of the sentence
   * (and, in an article with no date, those of an unknown year), the rules' own ({@code ruled})
   * among them; without it, {@code ruled}.
   */
  public Timexes.Mention decide(int sentence, IndexedWord trigger, Timexes.Mention ruled) {
    if (!model.present() || trigger == null) {
      return ruled;
    }
    // Asked for the TIME argument and for the event's time: the model scores a trigger once.
    long key = ((long) sentence << 32) | trigger.index();
    if (!choices.containsKey(key)) {
      choices.put(key, model.best(text, sentence, trigger, candidates(sentence), published));
    }
    return model.choose(choices.get(key), ruled);
  }

  /** The candidates of the date model for sentence {@code sentence}. */
  public List<Timexes.Mention> candidates(int sentence) {
    List<Timexes.Mention> candidates = new ArrayList<>();
    for (Timexes.Mention timex : timexes) {
      if (timex.sentence() == sentence
          && (timex.isCalendarValue() || (published == null && timex.isYearlessCalendarValue()))) {
        candidates.add(timex);
      }
    }
    return candidates;
  }

  /**
   * The time expression anchored to the trigger, if any. In an article with no date, a day, month
   * or quarter of an unknown year counts too ("on Friday": XXXX-WXX-5), since nothing can give it
   * its year, but an expression with its year anchored to the same trigger goes first ("in the
   * fourth quarter … of 2003"). In a dated article such a value was left unresolved and is not
   * taken.
   */
  public Timexes.Mention anchored(int sentence, IndexedWord trigger) {
    Timexes.Mention found = anchored(sentence, trigger, Timexes.Mention::isCalendarValue);
    if (found == null && published == null) {
      found = anchored(sentence, trigger, Timexes.Mention::isYearlessCalendarValue);
    }
    return found;
  }

  private Timexes.Mention anchored(
      int sentence, IndexedWord trigger, Predicate<Timexes.Mention> kind) {
    SemanticGraph graph = text.basic(sentence);
    for (Timexes.Mention timex : timexes) {
      if (timex.sentence() != sentence || !kind.test(timex)) {
        continue;
      }
      if (timex.anchor() == trigger.index() - 1) {
        return timex;
      }
      if (!trigger.tag().startsWith("VB") && dominatesWithoutVerb(graph, trigger, timex)) {
        return timex;
      }
    }
    return null;
  }

  /**
   * The event's time: anchored in the sentence, else the publication date, else null (no trigger
   * word: no anchor).
   */
  public EventTime of(int sentence, IndexedWord trigger, boolean negated) {
    Timexes.Mention timex = trigger == null ? null : anchored(sentence, trigger);
    Timexes.Mention since = trigger == null || timex != null ? null : since(sentence, trigger);
    Phased phased =
        trigger == null || timex != null || since != null || trigger.tag().startsWith("VB")
            ? null
            : phased(sentence, trigger);
    Timexes.Mention shared =
        trigger == null || timex != null || since != null || phased != null
            ? null
            : shared(sentence, trigger);
    if (model.present() && trigger != null) {
      Timexes.Mention ruled =
          timex != null ? timex : since != null ? since : phased != null ? phased.timex() : shared;
      Timexes.Mention chosen = decide(sentence, trigger, ruled);
      if (chosen != ruled) {
        // The model's choice, with the range its own words give.
        timex = chosen;
        since = null;
        phased = null;
        shared = null;
      }
    }
    if (timex != null || since != null || phased != null) {
      Timexes.Mention found = timex != null ? timex : since != null ? since : phased.timex();
      String mod =
          timex != null
              ? mod(timex, negated)
              : since != null ? "ON_OR_AFTER" : phased.mod(mod(phased.timex(), false));
      return EventTime.newBuilder()
          .setText(found.text())
          .setValue(found.value())
          .setBegin(found.begin())
          .setEnd(found.finish())
          .setSource(TimeSource.SENTENCE)
          .setGranularity(granularity(found.value()))
          .setMod(mod)
          .build();
    }
    if (shared != null) {
      return EventTime.newBuilder()
          .setText(shared.text())
          .setValue(shared.value())
          .setBegin(shared.begin())
          .setEnd(shared.finish())
          .setSource(TimeSource.SENTENCE)
          .setGranularity(granularity(shared.value()))
          .setMod(mod(shared, negated))
          .build();
    }
    if (published == null) {
      return null;
    }
    return EventTime.newBuilder()
        .setText(null)
        .setValue(published.toString())
        .setBegin(-1)
        .setEnd(-1)
        .setSource(TimeSource.PUBLICATION_DATE)
        .setGranularity("DAY")
        .setMod(trigger == null ? null : relationToPublication(sentence, trigger))
        .build();
  }

  /**
   * The time of another event of the sentence that this one shares: a calendar expression anchored
   * to the verb this event is coordinated with ("stormed the town and arrested dozens on Monday"),
   * that it is the subject of ("the attack came on Monday") or, for a support verb of {@code
   * support-verbs.tsv}, the object of ("held talks on Monday"; not "postponed the talks on
   * Tuesday": the talks did not happen then), or to the noun whose clause it is ("the Monday attack
   * that killed five"). Chosen on the TimeML cross-validation's event dates
   * (docs/history/eval-timeml.md, 2026-12-06, when11).
   */
  public Timexes.Mention shared(int sentence, IndexedWord trigger) {
    SemanticGraph graph = text.basic(sentence);
    IndexedWord node = graph.getNodeByIndexSafe(trigger.index());
    if (node == null) {
      return null;
    }
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(node)) {
      String rel = in.getRelation().toString();
      if (rel.equals("nsubj")
          || rel.equals("acl:relcl")
          || rel.equals("acl")
          || in.getRelation().getShortName().equals("conj")
          || ((rel.equals("obj") || rel.equals("nsubj:pass"))
              && Lexicons.standard()
                  .supportVerb(in.getGovernor().lemma())
                  .filter(v -> !v.subjectSlot())
                  .isPresent())) {
        Timexes.Mention timex = anchored(sentence, in.getGovernor());
        if (timex != null) {
          return timex;
        }
      }
    }
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(node)) {
      if (out.getRelation().getShortName().equals("conj")) {
        Timexes.Mention timex = anchored(sentence, out.getDependent());
        if (timex != null) {
          return timex;
        }
      }
    }
    return null;
  }

  /**
   * What the tense of a verb with no time in its sentence says of it against the publication date:
   * ON_OR_BEFORE for a past form ("fought", "has fought", "was fought"), ON_OR_AFTER for "will" or
   * "shall"; else null (present, infinitive, participle, another modal, a noun: no reading). Not
   * BEFORE and AFTER: news tells the day's events in the past tense, and in the TimeML
   * cross-validation a fifth of the past verbs so read were dated on the publication day.
   */
  String relationToPublication(int sentence, IndexedWord trigger) {
    if (!trigger.tag().startsWith("VB")) {
      return null;
    }
    SemanticGraph graph = text.basic(sentence);
    IndexedWord node = graph.getNodeByIndexSafe(trigger.index());
    if (node == null) {
      return null;
    }
    Timexes.Auxiliaries aux = Timexes.auxiliaries(graph, node);
    if (aux.modal() != null) {
      String word = aux.modal();
      return word.equals("will") || word.equals("shall") || word.equals("'ll")
          ? "ON_OR_AFTER"
          : null;
    }
    return aux.past() || node.tag().equals("VBD") ? "ON_OR_BEFORE" : null;
  }

  /**
   * "have fled … since the uprising began in March 2011": the time of a "since" clause starts the
   * event's open range (the caller gives it ON_OR_AFTER).
   */
  public Timexes.Mention since(int sentence, IndexedWord trigger) {
    SemanticGraph graph = text.basic(sentence);
    IndexedWord node = graph.getNodeByIndexSafe(trigger.index());
    if (node == null) {
      return null;
    }
    List<SemanticGraphEdge> edges = new ArrayList<>(graph.outgoingEdgeList(node));
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(node)) {
      // "killed and … fled … since …": the phrase after the second conjunct is said of both,
      // though the parser hangs it on the first.
      if (in.getRelation().getShortName().equals("conj")) {
        for (SemanticGraphEdge shared : graph.outgoingEdgeIterable(in.getGovernor())) {
          if (shared.getDependent().index() > node.index()) {
            edges.add(shared);
          }
        }
      }
    }
    for (SemanticGraphEdge edge : edges) {
      IndexedWord dep = edge.getDependent();
      String rel = edge.getRelation().getShortName();
      if (rel.equals("advcl") && hasMarker(graph, dep, "mark")) {
        Timexes.Mention timex = anchored(sentence, dep);
        if (timex != null) {
          return timex;
        }
      }
      // The parser often reads "since the uprising … began" as "since the uprising" with a
      // clause on the noun (acl).
      if (rel.equals("obl") && hasMarker(graph, dep, "case")) {
        for (SemanticGraphEdge inner : graph.outgoingEdgeIterable(dep)) {
          Timexes.Mention timex =
              inner.getRelation().getShortName().equals("acl")
                  ? anchored(sentence, inner.getDependent())
                  : null;
          if (timex != null) {
            return timex;
          }
        }
      }
    }
    return null;
  }

  /** The time of an aspectual verb said of an event, and the phase that verb names. */
  public record Phased(Timexes.Mention timex, EventRules.Phase phase) {
    /** The range the phase gives, unless the expression gives its own ("ended before May"). */
    String mod(String own) {
      if (own != null) {
        return own;
      }
      return switch (phase) {
        case START -> "ON_OR_AFTER";
        case END -> "ON_OR_BEFORE";
        case CONTINUE -> null;
      };
    }
  }

  /**
   * "since the uprising … began in March 2011", "the strike ended on Monday": an event noun that is
   * the theme of an aspectual verb takes that verb's time; the phase says which end of the event it
   * is. Null when no aspectual verb with an anchored time is said of the noun.
   */
  public Phased phased(int sentence, IndexedWord noun) {
    SemanticGraph graph = text.basic(sentence);
    IndexedWord node = graph.getNodeByIndexSafe(noun.index());
    if (node == null) {
      return null;
    }
    List<IndexedWord> verbs = new ArrayList<>();
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(node)) {
      String rel = in.getRelation().toString();
      if (rel.equals("nsubj") || rel.equals("obj") || rel.equals("nsubj:pass")) {
        verbs.add(in.getGovernor());
      }
    }
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(node)) {
      // The parser reads "since the uprising … began" as a clause on the noun (acl).
      if (out.getRelation().getShortName().equals("acl")) {
        verbs.add(out.getDependent());
      }
    }
    for (IndexedWord verb : verbs) {
      var phase = EventRules.standard().phase(verb.lemma());
      Timexes.Mention timex = phase.isPresent() ? anchored(sentence, verb) : null;
      if (timex != null) {
        return new Phased(timex, phase.get());
      }
    }
    return null;
  }

  /** Whether a word has "since" as its mark (clause) or case (noun phrase). */
  private static boolean hasMarker(SemanticGraph graph, IndexedWord word, String relation) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
      if (edge.getRelation().getShortName().equals(relation)
          && edge.getDependent().word().equalsIgnoreCase("since")) {
        return true;
      }
    }
    return false;
  }

  /**
   * YEAR, QUARTER, MONTH, WEEK, DAY or TIME for a calendar value, else null; a value of an unknown
   * year (XXXX-12, XXXX-WXX-5) has the granularity of what it names.
   */
  static String granularity(String value) {
    if (value == null) {
      return null;
    }
    if (value.matches("(\\d{4}|XXXX)-(\\d{2}-\\d{2}|WXX-\\d)T.*")) {
      return "TIME";
    }
    if (value.matches("(\\d{4}|XXXX)-(\\d{2}-\\d{2}|WXX-\\d)")) {
      return "DAY";
    }
    if (value.matches("\\d{4}-W\\d{2}.*")) {
      return "WEEK";
    }
    if (value.matches("(\\d{4}|XXXX)-\\d{2}")) {
      return "MONTH";
    }
    if (value.matches("(\\d{4}|XXXX)-Q\\d")) {
      return "QUARTER";
    }
    if (value.matches("\\d{4}")) {
      return "YEAR";
    }
    return null;
  }

  /**
   * The open range an expression gives: "August or later", "since March 2011", "after the vote"
   * start it; "by August", "before", "or earlier" end it; "until August" ends it unless the event
   * is negated ("might not take place until August": not before August).
   */
  private String mod(Timexes.Mention timex, boolean negated) {
    List<CoreLabel> tokens = text.tokens(timex.sentence());
    if (timex.end() + 1 < tokens.size() && tokens.get(timex.end()).word().equalsIgnoreCase("or")) {
      String next = tokens.get(timex.end() + 1).word().toLowerCase();
      if (next.equals("later") || next.equals("after") || next.equals("more")) {
        return "ON_OR_AFTER";
      }
      if (next.equals("earlier") || next.equals("before") || next.equals("sooner")) {
        return "ON_OR_BEFORE";
      }
    }
    String before = timex.start() > 0 ? tokens.get(timex.start() - 1).word().toLowerCase() : "";
    return switch (before) {
      case "since", "from" -> "ON_OR_AFTER";
      case "after" -> "AFTER";
      case "before" -> "BEFORE";
      case "by" -> "ON_OR_BEFORE";
      case "until", "till" -> negated ? "ON_OR_AFTER" : "ON_OR_BEFORE";
      default -> null;
    };
  }

  /** True when the expression hangs below a nominal trigger with no verb in between. */
  private static boolean dominatesWithoutVerb(
      SemanticGraph graph, IndexedWord trigger, Timexes.Mention timex) {
    IndexedWord node = graph.getNodeByIndexSafe(timex.start() + 1);
    while (node != null) {
      IndexedWord parent = graph.getParent(node);
      if (parent == null) {
        return false;
      }
      if (parent.index() == trigger.index()) {
        return true;
      }
      if (parent.tag().startsWith("VB")) {
        return false;
      }
      node = parent;
    }
    return false;
  }
}
