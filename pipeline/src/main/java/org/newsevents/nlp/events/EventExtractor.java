package org.newsevents.nlp.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsevents.nlp.knowledge.ActorGazetteer;
import org.newsevents.nlp.knowledge.EventRules;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.knowledge.TrainedTriggers;
import org.newsevents.nlp.statements.StatementExtractor;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.text.Participants;
import org.newsevents.nlp.time.EventTimes;
import org.newsevents.nlp.time.Timexes;
import org.newsevents.schema.Argument;

/**
 * Finds who did what to whom, when and where: an annotated text goes in; each verbal or nominal
 * event comes out as an {@link EventRecords.Draft} with its type, TimeML class, arguments, time,
 * negation and modality. Reporting cues are left to the {@link StatementExtractor}.
 */
public final class EventExtractor {

  /**
   * Verbs in these relations are auxiliaries, adjectives ("neighbouring countries") or prepositions
   * ("including two children", "according to police", "following the meeting"), not events.
   */
  private static final Set<String> SKIPPED_RELATIONS =
      Set.of("aux", "aux:pass", "cop", "amod", "compound", "case");

  private static final Set<String> SKIPPED_LEMMAS = Set.of("be", "have", "do", "get");

  /** Verbs whose object is the subject of their to-infinitive ("persuaded them to leave"). */
  private static final Set<String> OBJECT_CONTROL =
      Set.of(
          "persuade",
          "convince",
          "force",
          "allow",
          "encourage",
          "invite",
          "help",
          "enable",
          "require",
          "permit",
          "order",
          "compel",
          "oblige",
          "instruct",
          "press",
          "pressure");

  private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");

  /** TimeML classes of states, whose objects are themes rather than patients. */
  private static final Set<String> STATE_CLASSES = Set.of("STATE", "I_STATE", "PERCEPTION");

  private static final Set<String> STATE_TOPICS =
      Set.of("obl:about", "obl:over", "obl:of", "obl:at", "obl:for");

  private static final Set<String> TIME_CLASSES = Set.of("DATE", "TIME", "DURATION", "SET");
  public static final Set<String> PLACE_PREPOSITIONS =
      Set.of(
          "in",
          "at",
          "near",
          "inside",
          "outside",
          "across",
          "into",
          "from",
          "throughout",
          "around");
  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "city",
          "country",
          "countries",
          "capital",
          "province",
          "region",
          "town",
          "village",
          "border",
          "area");

  private final Lexicons lexicons;
  private final TrainedTriggers trained;
  private final EventRules rules = EventRules.standard();
  private final NominalAgents nominalAgents = new NominalAgents(rules, ActorGazetteer.standard());

  public EventExtractor(Lexicons lexicons, TrainedTriggers trained) {
    this.lexicons = lexicons;
    this.trained = trained;
  }

  /** The events of one sentence; {@code cues} are the begin offsets of statement cues to skip. */
  public List<EventRecords.Draft> extract(
      AnnotatedText text, Participants participants, EventTimes times, int s, Set<Integer> cues) {
    SemanticGraph graph = text.enhanced(s);
    SemanticGraph tree = text.basic(s);
    List<EventRecords.Draft> drafts = new ArrayList<>();
    Set<Integer> absorbed = new HashSet<>();
    // The enhanced graph copies a predicate for an elided clause ("copy nodes", copyCount > 0):
    // the copy has the original's word and offsets, so it would repeat the original's event and id.
    List<IndexedWord> words =
        graph.vertexListSorted().stream().filter(word -> word.copyCount() == 0).toList();
    // Verbs first: a support verb absorbs its event noun, which then makes no event of its own.
    for (IndexedWord word : words) {
      if (!word.tag().startsWith("VB")
          || cues.contains(word.beginPosition())
          || !isPredicate(tree, word)
          || text.verbUsedAsNoun(s, word)
          || inHyphenatedCompound(text, s, word)) {
        continue;
      }
      // A speech verb without content is still a statement event ("what they said"); a verb that
      // is a cue only with a clause ("attacked", "found") is an ordinary event without one.
      boolean isCue = lexicons.cues(word.lemma()).stream().anyMatch(c -> !c.clauseOnly());
      Optional<Lexicons.EventSense> curated = lexicons.trigger(word.lemma(), "V");
      Optional<TrainedTriggers.Entry> learned =
          trained.lookup(word.lemma(), word.tag(), tree, tree.getNodeByIndexSafe(word.index()));
      if (!isCue
          && curated.isEmpty()
          && learned.filter(TrainedTriggers.Entry::rarelyAnEvent).isPresent()) {
        continue; // "include", "base", "compare": seldom an event in news text
      }
      // A cue without content: REPORTING unless the trained model knows better ("called",
      // "asked" without a clause are mostly I_ACTION or OCCURRENCE in TimeML).
      Lexicons.EventSense sense =
          withLearnedClass(
              isCue
                  ? new Lexicons.EventSense(
                      lexicons.cues(word.lemma()).stream()
                          .filter(c -> !c.clauseOnly())
                          .findFirst()
                          .orElseThrow()
                          .type(),
                      "REPORTING")
                  : curated.orElse(new Lexicons.EventSense("OTHER", "OCCURRENCE")),
              learned);
      String rule = isCue ? "cue-without-content" : "verb";
      IndexedWord eventNoun = supportedNoun(graph, word).orElse(null);
      List<Argument> arguments = new ArrayList<>();
      if (eventNoun != null) {
        absorbed.add(eventNoun.index());
        sense = lexicons.trigger(eventNoun.lemma(), "N").orElseThrow();
        rule = "support-verb:" + eventNoun.lemma();
      }
      verbArguments(text, participants, graph, s, word, eventNoun, sense, arguments);
      if (arguments.stream().noneMatch(a -> a.getRole().equals("AGENT"))) {
        controllerAgents(participants, graph, s, word, arguments);
      }
      if (eventNoun != null) {
        nounArguments(text, participants, graph, s, eventNoun, sense.type(), arguments);
        carriedNounArgument(participants, graph, s, word, eventNoun, arguments);
      } else {
        sense = typedByPatient(graph, word, sense);
      }
      drafts.add(new EventRecords.Draft(s, word, sense, arguments, rule));
    }
    for (IndexedWord word : words) {
      if (!word.tag().startsWith("NN")
          || word.tag().startsWith("NNP")
          || absorbed.contains(word.index())) {
        continue;
      }
      Optional<Lexicons.EventSense> sense = lexicons.trigger(word.lemma(), "N");
      if (sense.isEmpty()) {
        sense = lexicons.trigger(word.word().toLowerCase(), "N");
      }
      Optional<TrainedTriggers.Entry> learned = trained.lookup(word.lemma(), word.tag());
      String rule = "noun";
      if (sense.isEmpty() && learned.filter(TrainedTriggers.Entry::usuallyAnEvent).isPresent()) {
        sense = Optional.of(new Lexicons.EventSense("OTHER", "OCCURRENCE"));
        rule = "noun:trained";
      }
      if (sense.isPresent()) {
        List<Argument> arguments = new ArrayList<>();
        nounArguments(text, participants, graph, s, word, sense.get().type(), arguments);
        drafts.add(
            new EventRecords.Draft(
                s, word, withLearnedClass(sense.get(), learned), arguments, rule));
      }
    }
    for (IndexedWord word : words) {
      if (!word.tag().startsWith("JJ")) {
        continue;
      }
      // States: curated predicative adjectives of attitude ("they were worried about reports"),
      // else the trained model ("willing", "responsible", "due").
      Optional<TrainedTriggers.Entry> learned = trained.lookup(word.lemma(), word.tag());
      Optional<Lexicons.EventSense> curated =
          lexicons.trigger(word.lemma(), "J").filter(sense -> isPredicative(graph, word));
      if (curated.isPresent()) {
        Lexicons.EventSense sense = withLearnedClass(curated.get(), learned);
        List<Argument> arguments = new ArrayList<>();
        verbArguments(text, participants, graph, s, word, null, sense, arguments);
        drafts.add(new EventRecords.Draft(s, word, sense, arguments, "adjective"));
      } else if (learned.filter(TrainedTriggers.Entry::usuallyAnEvent).isPresent()) {
        Lexicons.EventSense sense =
            withLearnedClass(new Lexicons.EventSense("OTHER", "STATE"), learned);
        drafts.add(new EventRecords.Draft(s, word, sense, new ArrayList<>(), "adjective:trained"));
      }
    }
    for (EventRecords.Draft draft : drafts) {
      Timexes.Mention timex = times.anchored(s, draft.trigger());
      timex = timex != null ? timex : times.since(s, draft.trigger());
      if (timex == null && !draft.trigger().tag().startsWith("VB")) {
        EventTimes.Phased phased = times.phased(s, draft.trigger());
        timex = phased == null ? null : phased.timex();
      }
      if (timex == null && draft.rule().startsWith("support-verb:")) {
        // "launched an offensive ... on Saturday": the date may hang on the noun's phrase.
        for (IndexedWord noun : graph.getChildren(draft.trigger())) {
          if (absorbed.contains(noun.index())) {
            timex = times.anchored(s, noun);
          }
        }
      }
      if (timex != null) {
        draft.arguments().add(participants.argument("TIME", timex.begin(), timex.finish()));
      }
    }
    return drafts;
  }

  /**
   * "agreed to work together to end the war", "told reporters after attending a meeting": a
   * to-infinitive or participle clause without a subject of its own takes the agents of the verb it
   * depends on, up the chain.
   */
  private void controllerAgents(
      Participants participants,
      SemanticGraph graph,
      int s,
      IndexedWord verb,
      List<Argument> arguments) {
    IndexedWord current = verb;
    for (int depth = 0; depth < 3; depth++) {
      IndexedWord governor = null;
      for (SemanticGraphEdge in : graph.incomingEdgeIterable(current)) {
        String rel = in.getRelation().getShortName();
        boolean participle = rel.equals("advcl") && current.tag().equals("VBG");
        if (((rel.equals("advcl") || rel.equals("xcomp")) && Factuality.hasToMark(graph, current))
            || participle) {
          governor = in.getGovernor();
        }
      }
      if (governor == null) {
        return;
      }
      for (SemanticGraphEdge out : graph.outgoingEdgeIterable(governor)) {
        String rel = out.getRelation().toString();
        boolean subject =
            rel.equals("nsubj")
                || (rel.equals("nsubj:xsubj")
                    && canControl(participants, graph, s, out.getDependent()));
        if (subject && !out.getDependent().tag().startsWith("W")) {
          arguments.add(participants.argument("AGENT", s, out.getDependent()));
        }
      }
      if (arguments.stream().anyMatch(a -> a.getRole().equals("AGENT"))) {
        return;
      }
      current = governor;
    }
  }

  /** The TimeML class the trained model gives a word it has seen often enough as an event. */
  private static Lexicons.EventSense withLearnedClass(
      Lexicons.EventSense sense, Optional<TrainedTriggers.Entry> learned) {
    return learned
        .filter(TrainedTriggers.Entry::hasReliableClass)
        .map(entry -> new Lexicons.EventSense(sense.type(), entry.timemlClass()))
        .orElse(sense);
  }

  /** An adjective said of a subject ("they were worried"), not a modifier ("worried residents"). */
  private static boolean isPredicative(SemanticGraph graph, IndexedWord adjective) {
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(adjective)) {
      String rel = out.getRelation().getShortName();
      if (rel.equals("cop") || rel.equals("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /** A verb that is not an auxiliary, copula or light "be/have/do". */
  private static boolean isPredicate(SemanticGraph tree, IndexedWord word) {
    IndexedWord node = tree.getNodeByIndexSafe(word.index());
    if (node == null || SKIPPED_LEMMAS.contains(word.lemma().toLowerCase())) {
      return false;
    }
    for (SemanticGraphEdge edge : tree.incomingEdgeIterable(node)) {
      if (SKIPPED_RELATIONS.contains(edge.getRelation().toString())) {
        return false;
      }
    }
    return true;
  }

  /** The event noun a support verb carries ("launched a major new offensive"), if any. */
  private Optional<IndexedWord> supportedNoun(SemanticGraph graph, IndexedWord verb) {
    Optional<Lexicons.SupportVerb> support = lexicons.supportVerb(verb.lemma());
    if (support.isEmpty()) {
      return Optional.empty();
    }
    IndexedWord noun = null;
    boolean objectOk = support.get().requiredObject() == null;
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
      String rel = edge.getRelation().toString();
      IndexedWord dep = edge.getDependent();
      if (rel.equals("obj")
          && dep.word().equalsIgnoreCase(String.valueOf(support.get().requiredObject()))) {
        objectOk = true;
      }
      boolean slot =
          support.get().subjectSlot()
              ? rel.equals("nsubj")
              : rel.equals("obj") || rel.equals("nsubj:pass");
      if (slot && dep.tag().startsWith("NN") && lexicons.trigger(dep.lemma(), "N").isPresent()) {
        noun = dep;
      }
    }
    return objectOk ? Optional.ofNullable(noun) : Optional.empty();
  }

  private void verbArguments(
      AnnotatedText text,
      Participants participants,
      SemanticGraph graph,
      int s,
      IndexedWord verb,
      IndexedWord eventNoun,
      Lexicons.EventSense sense,
      List<Argument> arguments) {
    boolean aspectual = sense.timemlClass().equals("ASPECTUAL");
    boolean state = STATE_CLASSES.contains(sense.timemlClass());
    // "members ... fighting alongside forces", "the communique issued on 30 June": a participle
    // modifying a noun has that noun as its agent (-ing) or patient (-ed). A finite verb under
    // "acl" is a clause the parser hung on its own subject ("since the uprising ... began").
    // Relative clauses (acl:relcl) have their subject from the enhanced graph already.
    boolean ownSubject = hasSubject(graph, verb);
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(verb)) {
      IndexedWord host = in.getGovernor();
      if (!in.getRelation().toString().equals("acl") || host.tag().startsWith("W") || ownSubject) {
        continue;
      }
      if (verb.tag().equals("VBG")) {
        arguments.add(participants.argument("AGENT", s, host));
      } else if (verb.tag().equals("VBN")) {
        arguments.add(participants.argument("PATIENT", s, adjacentOfNoun(graph, host, verb)));
      } else if (FINITE_TAGS.contains(verb.tag())) {
        arguments.add(participants.argument(aspectual ? "THEME" : "AGENT", s, host));
      }
    }
    if (verb.tag().equals("VBG") && !ownSubject) {
      IndexedWord subject = unattachedParticipleSubject(text, graph, s, verb);
      if (subject != null) {
        arguments.add(participants.argument("AGENT", s, subject));
      }
    }
    IndexedWord forSubject =
        ImplicitSubjects.forPhraseSubject(
            graph,
            verb,
            governor ->
                lexicons.cues(governor.lemma()).stream().anyMatch(c -> "for".equals(c.particle())));
    if (forSubject != null) {
      arguments.add(participants.argument("AGENT", s, agentOfPhrase(graph, forSubject)));
    }
    IndexedWord addressee =
        ownSubject
            ? null
            : ImplicitSubjects.imperativeAddressee(graph, verb, this::addressesObject);
    if (addressee != null) {
      arguments.add(participants.argument("AGENT", s, addressee));
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
      String rel = edge.getRelation().toString();
      IndexedWord dep = edge.getDependent();
      if (dep.tag().startsWith("W") && rel.startsWith("nsubj")) {
        // "a government that could include": a relative pronoun the parse left unlinked stands for
        // the noun before it; "who should participate": an indirect question's open subject.
        IndexedWord antecedent = ImplicitSubjects.antecedentBefore(text, graph, s, dep);
        if (antecedent != null) {
          dep = antecedent;
        } else if (ImplicitSubjects.isRelativePronoun(text, graph, s, dep)) {
          continue;
        }
      }
      if ((dep.tag().startsWith("W") && !rel.startsWith("nsubj"))
          || (forSubject != null && rel.equals("nsubj:xsubj"))
          || dep.equals(eventNoun)
          || dep.word().equalsIgnoreCase("place")
          || TIME_CLASSES.contains(dep.ner())) {
        continue; // relative pronouns stand for their antecedent; times are the TIME argument
      }
      if (rel.equals("nsubj:xsubj") && !canControl(participants, graph, s, dep)) {
        continue; // "made progress on plans to convene": "progress" convenes nothing
      }
      String role =
          switch (rel) {
            case "nsubj", "nsubj:xsubj" -> aspectual ? "THEME" : "AGENT";
            case "obl:agent", "obl:by" -> "AGENT";
            // "want peace", "hear the cry": a state or perception does not affect its object.
            case "nsubj:pass", "obj" -> state ? "THEME" : "PATIENT";
            // "prevent what they said was the threat": a free relative the parser made a clause.
            case "ccomp" -> dep.tag().startsWith("NN") ? "PATIENT" : null;
            case "iobj" -> "RECIPIENT";
            // "launched an offensive on rebels": the target of the carried event noun.
            case "obl:on", "obl:against" -> eventNoun != null ? "PATIENT" : null;
            // "worried about reports", "afraid of": what a state is about.
            default ->
                state && STATE_TOPICS.contains(rel)
                    ? "THEME"
                    : obliqueRole(participants, s, rel, dep);
          };
      if (role != null && rel.equals("ccomp")) {
        int[] clause = text.clause(s, dep);
        arguments.add(
            Argument.newBuilder(participants.argument(role, s, dep))
                .setText(text.body().substring(clause[0], clause[1]))
                .setBegin(clause[0])
                .setEnd(clause[1])
                .build());
      } else if (role != null) {
        List<IndexedWord> conjuncts =
            role.equals("PATIENT") || role.equals("THEME")
                ? ArgumentShapes.misattachedConjuncts(text.basic(s), dep)
                : List.of();
        Argument argument = participants.argument(role, s, dep);
        if (!conjuncts.isEmpty()) {
          // The first object ends before the conjunction the parser hung inside it.
          int cut = ArgumentShapes.conjunctionBegin(text.basic(s), conjuncts.get(0));
          argument = ArgumentShapes.clipped(participants, argument, cut);
        }
        arguments.add(argument);
        nestedLocation(participants, graph, s, role, dep, arguments);
        for (IndexedWord conjunct : conjuncts) {
          arguments.add(participants.argument(role, s, conjunct));
        }
      }
    }
    // "prevent what they said was the threat": a speech verb there is a parenthetical, no cleft.
    boolean speech = lexicons.cues(verb.lemma()).stream().anyMatch(c -> !c.clauseOnly());
    IndexedWord value = speech ? null : ArgumentShapes.pseudoCleftValue(graph, verb);
    if (value != null) {
      // "All they hear is talks after talks," Mr Ban said: the value ends at the quotation.
      Argument argument = participants.argument(state ? "THEME" : "PATIENT", s, value);
      for (var token : text.tokens(s).subList(value.index(), text.tokens(s).size())) {
        if (token.tag().matches("[,:]|''|``") && token.beginPosition() < argument.getEnd()) {
          argument = ArgumentShapes.clipped(participants, argument, token.beginPosition());
          break;
        }
      }
      arguments.add(argument);
    }
  }

  /** The argument cut to end before an offset, trailing blanks dropped. */

  /** Where a conjunct's coordination starts: its "and"/"or", else the conjunct itself. */

  /**
   * "Far too many lives have been lost": a trigger whose patient is listed with it in the models'
   * argument types takes that type ("lose" + "life": KILL).
   */
  private Lexicons.EventSense typedByPatient(
      SemanticGraph graph, IndexedWord verb, Lexicons.EventSense sense) {
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(verb)) {
      String rel = out.getRelation().toString();
      if (rel.equals("obj") || rel.equals("nsubj:pass")) {
        Optional<String> type = rules.typeWithPatient(verb.lemma(), out.getDependent().lemma());
        if (type.isPresent()) {
          return new Lexicons.EventSense(type.get(), sense.timemlClass());
        }
      }
    }
    return sense;
  }

  /**
   * "the conference be held", "the meeting might not take place": the carried event noun fills the
   * slot it stands in (what is held: PATIENT; what takes place: THEME), unless the noun's own
   * arguments fill that role already ("launched an offensive on rebels": rebels are the PATIENT).
   */
  private void carriedNounArgument(
      Participants participants,
      SemanticGraph graph,
      int s,
      IndexedWord verb,
      IndexedWord noun,
      List<Argument> arguments) {
    String role = null;
    for (SemanticGraphEdge edge : graph.getAllEdges(verb, noun)) {
      String rel = edge.getRelation().toString();
      role =
          rel.equals("nsubj")
              ? "THEME"
              : rel.equals("obj") || rel.equals("nsubj:pass") ? "PATIENT" : role;
    }
    String filled = role;
    if (filled != null && arguments.stream().noneMatch(a -> a.getRole().equals(filled))) {
      arguments.add(participants.argument(filled, s, noun));
    }
  }

  /**
   * Who acts in a phrase: "an urgent meeting of the UN Security Council" is the Council (a
   * gathering's "of", a possessor or a "by" phrase of an event noun), any other phrase itself.
   */
  private IndexedWord agentOfPhrase(SemanticGraph graph, IndexedWord head) {
    if (lexicons.trigger(head.lemma(), "N").isPresent()) {
      for (SemanticGraphEdge out : graph.outgoingEdgeIterable(head)) {
        String rel = out.getRelation().toString();
        if (rel.equals("nmod:poss")
            || rel.equals("nmod:by")
            || (rel.equals("nmod:of") && ofIsAgent(head))) {
          return out.getDependent();
        }
      }
    }
    return head;
  }

  /** A verb whose object is the addressee ("call on", "urge") or the controller of its clause. */
  private boolean addressesObject(IndexedWord verb) {
    return verb.tag().startsWith("VB") && isObjectControlVerb(verb);
  }

  private static boolean hasSubject(SemanticGraph graph, IndexedWord verb) {
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(verb)) {
      if (out.getRelation().getShortName().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the core elements of the final communique issued on 30 June": a past participle right after an
   * "of" noun modifies that nearer noun, though the parser hangs it on the phrase's head.
   */
  private static IndexedWord adjacentOfNoun(
      SemanticGraph graph, IndexedWord host, IndexedWord participle) {
    for (SemanticGraphEdge out : graph.outgoingEdgeIterable(host)) {
      IndexedWord inner = out.getDependent();
      if (out.getRelation().toString().equals("nmod:of")
          && inner.tag().startsWith("NN")
          && inner.index() == participle.index() - 1) {
        return inner;
      }
    }
    return host;
  }

  /**
   * "members from the movement, Hezbollah, once again fighting alongside government forces": a
   * participle the parser left unattached ("dep") is said of the noun just before it, across
   * adverbs and a comma.
   */
  private static IndexedWord unattachedParticipleSubject(
      AnnotatedText text, SemanticGraph graph, int s, IndexedWord verb) {
    boolean unattached = false;
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(verb)) {
      unattached |= in.getRelation().toString().equals("dep");
    }
    if (!unattached) {
      return null;
    }
    var tokens = text.tokens(s);
    for (int i = verb.index() - 2; i >= 0; i--) {
      String tag = tokens.get(i).tag();
      if (tag.startsWith("RB") || tag.equals(",")) {
        continue;
      }
      boolean nominal = tag.startsWith("NN") || tag.equals("PRP");
      return nominal ? graph.getNodeByIndexSafe(i + 1) : null;
    }
    return null;
  }

  /**
   * "heart-rending", "US-led": a participle joined by a hyphen to the word before it is part of an
   * adjective, not an event.
   */
  private static boolean inHyphenatedCompound(AnnotatedText text, int s, IndexedWord word) {
    if (!word.tag().equals("VBG") && !word.tag().equals("VBN")) {
      return false;
    }
    var tokens = text.tokens(s);
    int i = word.index() - 1;
    if (i < 2) {
      return false;
    }
    var hyphen = tokens.get(i - 1);
    var before = tokens.get(i - 2);
    return hyphen.word().equals("-")
        && hyphen.beginPosition() == before.endPosition()
        && hyphen.endPosition() == word.beginPosition();
  }

  /**
   * Whether a controller that enhanced++ propagates to a to-infinitive can act: a subject, a name,
   * or a personal pronoun; not an inanimate object ("made progress on plans to convene").
   */
  private boolean canControl(
      Participants participants, SemanticGraph graph, int s, IndexedWord controller) {
    for (SemanticGraphEdge in : graph.incomingEdgeIterable(controller)) {
      String rel = in.getRelation().toString();
      if (rel.equals("nsubj")) {
        return true;
      }
      // "urged the community to commit", "convince both sides to accept": object control.
      if (rel.equals("obj") && isObjectControlVerb(in.getGovernor())) {
        return true;
      }
    }
    return participants.entityType(s, controller) != null || controller.tag().equals("PRP");
  }

  private boolean isObjectControlVerb(IndexedWord verb) {
    return OBJECT_CONTROL.contains(verb.lemma().toLowerCase())
        || lexicons.cues(verb.lemma()).stream().anyMatch(Lexicons.Cue::objectIsAddressee);
  }

  /**
   * "an offensive on rebels in Homs": the place may hang on a participant rather than the event.
   */
  private static void nestedLocation(
      Participants participants,
      SemanticGraph graph,
      int s,
      String role,
      IndexedWord dep,
      List<Argument> arguments) {
    if (!role.equals("PATIENT") && !role.equals("THEME")) {
      return;
    }
    for (SemanticGraphEdge inner : graph.outgoingEdgeIterable(dep)) {
      String innerRel = inner.getRelation().toString();
      if ("LOCATION".equals(obliqueRole(participants, s, innerRel, inner.getDependent()))) {
        arguments.add(participants.argument("LOCATION", s, inner.getDependent()));
      }
    }
  }

  private void nounArguments(
      AnnotatedText text,
      Participants participants,
      SemanticGraph graph,
      int s,
      IndexedWord noun,
      String type,
      List<Argument> arguments) {
    nominalAgents.add(participants, graph, s, noun, type, arguments);
    boolean intensional =
        lexicons
            .trigger(noun.lemma(), "N")
            .filter(sense -> sense.timemlClass().startsWith("I_"))
            .isPresent();
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(noun)) {
      String rel = edge.getRelation().toString();
      IndexedWord dep = edge.getDependent();
      if (TIME_CLASSES.contains(dep.ner())) {
        continue;
      }
      if (intensional && rel.startsWith("acl") && dep.tag().startsWith("VB")) {
        // "a need for the violence to end", "a plan to hold talks": the wanted event is the theme.
        int[] clause = text.clause(s, dep);
        arguments.add(participants.argument("THEME", clause[0], clause[1]));
        continue;
      }
      String role =
          switch (rel) {
            case "nmod:poss", "nmod:by", "nmod:between" -> "AGENT";
            // "a meeting of the Security Council", "the call of history": who gathers or calls.
            case "nmod:of" -> rules.ofIsAgent(type) ? "AGENT" : "THEME";
            case "nmod:against", "nmod:on" -> "PATIENT";
            case "nmod:with" -> "RECIPIENT";
            case "nmod:for" -> intensional ? "THEME" : null;
            default -> obliqueRole(participants, s, rel, dep);
          };
      if (role != null) {
        arguments.add(participants.argument(role, s, dep));
        nestedLocation(participants, graph, s, role, dep, arguments);
      }
    }
  }

  /** "a meeting of the Security Council", "the cry of the Syrian people": "of" names who acts. */
  private boolean ofIsAgent(IndexedWord noun) {
    return lexicons.trigger(noun.lemma(), "N").filter(s -> rules.ofIsAgent(s.type())).isPresent();
  }

  /** LOCATION, RECIPIENT or INSTRUMENT for a prepositional dependent, or null. */
  private static String obliqueRole(Participants participants, int s, String rel, IndexedWord dep) {
    int colon = rel.indexOf(':');
    if (colon < 0 || !(rel.startsWith("obl") || rel.startsWith("nmod"))) {
      return null;
    }
    String preposition = rel.substring(colon + 1);
    String entity = participants.entityType(s, dep);
    boolean place = "LOCATION".equals(entity) || PLACE_NOUNS.contains(dep.word().toLowerCase());
    if (PLACE_PREPOSITIONS.contains(preposition) && place) {
      return "LOCATION";
    }
    if (preposition.equals("to")) {
      return place
          ? "LOCATION"
          : ("PERSON".equals(entity) || "ORGANIZATION".equals(entity) ? "RECIPIENT" : null);
    }
    if (preposition.equals("with")
        && rel.startsWith("obl")
        && entity == null
        && dep.tag().startsWith("NN")) {
      return "INSTRUMENT";
    }
    return null;
  }
}
