package org.newsevents.nlp.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.knowledge.TrainedTriggers;
import org.newsevents.nlp.statements.StatementExtractor;
import org.newsevents.nlp.statements.StatementKinds;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.text.Participants;
import org.newsevents.nlp.time.EventTimes;
import org.newsevents.nlp.time.Timexes;
import org.newsevents.records.Roles;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Event;
import org.newsevents.schema.EventTime;
import org.newsevents.schema.Span;
import org.newsevents.schema.Statement;
import org.newsevents.schema.Trigger;

/**
 * Turns extractor findings into {@link Event} records: drafts and statements go in with the
 * document's id; records come out with deterministic ids, time, factuality and the link from each
 * reported event to the statement that reports it.
 */
public final class EventRecords {

  /** An event found by the {@link EventExtractor}, before it becomes a record. */
  public record Draft(
      int sentence,
      IndexedWord trigger,
      Lexicons.EventSense sense,
      List<Argument> arguments,
      String rule) {}

  /** Statement types whose content is asked for rather than asserted. */
  private static final Set<String> REQUESTING_TYPES = Set.of("APPEAL", "DEMAND");

  private static final Set<String> INTENTIONAL_TYPES =
      Set.of("APPEAL", "DEMAND", "INTEND", "AGREE");

  private final AnnotatedText text;
  private final Lexicons lexicons;
  private final Factuality factuality;
  private final EventTimes times;
  private final Participants participants;
  private final String docId;
  private final List<StatementExtractor.Found> statements;
  private final List<String> statementIds = new ArrayList<>();
  private final TrainedTriggers trained;

  public EventRecords(
      AnnotatedText text,
      Lexicons lexicons,
      EventTimes times,
      Participants participants,
      String docId,
      List<StatementExtractor.Found> statements) {
    this(text, lexicons, TrainedTriggers.standard(), times, participants, docId, statements);
  }

  /**
   * The same with another trained trigger model (a cross-validation fold's) for statement classes.
   */
  public EventRecords(
      AnnotatedText text,
      Lexicons lexicons,
      TrainedTriggers trained,
      EventTimes times,
      Participants participants,
      String docId,
      List<StatementExtractor.Found> statements) {
    this.trained = trained;
    this.text = text;
    this.lexicons = lexicons;
    this.factuality = new Factuality(lexicons);
    this.times = times;
    this.participants = participants;
    this.docId = docId;
    this.statements = statements;
    for (StatementExtractor.Found found : statements) {
      statementIds.add(statementId(found));
    }
  }

  private String statementId(StatementExtractor.Found found) {
    int[] trigger = triggerSpan(found);
    String type = found.sense() == null ? "STATEMENT" : found.sense().type();
    return EventIds.of(docId, type, trigger[0], trigger[1]) + "-" + found.content().getBegin();
  }

  /** The record of a statement. */
  public Event statement(int index) {
    StatementExtractor.Found found = statements.get(index);
    int[] span = triggerSpan(found);
    String type = found.sense() == null ? "STATEMENT" : found.sense().type();
    List<Argument> arguments = new ArrayList<>(found.speakers());
    if (found.addressee() != null) {
      arguments.add(
          participants.argument(
              Roles.RECIPIENT, found.addressee().getBegin(), found.addressee().getEnd()));
    }
    arguments.add(
        participants.argument(Roles.THEME, found.content().getBegin(), found.content().getEnd()));
    EventTime time = times.of(found.sentence(), found.cue(), false);
    if (time != null && time.getBegin() >= 0) {
      arguments.add(participants.argument(Roles.TIME, time.getBegin(), time.getEnd()));
    }
    Statement statement =
        Statement.newBuilder()
            .setSpeaker(found.speaker())
            .setSpeakerFound(found.speaker() != null)
            .setCue(found.cue() == null ? null : text.span(span[0], span[1]))
            .setAddressee(found.addressee())
            .setContent(found.content())
            .setDirect(found.direct())
            .setKind(StatementKinds.standard().of(text, found))
            .setContinues(found.continues() == null ? null : statementId(found.continues()))
            .build();
    Event.Builder event =
        base(statementIds.get(index), type, found.sentence(), span, found.cue(), found.rule())
            .setTimemlClass(statementClass(found, type))
            .setArguments(arguments)
            .setStatement(statement)
            .setTime(time);
    factuality(event, found.sentence(), found.cue(), span[0], index);
    if (found.cue() != null && found.cue().tag().startsWith("VB")) {
      SemanticGraph tree = text.basic(found.sentence());
      IndexedWord node = tree.getNodeByIndexSafe(found.cue().index());
      event.setTense(node == null ? null : Timexes.tense(tree, node).name());
    }
    return event.build();
  }

  /**
   * The TimeML class of a statement: what the trained model or the curated lexicon says of its cue
   * word ("think" and "want" are I_STATE), else I_ACTION for appeals, demands and promises, else
   * REPORTING.
   */
  private String statementClass(StatementExtractor.Found found, String type) {
    IndexedWord cue = found.cue();
    if (cue != null) {
      var learned = trained.lookup(cue.lemma(), cue.tag());
      if (learned.isPresent() && learned.get().hasReliableClass()) {
        return learned.get().timemlClass();
      }
      var curated = lexicons.trigger(cue.lemma(), cue.tag().startsWith("NN") ? "N" : "V");
      if (curated.isPresent()) {
        return curated.get().timemlClass();
      }
    }
    return INTENTIONAL_TYPES.contains(type) ? "I_ACTION" : "REPORTING";
  }

  /** The record of an event draft. */
  public Event event(Draft draft) {
    IndexedWord trigger = draft.trigger();
    int[] span = {trigger.beginPosition(), trigger.endPosition()};
    String type = draft.sense().type();
    Event.Builder event =
        base(
                EventIds.of(docId, type, span[0], span[1]),
                type,
                draft.sentence(),
                span,
                trigger,
                draft.rule())
            .setTimemlClass(draft.sense().timemlClass())
            .setArguments(draft.arguments());
    factuality(event, draft.sentence(), trigger, span[0], -1);
    event.setTime(times.of(draft.sentence(), trigger, event.getNegated()));
    if (trigger.tag().startsWith("VB")) {
      SemanticGraph tree = text.basic(draft.sentence());
      IndexedWord node = tree.getNodeByIndexSafe(trigger.index());
      event.setTense(node == null ? null : Timexes.tense(tree, node).name());
    }
    return event.build();
  }

  private Event.Builder base(
      String id, String type, int sentence, int[] span, IndexedWord word, String rule) {
    String surface = text.body().substring(span[0], span[1]);
    return Event.newBuilder()
        .setEventId(id)
        .setDocId(docId)
        .setType(type)
        .setCameoRoot(lexicons.cameoRoot(type))
        .setTrigger(
            Trigger.newBuilder()
                .setText(surface)
                .setLemma(word == null ? surface : word.lemma())
                .setBegin(span[0])
                .setEnd(span[1])
                .setPos(word == null ? null : word.tag())
                .build())
        .setSentenceIndex(sentence)
        .setSentence(text.sentenceText(sentence))
        .setRule(rule);
  }

  /** Negation, modality and the innermost statement whose content holds the trigger. */
  private void factuality(
      Event.Builder event, int sentence, IndexedWord trigger, int offset, int self) {
    int reporter = -1;
    for (int i = 0; i < statements.size(); i++) {
      Span content = statements.get(i).content();
      boolean inside = offset >= content.getBegin() && offset < content.getEnd();
      if (i != self
          && inside
          && (reporter < 0 || length(content) < length(statements.get(reporter).content()))) {
        reporter = i;
      }
    }
    event
        .setReported(reporter >= 0)
        .setReportedBy(reporter >= 0 ? statementIds.get(reporter) : null);
    if (trigger == null) {
      return;
    }
    SemanticGraph graph = text.enhanced(sentence);
    IndexedWord cue = reporter >= 0 ? statements.get(reporter).cue() : null;
    boolean reportedInPast = cue != null && cue.tag().equals("VBD");
    Factuality.Modality modality = factuality.modality(graph, trigger, reportedInPast);
    if (modality.value().equals("ASSERTED")
        && cue != null
        && statements.get(reporter).sentence() == sentence
        && statements.get(reporter).sense() != null
        && REQUESTING_TYPES.contains(statements.get(reporter).sense().type())
        && requested(graph, cue, trigger)) {
      // "called for an immediate cessation of violence", "urged the community to commit": what
      // an appeal or demand asks for has not happened; it is to happen.
      modality = new Factuality.Modality("NECESSARY", cue.word());
    }
    event
        .setNegated(factuality.negated(graph, trigger))
        .setModality(modality.value())
        .setModalCue(modality.cue());
  }

  /**
   * Whether an appeal's cue asks for the event: the event is reached from the cue through what is
   * asked ("call for" NP, "urge X to" VP, "call on X to hear …: act"), its coordinated events and
   * their purpose clauses ("a meeting … to prevent"), not through their objects ("prevent what they
   * said …", "the cessation of violence").
   */
  private static boolean requested(SemanticGraph graph, IndexedWord cue, IndexedWord trigger) {
    IndexedWord start = graph.getNodeByIndexSafe(cue.index());
    Set<IndexedWord> seen = new HashSet<>();
    Deque<IndexedWord> todo = new ArrayDeque<>();
    if (start != null) {
      todo.push(start);
    }
    while (!todo.isEmpty()) {
      IndexedWord current = todo.pop();
      if (!seen.add(current)) {
        continue;
      }
      if (current.index() == trigger.index()) {
        return true;
      }
      for (SemanticGraphEdge out : graph.outgoingEdgeIterable(current)) {
        String rel = out.getRelation().toString();
        String shortRel = out.getRelation().getShortName();
        IndexedWord dep = out.getDependent();
        boolean purpose =
            (shortRel.equals("acl") || shortRel.equals("advcl"))
                && Factuality.hasToMark(graph, dep);
        boolean asked =
            current == start
                ? rel.equals("obl:for") || rel.equals("nmod:for") || shortRel.equals("parataxis")
                : shortRel.equals("conj") || shortRel.equals("parataxis");
        asked |= shortRel.equals("xcomp") || purpose;
        if (asked) {
          todo.push(dep);
        }
      }
    }
    return false;
  }

  private static int length(Span span) {
    return span.getEnd() - span.getBegin();
  }

  /** A statement's trigger: its cue, else the opening quotation mark of its content. */
  private int[] triggerSpan(StatementExtractor.Found found) {
    if (found.cue() != null) {
      return new int[] {found.cue().beginPosition(), found.cue().endPosition()};
    }
    int mark = Math.max(0, found.content().getBegin() - 1);
    return new int[] {mark, mark + 1};
  }
}
