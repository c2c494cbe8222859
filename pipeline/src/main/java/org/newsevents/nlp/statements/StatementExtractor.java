package org.newsevents.nlp.statements;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsevents.nlp.attribution.CueModel;
import org.newsevents.nlp.events.ClauseShapes;
import org.newsevents.nlp.knowledge.EventRules;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.text.Coreference;
import org.newsevents.nlp.text.Participants;
import org.newsevents.records.Roles;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Span;

/**
 * Finds who said what to whom: an annotated text goes in; each statement comes out with its speaker
 * (as written and canonical), cue, addressee, content span and whether it is a direct quote. Cue
 * verbs are read from the dependency parse; quotation marks come from CoreNLP's quote annotator; a
 * quote with no cue of its own continues the previous speaker's statement.
 */
public final class StatementExtractor {

  /**
   * A statement found in the text, before it becomes an event record; {@code continues} is, for a
   * further piece of a quotation (rule quote-continuation), the statement with the cue whose
   * quotation it continues, else null.
   */
  public record Found(
      int sentence,
      IndexedWord cue,
      Lexicons.Cue sense,
      Mention speaker,
      List<Argument> speakers,
      Mention addressee,
      Span content,
      boolean direct,
      String rule,
      Found continues) {

    /** A statement that continues none. */
    public Found(
        int sentence,
        IndexedWord cue,
        Lexicons.Cue sense,
        Mention speaker,
        List<Argument> speakers,
        Mention addressee,
        Span content,
        boolean direct,
        String rule) {
      this(sentence, cue, sense, speaker, speakers, addressee, content, direct, rule, null);
    }
  }

  private final Lexicons lexicons;
  private final CueModel cueModel;
  private final ContentChooser chooser;

  /** The rules alone. */
  public StatementExtractor(Lexicons lexicons) {
    this(lexicons, null);
  }

  /**
   * The rules, and the trained cue model's cues where the rules found none (null: rules only), with
   * the content-span model for the cues the rules give no content: the shipped one, or as the
   * system property {@code newsevents.contentModel} says ({@code false}: none; else a model file).
   */
  public StatementExtractor(Lexicons lexicons, CueModel cueModel) {
    this(lexicons, cueModel, cueModel == null ? null : ContentChooser.configured());
  }

  /** The rules, the cue model and the given content-span chooser (null: none). */
  public StatementExtractor(Lexicons lexicons, CueModel cueModel, ContentChooser chooser) {
    this.lexicons = lexicons;
    this.cueModel = cueModel;
    this.chooser = chooser;
  }

  Lexicons lexicons() {
    return lexicons;
  }

  /** All statements of the text, in textual order of their content. */
  public List<Found> extract(AnnotatedText text, Coreference coreference) {
    return extract(text, coreference, null);
  }

  /**
   * The same, noting in {@code trace} (when not null) the cue model's probability of each token it
   * was asked about and what became of each it took for a cue.
   */
  public List<Found> extract(AnnotatedText text, Coreference coreference, LearnedCues.Trace trace) {
    Participants participants = new Participants(text, coreference);
    List<Quotations.Quote> quotes = Quotations.find(text);
    List<Found> found = new ArrayList<>();
    for (int s = 0; s < text.sentenceCount(); s++) {
      SemanticGraph graph = text.enhanced(s);
      for (IndexedWord word : graph.vertexListSorted()) {
        if (word.tag().startsWith("NN")) {
          Optional<String> nounType = lexicons.nounCue(word.lemma());
          if (nounType.isPresent()) {
            fromNoun(text, participants, s, word, nounType.get()).ifPresent(found::add);
          }
          continue;
        }
        if (!word.tag().startsWith("VB")
            || text.verbUsedAsNoun(s, word)
            || reducedRelative(text, s, word)) {
          continue;
        }
        Optional<Lexicons.Cue> sense = sense(graph, word);
        if (sense.isPresent()) {
          fromCue(text, participants, quotes, s, word, sense.get()).ifPresent(found::add);
        }
      }
      boolean according = false;
      for (SemanticGraphEdge edge : graph.edgeListSorted()) {
        String rel = edge.getRelation().toString();
        if (rel.equals("obl:according_to") || rel.equals("nmod:according_to")) {
          according = true;
          accordingTo(text, participants, s, edge.getDependent(), edge.getGovernor())
              .ifPresent(found::add);
        }
      }
      IndexedWord opening = according ? null : openingAccordingToRoot(text, s);
      if (opening != null) {
        // "According to early results of exit polls conducted for the AP, nearly half of …":
        // the parse made the source the root and hung the clause after it on a word of it
        accordingTo(text, participants, s, opening, null).ifPresent(found::add);
      }
    }
    if (cueModel != null) {
      new LearnedCues(this, cueModel, chooser).add(text, participants, quotes, found, trace);
    }
    found.replaceAll(f -> withoutLeadingAddressee(text, f));
    found.sort(Comparator.comparingInt(f -> f.content().getBegin()));
    Quotations.attributeRemaining(text, quotes, found);
    found.replaceAll(f -> Quotations.firstPersonInside(f, found));
    found.sort(Comparator.comparingInt(f -> f.content().getBegin()));
    return found;
  }

  /**
   * "He warned the BBC that attacking Mr Campbell had ...", "has told voters his Liberal Democrats
   * will offer ...": a content that opens with the statement's addressee holds whom the cue speaks
   * to, not what was said; it starts after the addressee (PolNeAR train's content of "told X that
   * Y" is "that Y") when "that" or a clause's subject follows it. Kept otherwise: "accused Sanders
   * of ...", "urged her peers to spurn ..." (PolNeAR's content holds the object there), "offered
   * him some advice".
   */
  private static Found withoutLeadingAddressee(AnnotatedText text, Found f) {
    Mention to = f.addressee();
    Span content = f.content();
    if (to == null
        || f.direct()
        || to.getBegin() != content.getBegin()
        || to.getEnd() >= content.getEnd()) {
      return f;
    }
    CoreLabel next = firstFrom(text.tokens(f.sentence()), to.getEnd());
    if (next == null
        || next.beginPosition() >= content.getEnd()
        || relativePronoun(text, f.sentence(), next)
        || !(next.word().equalsIgnoreCase("that") || opensSubject(text, f.sentence(), next))) {
      return f;
    }
    return new Found(
        f.sentence(),
        f.cue(),
        f.sense(),
        f.speaker(),
        f.speakers(),
        to,
        text.span(next.beginPosition(), content.getEnd()),
        false,
        f.rule(),
        f.continues());
  }

  /**
   * Whether a token opens a relative clause ("tells the story of two men who take ...", "the
   * agency, which places ..."): the phrase before it goes on, no new clause begins. The enhanced
   * graph links such a pronoun to its antecedent ({@code ref}), as {@link Subjects#relativePronoun}
   * reads it.
   */
  private static boolean relativePronoun(AnnotatedText text, int s, CoreLabel token) {
    if (token.tag().startsWith("WP")) {
      return true;
    }
    SemanticGraph graph = text.enhanced(s);
    IndexedWord word = graph.getNodeByIndexSafe(token.index());
    if (word == null || !token.tag().startsWith("W")) {
      return false;
    }
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(word)) {
      if (in.getRelation().toString().equals("ref")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a token is the first word of a clause's subject: "told MPs [a new White Paper] was",
   * and "told voters [his Liberal Democrats] will offer", which the parse made a second object.
   */
  private static boolean opensSubject(AnnotatedText text, int s, CoreLabel token) {
    List<CoreLabel> tokens = text.tokens(s);
    for (SemanticGraphEdge edge : text.basic(s).edgeIterable()) {
      String rel = edge.getRelation().toString();
      if (!SUBJECTS.contains(rel) && !rel.equals("obj")) {
        continue;
      }
      int[] phrase = text.phrase(s, edge.getDependent(), false);
      if (phrase[0] != token.beginPosition()) {
        continue;
      }
      if (SUBJECTS.contains(rel)) {
        return true;
      }
      if (finiteAfter(tokens, phrase[1])) {
        return true;
      }
    }
    return false;
  }

  /** Whether the first token at or after a character offset is a finite verb or a modal. */
  private static boolean finiteAfter(List<CoreLabel> tokens, int offset) {
    CoreLabel after = firstFrom(tokens, offset);
    return after != null
        && (TailAttribution.FINITE.contains(after.tag()) || after.tag().equals("MD"));
  }

  /** The first token that begins at or after a character offset, or null. */
  private static CoreLabel firstFrom(List<CoreLabel> tokens, int offset) {
    for (CoreLabel token : tokens) {
      if (token.beginPosition() >= offset) {
        return token;
      }
    }
    return null;
  }

  /**
   * The tail attribution of a cue, else its inverted source between commas, else the
   * sentence-opening source before it, else null.
   */
  private TailAttribution.Tail tailOrFront(List<CoreLabel> tokens, IndexedWord cue) {
    int t = cue.index() - 1;
    TailAttribution.Tail tail = TailAttribution.find(tokens, t, this::isCueWord);
    tail = tail != null ? tail : TailAttribution.parenthetical(tokens, t, this::isCueWord);
    return tail != null ? tail : TailAttribution.front(tokens, t);
  }

  /** Whether a lemma is a cue word of the lexicons, verb or noun. */
  private boolean isCueWord(String lemma) {
    return lemma != null
        && (!lexicons.cues(lemma).isEmpty() || lexicons.nounCue(lemma).isPresent());
  }

  private static final Set<String> SPEECH_PARTICIPANTS = Set.of("i", "we", "you");

  /**
   * Whether a dependency of a reporting noun names its source: a possessor ("his claim"), a "by" or
   * a "from" phrase ("the announcement by the ministry", "a warning from the UN").
   */
  static boolean isNounSourceRelation(String relation) {
    return relation.equals("nmod:poss")
        || relation.equals("nmod:by")
        || relation.equals("nmod:from");
  }

  /** Verbs whose object is someone else's words (models/lexicons/responding-verbs.tsv). */
  private static final Set<String> RESPONDING_VERBS =
      Set.copyOf(
          Lexicons.rows("newsevents/lexicons/responding-verbs.tsv", 1).stream()
              .map(row -> row[0])
              .toList());

  /**
   * Whether a reporting noun is the object (or "to" phrase) of a responding verb ("denied reports
   * that ...", "responded to criticism that ..."): someone else's words, no statement of the verb's
   * subject.
   */
  static boolean respondedTo(SemanticGraph graph, IndexedWord noun) {
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(noun)) {
      String rel = in.getRelation().toString();
      IndexedWord verb = in.getGovernor();
      if ((rel.equals("obj") || rel.equals("obl:to"))
          && verb.tag().startsWith("VB")
          && verb.lemma() != null
          && RESPONDING_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The cue sense of a verb: one whose particle ("call for") is present, else a plain one, unless
   * the verb has a particle of its own that no sense lists: a phrasal verb is another verb ("write
   * off the debts", "add up"). In PolNeAR train's 840 texts, a plain cue verb of cues.tsv followed
   * by "off", "down", "up", "out", "back", "away", "over", "apart" or "aside" is inside a gold cue
   * 14 times in 113; such a verb is left to the cue model, whose features see the particle.
   */
  Optional<Lexicons.Cue> sense(SemanticGraph graph, IndexedWord verb) {
    Lexicons.Cue plain = null;
    for (Lexicons.Cue cue : lexicons.cues(verb.lemma())) {
      if (cue.particle() == null) {
        plain = cue;
      } else if (hasParticle(graph, verb, cue.particle())) {
        return Optional.of(cue);
      }
    }
    return plain == null
            || lexicons.phrasalNonCue(verb.lemma(), AnnotatedText.particle(graph, verb))
        ? Optional.empty()
        : Optional.of(plain);
  }

  private static boolean hasParticle(SemanticGraph graph, IndexedWord verb, String particle) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
      String rel = edge.getRelation().toString();
      if ((rel.equals("obl:" + particle) || rel.equals("nmod:" + particle))
          && !AnnotatedText.isTime(edge.getDependent())) {
        return true; // "called on Congress", not "called into the squad on Sunday night"
      }
      if (rel.equals("compound:prt") && edge.getDependent().word().equalsIgnoreCase(particle)) {
        return true;
      }
      if (isMarkedClause(graph, edge, particle)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an edge is an adverbial clause whose mark is the particle: "calling for the United
   * States to step up" and "called on Congress to act" parse the particle as the mark of the
   * infinitive clause (mark(step, for), advcl(calling, step)), not as a preposition of the verb.
   */
  private static boolean isMarkedClause(
      SemanticGraph graph, SemanticGraphEdge edge, String particle) {
    if (!edge.getRelation().getShortName().equals("advcl")) {
      return false;
    }
    IndexedWord clause = edge.getDependent();
    for (SemanticGraphEdge mark : graph.outgoingEdgeIterable(clause)) {
      if (mark.getRelation().getShortName().equals("mark")
          && mark.getDependent().word().equalsIgnoreCase(particle)
          && mark.getDependent().index() == edge.getGovernor().index() + 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * The predicate of a clause the parse split after the cue's object, or null: the cue as the
   * clausal subject of a later predicate ("Labour said the economy was at the heart of the
   * campaign": csubj(heart, said), obj(said, economy)), or a loose verb after the object ("said the
   * UK should not ignore the need": dep(said, ignore)). The object and its words follow the cue,
   * and the predicate follows the object.
   */
  static IndexedWord clauseAfterObject(SemanticGraph graph, IndexedWord cue, IndexedWord object) {
    if (object.index() <= cue.index()
        || !graph.getChildList(object).stream().allMatch(child -> child.index() > cue.index())) {
      return null;
    }
    for (SemanticGraphEdge edge : graph.incomingEdgeIterable(cue)) {
      String rel = edge.getRelation().toString();
      if ((rel.equals("csubj") || rel.equals("csubj:pass"))
          && edge.getGovernor().index() > object.index()) {
        return edge.getGovernor();
      }
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(cue)) {
      IndexedWord dep = edge.getDependent();
      if (edge.getRelation().toString().equals("dep")
          && dep.index() > object.index()
          && dep.tag() != null
          && dep.tag().startsWith("VB")
          // finite or with an auxiliary ("confirmed it is considering"), not a participle or
          // infinitive of its own ("denied the charges, saying that ...", "helped by ...")
          && (TailAttribution.FINITE.contains(dep.tag())
              || hasDependent(graph, dep, "aux")
              || hasDependent(graph, dep, "aux:pass"))) {
        return dep;
      }
    }
    return predicateAfterObject(graph, cue, object);
  }

  /**
   * The predicate whose auxiliary or copula comes right after the cue's object, or null: "argued it
   * was absurd to charge farmers" (dep(argued, absurd)), "after the firm revealed it would have to
   * restate its reports" (the predicate hung elsewhere in the sentence). A noun phrase after a verb
   * and before an auxiliary is the subject of a clause. Not for a cue inside a relative clause,
   * whose object may end before the sentence's own predicate ("Those who oppose the plan are
   * wrong").
   */
  private static IndexedWord predicateAfterObject(
      SemanticGraph graph, IndexedWord cue, IndexedWord object) {
    for (SemanticGraphEdge edge : graph.incomingEdgeIterable(cue)) {
      if (edge.getRelation().toString().startsWith("acl")) {
        return null;
      }
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(cue)) {
      if (edge.getRelation().toString().startsWith("nsubj")
          && edge.getDependent().tag().startsWith("W")) {
        return null;
      }
    }
    int last = object.index();
    for (IndexedWord word : graph.descendants(object)) {
      last = Math.max(last, word.index());
    }
    IndexedWord next = graph.getNodeByIndexSafe(last + 1);
    if (next == null) {
      return null;
    }
    for (SemanticGraphEdge edge : graph.incomingEdgeIterable(next)) {
      String rel = edge.getRelation().toString();
      if ((rel.equals("aux") || rel.equals("aux:pass") || rel.equals("cop"))
          && edge.getGovernor().index() > last) {
        return edge.getGovernor();
      }
    }
    return null;
  }

  /**
   * A quotation's content, with the words of its own clause before it when the quotation is a piece
   * of the sentence that the cue follows: "The merger "would be a good move," he added." says the
   * span from "The merger" to the quotation's end. Not when the words before hold a colon, another
   * quotation mark or a reporting verb ("For the Lib Dems David Laws said: "…"", "But he insisted
   * the squabbles were not "perceived as a problem," adding"), nor when they end with a comma, nor
   * when the quotation opens with a capital (most often a sentence of its own that the splitter
   * joined to the words before).
   */
  private Span clauseAroundQuote(
      AnnotatedText text, int s, Quotations.Quote quote, IndexedWord cue) {
    List<CoreLabel> tokens = text.tokens(s);
    String quoted = quote.content.getText();
    if (tokens.isEmpty()
        || quote.begin <= tokens.get(0).beginPosition()
        || cue.beginPosition() < quote.content.getEnd()
        || quoted.isEmpty()
        || Character.isUpperCase(quoted.charAt(0))) {
      return quote.content;
    }
    CoreLabel first = null;
    CoreLabel last = null;
    for (CoreLabel token : tokens) {
      if (token.endPosition() > quote.begin) {
        break;
      }
      String word = token.word();
      boolean verbCue = token.tag().startsWith("VB") && !lexicons.cues(token.lemma()).isEmpty();
      boolean mark = token.tag().equals("``") || token.tag().equals("''");
      if (word.equals(":") || mark || verbCue) {
        return quote.content;
      }
      first = first == null ? token : first;
      last = token;
    }
    if (first == null || last.word().equals(",")) {
      return quote.content;
    }
    return text.span(first.beginPosition(), quote.content.getEnd());
  }

  Optional<Found> fromCue(
      AnnotatedText text,
      Participants participants,
      List<Quotations.Quote> quotes,
      int s,
      IndexedWord cue,
      Lexicons.Cue sense) {
    SemanticGraph graph = text.enhanced(s);
    if (isPhaseOfVerb(text, s, graph, cue)) {
      return Optional.empty(); // "support continues to grow": the verb's phase, nothing said
    }
    if (hasNonSayingObject(lexicons, graph, cue)) {
      return Optional.empty(); // "the floods have claimed 300 lives": nothing said
    }
    List<IndexedWord> subjects = new ArrayList<>();
    IndexedWord object = null;
    List<IndexedWord> contentHeads = new ArrayList<>();
    IndexedWord addresseeHead = null;
    IndexedWord openClause = null;
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(cue)) {
      String rel = edge.getRelation().toString();
      IndexedWord dep = edge.getDependent();
      if (rel.equals("nsubj") && !dep.tag().startsWith("W")) {
        if (Subjects.canSpeak(text, s, dep)) {
          subjects.add(dep);
        }
      } else if (rel.equals("obj") && !dep.tag().startsWith("W")) {
        // "demanded the release of prisoners and an end to the siege": the enhanced graph makes
        // each conjunct an object; the first after the cue heads them all (an antecedent before
        // it, "a finish that he said ...", does not)
        boolean earlier =
            object != null
                && dep.index() > cue.index()
                && (object.index() < cue.index() || dep.index() < object.index());
        object = object == null || earlier ? dep : object;
      } else if ((rel.equals("iobj") || rel.equals("obl:to")) && !AnnotatedText.isTime(dep)) {
        addresseeHead = dep;
      } else if ((rel.equals("parataxis") || rel.equals("ccomp"))
          && dep.index() > cue.index()
          && afterPunctuation(text.tokens(s), dep)
          && bareReport(lexicons, graph, dep)) {
        // "The staff were not told, she said.", "… he told me 'absolutely not'," he said.": the
        // tail that reports the cue's clause is not what the cue says
        continue;
      } else if (rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("xcomp")) {
        contentHeads.add(dep);
        openClause = rel.equals("xcomp") ? dep : openClause;
      } else if (sense.particle() != null
          && (rel.equals("obl:" + sense.particle()) && !AnnotatedText.isTime(dep)
              || isMarkedClause(graph, edge, sense.particle()))) {
        contentHeads.add(dep);
      }
    }
    IndexedWord looseSource = null;
    for (IndexedWord head : List.copyOf(contentHeads)) {
      if (subjects.isEmpty()
          && object == null
          && TailAttribution.FINITE.contains(cue.tag())
          && (head.tag().startsWith("NN")
              || head.tag().equals("PRP")
              || head.tag().startsWith("JJ") && nominalAtEnd(text, s, graph, head))
          && head.index() > cue.index()
          && isInversion(text, s, cue)) {
        // "'... the game,' said Eriksson." parsed xcomp(said, Eriksson): the speaker, not what
        // was said.
        contentHeads.remove(head);
        subjects.add(head);
        looseSource = head;
      }
    }
    int contentFrom = -1;
    for (IndexedWord head : List.copyOf(contentHeads)) {
      IndexedWord name =
          subjects.isEmpty()
                  && object == null
                  && TailAttribution.FINITE.contains(cue.tag())
                  && head.index() > cue.index()
                  && isInversion(text, s, cue)
              ? nameRightAfter(text, s, graph, cue, head)
              : null;
      if (name != null) {
        // "'…,' said Ben Walker, a teacher at Brookfield charged with trying the game." and "For
        // instance, said Mr Hogan, blocking messages … can stop …": the parse made the name after
        // an inverted cue the subject of the clause that follows. The name speaks; what was said
        // is the quotation before the cue, else the rest of the sentence after the name's comma.
        subjects.add(name);
        looseSource = name;
        if (text.tokens(s).get(cue.index() - 2).tag().equals("''")) {
          contentHeads.remove(head);
        } else {
          contentFrom = name.index() + 1; // the token after the comma (0-based)
        }
      }
    }
    if (object != null) {
      if (sense.objectIsAddressee()) {
        addresseeHead = object;
      } else if (subjects.isEmpty() && object.index() > cue.index() && isInversion(text, s, cue)) {
        // "'It will be a tragedy,' said the chairman": the speaker follows the cue.
        subjects.add(object);
      } else if (contentHeads.isEmpty() && !sense.clauseOnly()) {
        contentHeads.add(object);
      } else if (openClause != null
          && object.index() > cue.index()
          && object.index() < openClause.index()
          && cue.lemma() != null
          && !lexicons.cues(cue.lemma()).isEmpty()
          && !lexicons.isObjectControl(cue.lemma())) {
        // "He expects it to be lifted soon": for a reporting verb of the lexicon whose object is
        // not its addressee, the object is the subject of what is expected. Not for an
        // object-control verb ("forced the army to withdraw") nor a verb the model alone takes
        // ("used his TV appearance to defend the plans").
        contentHeads.add(object);
      }
    }
    // "Labour said the economy was at the heart of ...": the parse made the clause's subject the
    // cue's object and hung the rest elsewhere; the content runs from the object to that clause's
    // end.
    IndexedWord rest =
        contentHeads.size() == 1 && contentHeads.get(0) == object
            ? clauseAfterObject(graph, cue, object)
            : null;
    IndexedWord marked = Subjects.markedClause(graph, cue);
    if (contentHeads.isEmpty() && marked != null) {
      // "..., saying the action would not affect ...": the parse made the gerund cue the mark of
      // the clause it introduces.
      contentHeads.add(marked);
    }
    if (contentHeads.isEmpty()) {
      // "The US and Russia have made progress ..., Kerry has said": a preceding unmarked clause.
      for (SemanticGraphEdge edge : text.basic(s).outgoingEdgeIterable(cue)) {
        IndexedWord dep = edge.getDependent();
        if (edge.getRelation().getShortName().equals("advcl")
            && dep.index() < cue.index()
            && !hasMark(text.basic(s), dep)) {
          contentHeads.add(dep);
        }
      }
    }
    Quotations.Quote quote =
        QuoteTitles.aside(
            text,
            Quotations.introducedBy(
                text, quotes, s, cue, contentHeads, lemma -> !lexicons.cues(lemma).isEmpty()),
            contentHeads);
    TailAttribution.Tail tail =
        quote == null && contentHeads.isEmpty() ? tailOrFront(text.tokens(s), cue) : null;
    Span content;
    boolean direct;
    int[] passive = null;
    if (quote != null) {
      content = clauseAroundQuote(text, s, quote, cue);
      direct = true;
    } else if (tail != null) {
      // "..., the ministry said.": a tail the parse did not link to the cue.
      List<CoreLabel> tokens = text.tokens(s);
      content =
          text.span(
              tokens.get(tail.contentFirst()).beginPosition(),
              tokens.get(tail.contentLast()).endPosition());
      direct = false;
      subjects.clear();
      subjects.add(graph.getNodeByIndexSafe(tokens.get(tail.head()).index()));
      subjects.removeIf(Objects::isNull);
    } else if (!contentHeads.isEmpty()) {
      int begin = Integer.MAX_VALUE;
      int end = -1;
      for (IndexedWord head : contentHeads) {
        int[] span = text.clause(s, head);
        begin = Math.min(begin, span[0]);
        end = Math.max(end, span[1]);
      }
      if (rest != null) {
        end = Math.max(end, text.clauseWithoutCoordinatedClauses(s, rest)[1]);
      }
      for (Quotations.Quote q : quotes) {
        if (q.content != null
            && q.contains(cue.beginPosition())
            && begin < q.content.getEnd()
            && end > q.content.getEnd()) {
          // '"A lot of people thought that … was taking off," he said.': what a cue inside a
          // quotation reports ends where the quotation does
          end = q.content.getEnd();
        }
      }
      if (contentFrom >= 0 && contentFrom < text.tokens(s).size()) {
        begin = Math.max(begin, text.tokens(s).get(contentFrom).beginPosition());
      }
      if (marked != null && contentHeads.contains(marked)) {
        // the clause the cue hangs in, from the word after the cue
        begin = Math.max(begin, text.tokens(s).get(cue.index()).beginPosition());
      }
      content = text.span(begin, end);
      direct = false;
    } else if ((passive = passiveContent(text, s, graph, cue, sense)) != null) {
      // "The new figure, announced by the Commerce Department, ...": the agent said it.
      content = text.span(passive[0], passive[1]);
      direct = false;
      subjects.clear();
      subjects.addAll(passiveAgents(graph, cue));
    } else {
      return Optional.empty();
    }
    if (quote != null) {
      // A subject inside a quotation is part of what was said, not who said it: inside the one
      // the cue introduces, or inside another speech quotation of the sentence ("'The plan,' he
      // said, 'will end poverty.'": "plan" is the subject of the quoted clause).
      subjects.removeIf(
          subject ->
              quotes.stream()
                  .anyMatch(
                      q ->
                          (q == quote || q.speech && !q.contains(cue.beginPosition()))
                              && q.contains(subject.beginPosition())));
    }
    if (subjects.isEmpty()) {
      subjects.addAll(Subjects.inherited(graph, cue));
    }
    if (subjects.isEmpty()) {
      subjects.addAll(Subjects.unlinked(graph, cue));
    }
    int[] run = subjects.isEmpty() ? SpeakerMentions.adjacentName(text, quotes, s, cue) : null;
    if (looseSource != null && subjects.contains(looseSource)) {
      // "said Tait, who has burst into contention": the name, not its relative clause
      run = TailAttribution.nameAfter(text.tokens(s), cue.index() - 1, looseSource.index() - 1);
      subjects.clear(); // the name's last word stands for it below
    }
    if (run == null && subjects.isEmpty()) {
      // "'It's nothing serious,' said his coach Peter Stanley.": the phrase the parse left loose.
      TailAttribution.Tail source = tailOrFront(text.tokens(s), cue);
      run = source == null ? null : new int[] {source.sourceFirst(), source.sourceLast()};
      if (run == null && quote != null && cue.index() == 1 && isInversion(text, s, cue)) {
        // "'... this quarter.' / said Janco Partners analyst Martin Pyykkonen.": the quotation
        // ended the sentence before.
        run = TailAttribution.sourceAfter(text.tokens(s), 0, this::isCueWord);
      }
    }
    if (run != null) {
      subjects.add(graph.getNodeByIndexSafe(text.tokens(s).get(run[1]).index()));
      subjects.removeIf(Objects::isNull);
    }
    if (sense.clauseOnly()
        && subjects.stream().anyMatch(w -> SPEECH_PARTICIPANTS.contains(w.word().toLowerCase()))) {
      return Optional.empty(); // "I think", "you want": a turn of speech, not a reported belief
    }
    if (subjects.size() == 1 && isEmptyIt(text, s, cue, subjects.get(0))) {
      // "It is hard to say whether ...", "It seems that ...": the writer's, with no speaker
      subjects.clear();
      run = null;
    }
    subjects.sort(Comparator.comparingInt(IndexedWord::index));
    Mention speaker = SpeakerMentions.of(participants, graph, s, subjects, cue);
    List<Argument> speakers = new ArrayList<>();
    for (IndexedWord subject : subjects) {
      speakers.add(participants.argument(Roles.AGENT, s, subject));
    }
    if (run == null && tail != null) {
      run = new int[] {tail.sourceFirst(), tail.sourceLast()};
    }
    if (run != null && speaker != null) {
      // A name the parse left loose: its own words, not the phrase the parse hangs on it.
      speaker = SpeakerMentions.over(text, speaker, s, run);
      speakers.set(0, SpeakerMentions.over(text, speakers.get(0), s, run));
      content = direct ? content : beforeSpeaker(text, s, content, run, cue);
    }
    Mention addressee = addresseeHead == null ? null : participants.mention(s, addresseeHead, null);
    if (quote != null) {
      // Taken only now: a cue that makes no statement ("I think") leaves its quotation to the
      // statement it continues.
      quote.used = true;
    }
    return Optional.of(
        new Found(
            s,
            cue,
            sense,
            speaker,
            speakers,
            addressee,
            content,
            direct,
            direct ? "cue-quote" : passive != null ? "cue-passive" : "cue-clause"));
  }

  /**
   * The event type of a verb whose direct object takes it out of its sense of saying ("claimed 300
   * lives": KILL; cue-object-senses.tsv), or empty.
   */
  public static Optional<String> nonSayingType(
      Lexicons lexicons, SemanticGraph graph, IndexedWord verb) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
      IndexedWord object = edge.getDependent();
      if (edge.getRelation().toString().equals("obj")
          && verb.lemma() != null
          && object.lemma() != null) {
        Optional<String> type =
            lexicons.nonSayingType(
                verb.lemma().toLowerCase(Locale.ROOT), object.lemma().toLowerCase(Locale.ROOT));
        if (type.isPresent()) {
          return type;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether any direct object of a verb takes it out of its sense of saying. */
  static boolean hasNonSayingObject(Lexicons lexicons, SemanticGraph graph, IndexedWord verb) {
    return nonSayingType(lexicons, graph, verb).isPresent();
  }

  /**
   * What a passive cue with a "by" agent reports: its passive subject ("The plan was announced by
   * the ministry") or the noun it modifies as a participle ("The new figure, announced by the
   * Commerce Department on Friday, topped forecasts"), as the object of the active cue would be
   * ("the ministry announced the plan"). The character span, or null: without an agent (a noun or
   * pronoun that is no time), for a cue that takes only a clause ("was criticised by"), whose
   * object is its addressee ("was told by") or that needs its particle, and for a subject that is
   * no common or proper noun ("It was announced by ...").
   */
  private static int[] passiveContent(
      AnnotatedText text, int s, SemanticGraph graph, IndexedWord cue, Lexicons.Cue sense) {
    if (sense.clauseOnly()
        || sense.objectIsAddressee()
        || sense.particle() != null
        || passiveAgents(graph, cue).isEmpty()) {
      return null;
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(cue)) {
      IndexedWord said = edge.getDependent();
      if (edge.getRelation().toString().equals("nsubj:pass")
          && said.index() < cue.index()
          && said.tag().startsWith("NN")) {
        return text.phrase(s, said, true);
      }
    }
    IndexedWord modified = cue.tag().equals("VBN") ? ContentSpans.modifiedNoun(text, s, cue) : null;
    if (modified != null && modified.tag().startsWith("NN")) {
      return new int[] {text.phrase(s, modified, false)[0], lastBefore(text, s, cue)};
    }
    return null;
  }

  /** The end of the last word before a cue that is not punctuation (the comma before it). */
  private static int lastBefore(AnnotatedText text, int s, IndexedWord cue) {
    List<CoreLabel> tokens = text.tokens(s);
    int t = cue.index() - 2;
    while (t > 0 && SpeakerMentions.isPunctuation(tokens.get(t))) {
      t--;
    }
    return tokens.get(t).endPosition();
  }

  /**
   * The "by" agents of a passive cue ("was announced by the ministry", "written by Lionel Richie
   * and Michael Jackson"): nouns or pronouns after the cue that are no time expression; empty when
   * it has none.
   */
  private static List<IndexedWord> passiveAgents(SemanticGraph graph, IndexedWord cue) {
    boolean passive = false;
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(cue)) {
      String rel = edge.getRelation().toString();
      passive |= rel.equals("aux:pass") || rel.equals("nsubj:pass");
    }
    for (SemanticGraphEdge edge : graph.incomingEdgeIterable(cue)) {
      // a participle modifying a noun ("the figure, announced by ..."), not a perfect ("has
      // announced by letter")
      passive |= cue.tag().equals("VBN") && edge.getRelation().getShortName().equals("acl");
    }
    List<IndexedWord> agents = new ArrayList<>();
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(cue)) {
      String rel = edge.getRelation().toString();
      IndexedWord agent = edge.getDependent();
      if (passive
          && (rel.equals("obl:agent") || rel.equals("obl:by"))
          && agent.index() > cue.index()
          && (agent.tag().startsWith("NN") || agent.tag().startsWith("PRP"))
          && !AnnotatedText.isTime(agent)) {
        agents.add(agent);
      }
    }
    return agents;
  }

  /**
   * Whether a verb of phase ({@code aspectual-phases.tsv}: "continue", "conclude") has an open
   * complement and no clause of its own ("Support continues to grow", "continued fighting"): it
   * gives the phase of that verb, not something said ("he continued: ..." and "concluded that ..."
   * stay cues).
   */
  static boolean isPhaseOfVerb(AnnotatedText text, int s, SemanticGraph graph, IndexedWord verb) {
    if (verb.lemma() == null || EventRules.standard().phase(verb.lemma()).isEmpty()) {
      return false;
    }
    List<CoreLabel> tokens = text.tokens(s);
    boolean open = false;
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
      String rel = edge.getRelation().getShortName();
      if (rel.equals("ccomp") || rel.equals("parataxis")) {
        return false;
      }
      open |= rel.equals("xcomp") && rightAfter(tokens, verb, edge.getDependent());
    }
    return open;
  }

  /**
   * Whether a word of a verb's clause follows the verb with no punctuation between them, as an open
   * complement does ("continued to grow"); not after a comma or colon ("Mr Learmount continued,
   * adding that ...", "continued: 'We ...'") and not before the verb.
   */
  private static boolean rightAfter(List<CoreLabel> tokens, IndexedWord verb, IndexedWord word) {
    if (word.index() < verb.index()) {
      return false;
    }
    for (int t = verb.index(); t < word.index() - 1 && t < tokens.size(); t++) {
      if (SpeakerMentions.isPunctuation(tokens.get(t))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a speaker is an empty "it" that stands for no one who could say anything: the expletive
   * before a verb or adjective of empty "it" ("It is hard to say that ...", "It seemed as though
   * ...": {@link ClauseShapes#isExpletiveIt}), or the passive or expletive subject of the cue
   * itself ("It is not immediately explained what ...").
   */
  static boolean isEmptyIt(AnnotatedText text, int s, IndexedWord cue, IndexedWord subject) {
    if (!subject.word().equalsIgnoreCase("it")) {
      return false;
    }
    SemanticGraph basic = text.basic(s);
    IndexedWord it = basic.getNodeByIndexSafe(subject.index());
    if (it == null) {
      return false;
    }
    for (SemanticGraphEdge in : basic.incomingEdgeIterable(it)) {
      String rel = in.getRelation().toString();
      if (in.getGovernor().index() == cue.index()
          && (rel.equals("nsubj:pass") || rel.equals("expl"))) {
        return true;
      }
    }
    return ClauseShapes.isExpletiveIt(basic, it);
  }

  /** Subject relations of a clause. */
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj", "expl");

  /**
   * Whether a past participle right after a noun modifies it ("The company named in the lawsuit
   * denied …", "those questioned said …", "the goods mentioned in the e-mail are cheap"), though
   * the parse made the noun its subject: the clause that follows has a verb with a tense and no
   * subject of its own. The noun is who was named or asked, not a speaker; the participle is no cue
   * (it stays an event). A "by" phrase alone does not make a participle a modifier ("a sapphire
   * described by Sharon as …" keeps Sharon as the speaker, since no verb without a subject
   * follows).
   */
  static boolean reducedRelative(AnnotatedText text, int s, IndexedWord cue) {
    List<CoreLabel> tokens = text.tokens(s);
    int before = cue.index() - 2;
    if (!cue.tag().equals("VBN")
        || before < 0
        || !(tokens.get(before).tag().startsWith("NN")
            || tokens.get(before).word().equalsIgnoreCase("those"))) {
      return false;
    }
    SemanticGraph graph = text.basic(s);
    IndexedWord participle = graph.getNodeByIndexSafe(cue.index());
    if (participle == null) {
      return false;
    }
    for (int t = cue.index(); t < tokens.size(); t++) {
      CoreLabel token = tokens.get(t);
      String word = token.word();
      if (word.equals(";") || word.equals(":") || token.tag().equals("``")) {
        return false;
      }
      if (!TailAttribution.FINITE.contains(token.tag()) && !token.tag().equals("MD")) {
        continue;
      }
      IndexedWord verb = graph.getNodeByIndexSafe(token.index());
      if (verb == null) {
        return false;
      }
      IndexedWord clause = verb;
      SemanticGraphEdge in = graph.getIncomingEdgesSorted(verb).stream().findFirst().orElse(null);
      String rel = in == null ? "" : in.getRelation().getShortName();
      if ((rel.equals("aux") || rel.equals("cop"))
          && (token.tag().equals("MD")
              || token.lemma() != null && SpeakerMentions.AUXILIARIES.contains(token.lemma()))) {
        clause = in.getGovernor();
      }
      if (clause.equals(participle) || rel.equals("conj") && in.getGovernor().equals(participle)) {
        return false; // "called for … and said": the participle's own coordinated verb
      }
      for (SemanticGraphEdge out : graph.outgoingEdgeIterable(clause)) {
        if (SUBJECTS.contains(out.getRelation().toString())
            && !out.getDependent().equals(participle)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** Most words between a comma and the name it introduces that are taken as its title. */
  private static final int MAX_TITLE = 6;

  /**
   * "Deaths in custody have reached record levels, a committee of MPs has warned": a clause the
   * parse ran over the speaker found before the cue ends before that speaker, and before the comma
   * that opens a title written before a name ("…, lead singer Gary Lightbody has said").
   */
  static Span beforeSpeaker(AnnotatedText text, int s, Span content, int[] run, IndexedWord cue) {
    int speakerBegin = text.tokens(s).get(run[0]).beginPosition();
    if (run[1] >= cue.index() - 1 // "…, said Texas, which means …": the name after the cue
        || speakerBegin <= content.getBegin()
        || speakerBegin >= content.getEnd()) {
      return content;
    }
    // "…, lead singer Gary Lightbody has said": a title before the name goes with it
    List<CoreLabel> tokens = text.tokens(s);
    for (int i = run[0] - 1; i >= 0 && i >= run[0] - MAX_TITLE; i--) {
      CoreLabel token = tokens.get(i);
      if (token.beginPosition() <= content.getBegin() || token.tag().startsWith("VB")) {
        break;
      }
      if (token.word().equals(",")) {
        speakerBegin = token.beginPosition();
        break;
      }
    }
    String body = text.body();
    int end = speakerBegin;
    while (end > content.getBegin()
        && (Character.isWhitespace(body.charAt(end - 1)) || body.charAt(end - 1) == ',')) {
      end--;
    }
    return end > content.getBegin() ? text.span(content.getBegin(), end) : content;
  }

  /**
   * "According to the police, three protesters were arrested": the source is the object of
   * "according to", the content is the rest of the clause it modifies.
   */
  private Optional<Found> accordingTo(
      AnnotatedText text,
      Participants participants,
      int s,
      IndexedWord source,
      IndexedWord clauseHead) {
    IndexedWord cue = null;
    for (IndexedWord child :
        text.basic(s).getChildren(text.basic(s).getNodeByIndexSafe(source.index()))) {
      if (child.word().equalsIgnoreCase("according")) {
        cue = child;
      }
    }
    Optional<Lexicons.Cue> sense =
        lexicons.cues("according").stream().filter(c -> "to".equals(c.particle())).findFirst();
    if (cue == null || sense.isEmpty()) {
      return Optional.empty();
    }
    int[] clause;
    int[] phrase;
    if (clauseHead != null) {
      clause = text.clause(s, clauseHead);
      phrase = new int[] {cue.beginPosition(), sourceEnd(text, s, source)};
    } else {
      // the source runs to the first comma, the content from there to the end of the sentence
      List<CoreLabel> tokens = text.tokens(s);
      int comma = firstComma(tokens);
      CoreLabel last = tokens.get(tokens.size() - 1);
      boolean stop = last.tag().equals(".");
      clause = new int[] {cue.beginPosition(), stop ? last.beginPosition() : last.endPosition()};
      phrase = new int[] {cue.beginPosition(), tokens.get(comma).beginPosition()};
    }
    int begin = clause[0];
    int end = clause[1];
    if (phrase[0] <= begin) {
      begin = phrase[1];
    } else {
      end = phrase[0];
    }
    String body = text.body();
    while (begin < end
        && (Character.isWhitespace(body.charAt(begin)) || body.charAt(begin) == ',')) {
      begin++;
    }
    while (end > begin
        && (Character.isWhitespace(body.charAt(end - 1)) || body.charAt(end - 1) == ',')) {
      end--;
    }
    if (end <= begin) {
      return Optional.empty();
    }
    Mention speaker = participants.mention(s, source, null);
    return Optional.of(
        new Found(
            s,
            cue,
            sense.get(),
            speaker,
            List.of(participants.argument(Roles.AGENT, s, source)),
            null,
            text.span(begin, end),
            false,
            "according-to"));
  }

  /**
   * The source of a sentence that opens with "According to" when the parse made that source the
   * sentence's root (so no clause holds an "according to" link), and a comma follows its phrase; or
   * null.
   */
  private static IndexedWord openingAccordingToRoot(AnnotatedText text, int s) {
    List<CoreLabel> tokens = text.tokens(s);
    if (tokens.size() < 4
        || !tokens.get(0).word().equalsIgnoreCase("according")
        || !tokens.get(1).word().equalsIgnoreCase("to")) {
      return null;
    }
    SemanticGraph basic = text.basic(s);
    IndexedWord root = basic.getFirstRoot();
    int comma = firstComma(tokens);
    if (root == null || !root.tag().startsWith("NN") || comma < 0 || root.index() > comma) {
      return null;
    }
    for (IndexedWord child : basic.getChildren(root)) {
      if (child.index() == 1) {
        return text.enhanced(s).getNodeByIndexSafe(root.index());
      }
    }
    return null;
  }

  /**
   * The index of the comma that ends an opening "According to" phrase: the first comma after the
   * sentence's first three words, or the one after a name set off by commas right after it
   * ("According to figures gathered by the watchdog, Ofcom, the growth …"); -1 if none.
   */
  private static int firstComma(List<CoreLabel> tokens) {
    for (int i = 3; i < tokens.size() - 1; i++) {
      if (tokens.get(i).word().equals(",")) {
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).tag().startsWith("NNP")) {
          j++;
        }
        // a name set off after a common noun; not "According to Ofcom, Britain, France and …"
        boolean afterNoun = !tokens.get(i - 1).tag().startsWith("NNP");
        boolean name =
            afterNoun && j > i + 1 && j < tokens.size() - 1 && tokens.get(j).word().equals(",");
        return name ? j : i;
      }
    }
    return -1;
  }

  /**
   * Where the words of "according to"'s source end: its noun phrase, or all the words the parse
   * hangs on the noun when they run up to a comma ("According to early results of exit polls
   * conducted for the AP by Edison Research, Clinton led …": the participle's words are the
   * source's, not the content's).
   */
  private static int sourceEnd(AnnotatedText text, int s, IndexedWord source) {
    int end = text.phrase(s, source, true)[1];
    SemanticGraph graph = text.basic(s);
    IndexedWord node = graph.getNodeByIndexSafe(source.index());
    if (node == null) {
      return end;
    }
    int last = node.index();
    for (IndexedWord word : graph.descendants(node)) {
      last = Math.max(last, word.index());
    }
    List<CoreLabel> tokens = text.tokens(s);
    if (last < tokens.size() && tokens.get(last).word().equals(",")) {
      return Math.max(end, tokens.get(last - 1).endPosition());
    }
    return end;
  }

  /** A cue right after a comma or closing quotation mark, as in "..., said the minister." */
  static boolean isInversion(AnnotatedText text, int s, IndexedWord cue) {
    if (cue.index() == 1 && s > 0) {
      // "'... this quarter.' / said Janco Partners analyst Martin Pyykkonen.": the splitter ended
      // the sentence at the quotation's full stop
      List<CoreLabel> before = text.tokens(s - 1);
      return !before.isEmpty() && before.get(before.size() - 1).tag().equals("''");
    }
    if (cue.index() < 2) {
      return false;
    }
    String before = text.tokens(s).get(cue.index() - 2).tag();
    return before.equals(",")
        || before.equals("''")
        || before.equals(":")
        || closingQuoteTaggedOpening(text.tokens(s), cue.index() - 2);
  }

  /**
   * Whether token t is a quotation mark the tagger took for an opening one although it closes a
   * quotation: it follows a comma, and a quotation is open before it or none opens after it ("'It
   * is good,' added Mr Stamp" tagged {@code , ``}, also when the quotation began in an earlier
   * sentence; not "the feature, 'adds useful links'").
   */
  static boolean closingQuoteTaggedOpening(List<CoreLabel> tokens, int t) {
    if (t < 1 || !tokens.get(t).tag().equals("``") || !tokens.get(t - 1).tag().equals(",")) {
      return false;
    }
    int before = 0;
    int after = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String tag = tokens.get(i).tag();
      if (i != t && (tag.equals("``") || tag.equals("''"))) {
        before += i < t ? 1 : 0;
        after += i > t ? 1 : 0;
      }
    }
    return before % 2 == 1 || after == 0;
  }

  /**
   * "Russia's announcement that it would withdraw", "a call from the UN for a ceasefire": a
   * reporting noun with a content clause; the source is its possessor or "by"/"from" phrase.
   */
  Optional<Found> fromNoun(
      AnnotatedText text, Participants participants, int s, IndexedWord noun, String type) {
    SemanticGraph graph = text.enhanced(s);
    IndexedWord source = null;
    List<IndexedWord> contentHeads = new ArrayList<>();
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(noun)) {
      String rel = edge.getRelation().toString();
      IndexedWord dep = edge.getDependent();
      if (isNounSourceRelation(rel)) {
        source = dep;
      } else if ((rel.startsWith("acl") || rel.equals("ccomp")) && hasMark(text.basic(s), dep)) {
        contentHeads.add(dep);
      } else if (rel.equals("nmod:for") && type.equals("APPEAL")) {
        contentHeads.add(dep);
      }
    }
    if (contentHeads.isEmpty()) {
      return Optional.empty();
    }
    if (source == null && respondedTo(graph, noun)) {
      // "She denied reports that ...": the reports are not hers; "denied" is the statement.
      return Optional.empty();
    }
    if (source == null) {
      // "Trump has made a call for ...", "with an assertion that ...": who made it.
      List<IndexedWord> makers = Subjects.subjectsOfVerbOver(graph, noun);
      source = makers.isEmpty() ? null : makers.get(0);
    }
    int[] content = text.clause(s, contentHeads.get(0));
    Mention speaker = source == null ? null : participants.mention(s, source, null);
    List<Argument> speakers =
        source == null ? List.of() : List.of(participants.argument(Roles.AGENT, s, source));
    Lexicons.Cue sense = new Lexicons.Cue(noun.lemma(), null, type, false, true);
    return Optional.of(
        new Found(
            s,
            noun,
            sense,
            speaker,
            speakers,
            null,
            text.span(content[0], content[1]),
            false,
            "noun-cue"));
  }

  /** Whether the phrase of a clause's verb opens after a comma or a quotation mark. */
  private static boolean afterPunctuation(List<CoreLabel> tokens, IndexedWord verb) {
    int t = verb.index() - 1;
    while (t > 0 && !SpeakerMentions.isPunctuation(tokens.get(t - 1))) {
      t--; // the words of the clause before its verb ("she" of "she said")
    }
    if (t == 0) {
      return false;
    }
    String tag = tokens.get(t - 1).tag();
    return tag.equals(",") || tag.equals("''") || tag.equals("``");
  }

  /**
   * Whether a clause is a bare report ("she said", "the paper said", "he added"): a finite verb
   * with no auxiliary that the lexicon has as a STATEMENT cue that may take any content ("say",
   * "add"; not "continue"), with a subject and no clause, object or quotation of its own.
   */
  static boolean bareReport(Lexicons lexicons, SemanticGraph graph, IndexedWord clause) {
    if (clause.lemma() == null
        || !TailAttribution.FINITE.contains(clause.tag())
        || lexicons.cues(clause.lemma()).stream()
            .noneMatch(c -> c.type().equals("STATEMENT") && !c.clauseOnly())) {
      return false;
    }
    boolean subject = false;
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(clause)) {
      String rel = edge.getRelation().toString();
      subject |= rel.equals("nsubj");
      if (rel.equals("obj")
          || rel.equals("ccomp")
          || rel.equals("xcomp")
          || rel.equals("parataxis")
          || rel.startsWith("aux")
          || rel.startsWith("advcl")) {
        return false;
      }
    }
    return subject;
  }

  /**
   * The name an inverted cue's clause took for its subject ("said Mr Hogan, the bank has …") or
   * hung on it loose ("says Dr Marsh, equipment is …"): the proper noun subject or {@code dep}
   * before {@code clause} whose name (its compound words) starts right after the cue and is
   * followed by a comma; null otherwise.
   */
  private static IndexedWord nameRightAfter(
      AnnotatedText text, int s, SemanticGraph graph, IndexedWord cue, IndexedWord clause) {
    List<CoreLabel> tokens = text.tokens(s);
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(clause)) {
      IndexedWord subject = edge.getDependent();
      String rel = edge.getRelation().toString();
      if (!(rel.equals("nsubj") || rel.equals("dep") && subject.index() < clause.index())
          || !subject.tag().startsWith("NNP")
          || subject.index() >= tokens.size()
          || !tokens.get(subject.index()).word().equals(",")) {
        continue;
      }
      int first = subject.index();
      for (SemanticGraphEdge in : graph.outgoingEdgeIterable(subject)) {
        String part = in.getRelation().toString();
        if ((part.equals("compound") || part.startsWith("flat"))
            && in.getDependent().index() < first) {
          first = in.getDependent().index();
        }
      }
      if (first == cue.index() + 1) {
        return subject;
      }
    }
    return null;
  }

  /**
   * "said the 22-year-old." or "said the 30-year-old, who ...": an adjective with a determiner used
   * as a noun, the last word of its sentence or before a comma.
   */
  private static boolean nominalAtEnd(
      AnnotatedText text, int s, SemanticGraph graph, IndexedWord word) {
    List<CoreLabel> tokens = text.tokens(s);
    String next = word.index() < tokens.size() ? tokens.get(word.index()).tag() : ".";
    return (next.equals(".") || next.equals(",")) && hasDependent(graph, word, "det");
  }

  private static boolean hasMark(SemanticGraph graph, IndexedWord clause) {
    return hasDependent(graph, clause, "mark");
  }

  /** Whether a word has a dependent by a relation of that short name. */
  private static boolean hasDependent(SemanticGraph graph, IndexedWord word, String relation) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
      if (edge.getRelation().getShortName().equals(relation)) {
        return true;
      }
    }
    return false;
  }
}
