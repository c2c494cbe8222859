package org.newsevents.nlp.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsevents.nlp.knowledge.EventRules;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.knowledge.TrainedTriggers;
import org.newsevents.nlp.statements.StatementExtractor;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * Which words of a sentence are events: a sentence goes in; its triggers come out, verbs first,
 * then nouns, then adjectives, each with its event type, TimeML class and the rule that found it.
 */
final class EventTriggers {

  /** How a trigger's arguments are read. */
  enum Kind {
    /** A verb; with an event noun when it is a support verb ("launched an offensive"). */
    VERB,
    NOUN,
    /** A curated predicative adjective, read like a verb ("they were worried about reports"). */
    ADJECTIVE,
    /** An adjective only the trained model knows: no arguments. */
    TRAINED_ADJECTIVE
  }

  /** A trigger word, its sense, the rule that found it, and a support verb's event noun or null. */
  record Trigger(
      IndexedWord word, Lexicons.EventSense sense, String rule, IndexedWord eventNoun, Kind kind) {}

  /**
   * Verbs in these relations are auxiliaries, adjectives ("neighbouring countries") or prepositions
   * ("including two children", "according to police", "following the meeting"), not events.
   */
  private static final Set<String> SKIPPED_RELATIONS =
      Set.of("aux", "aux:pass", "cop", "amod", "compound", "case");

  private static final Set<String> SKIPPED_LEMMAS = Set.of("be", "have", "do", "get");

  private final Lexicons lexicons;
  private final TrainedTriggers trained;
  private final EventRules rules;
  private final TriggerModel model;

  EventTriggers(Lexicons lexicons, TrainedTriggers trained, EventRules rules, TriggerModel model) {
    this.lexicons = lexicons;
    this.trained = trained;
    this.rules = rules;
    this.model = model;
  }

  /** The triggers of a sentence; {@code cues} are the begin offsets of statement cues to skip. */
  List<Trigger> find(SentenceContext sentence, Set<Integer> cues) {
    SemanticGraph graph = sentence.graph();
    // The enhanced graph copies a predicate for an elided clause ("copy nodes", copyCount > 0):
    // the copy has the original's word and offsets, so it would repeat the original's event and id.
    List<IndexedWord> words =
        graph.vertexListSorted().stream().filter(word -> word.copyCount() == 0).toList();
    List<Trigger> triggers = new ArrayList<>();
    // Verbs first: a support verb absorbs its event noun, which then makes no event of its own.
    Set<Integer> absorbed = new HashSet<>();
    words = words.stream().filter(word -> !inTitleCase(sentence, word)).toList();
    for (IndexedWord word : words) {
      Trigger verb = verb(sentence, word, cues);
      if (verb != null) {
        triggers.add(verb);
        if (verb.eventNoun() != null) {
          absorbed.add(verb.eventNoun().index());
        }
      }
    }
    for (IndexedWord word : words) {
      if (!absorbed.contains(word.index())) {
        noun(sentence, word).ifPresent(triggers::add);
      }
    }
    for (IndexedWord word : words) {
      adjective(sentence, word).ifPresent(triggers::add);
    }
    return triggers;
  }

  private Trigger verb(SentenceContext sentence, IndexedWord word, Set<Integer> cues) {
    SemanticGraph tree = sentence.tree();
    if (!word.tag().startsWith("VB")
        || cues.contains(word.beginPosition())
        || !isPredicate(tree, word, model.present())
        || sentence.text().verbUsedAsNoun(sentence.sentence(), word)
        || inHyphenatedCompound(sentence, word)) {
      return null;
    }
    // A speech verb without content is still a statement event ("what they said"); a verb that
    // is a cue only with a clause ("attacked", "found") is an ordinary event without one.
    boolean isCue = lexicons.cues(word.lemma()).stream().anyMatch(c -> !c.clauseOnly());
    // A phrasal verb of a cue lemma ("write off the debts", "find out") is an event, not speech.
    boolean phrasal =
        isCue && lexicons.phrasalNonCue(word.lemma(), AnnotatedText.particle(tree, word));
    // "The floods have claimed 300 lives": an object that takes the verb out of its sense of
    // saying gives the event its type (cue-object-senses.tsv).
    Optional<String> nonSaying =
        isCue
            ? StatementExtractor.nonSayingType(lexicons, sentence.graph(), word)
            : Optional.empty();
    if (nonSaying.isPresent()) {
      return new Trigger(
          word,
          new Lexicons.EventSense(nonSaying.get(), "OCCURRENCE"),
          "cue-object-sense",
          null,
          Kind.VERB);
    }
    Optional<Lexicons.EventSense> curated = ruled(lexicons.trigger(word.lemma(), "V"), tree, word);
    Optional<TrainedTriggers.Entry> learned =
        trained.lookup(word.lemma(), word.tag(), tree, tree.getNodeByIndexSafe(word.index()));
    if (!isCue && curated.isEmpty() && !learnedEvent(tree, word, learned, false)) {
      return null; // "include", "base", "compare": seldom an event in news text
    }
    // A cue without content: REPORTING unless the trained model knows better ("called",
    // "asked" without a clause are mostly I_ACTION or OCCURRENCE in TimeML).
    Lexicons.EventSense sense =
        withLearnedClass(
            isCue && !phrasal
                ? new Lexicons.EventSense(
                    lexicons.cues(word.lemma()).stream()
                        .filter(c -> !c.clauseOnly())
                        .findFirst()
                        .orElseThrow()
                        .type(),
                    "REPORTING")
                : curated.orElse(new Lexicons.EventSense("OTHER", "OCCURRENCE")),
            learned);
    IndexedWord eventNoun = supportedNoun(sentence.graph(), word).orElse(null);
    if (eventNoun != null) {
      sense = lexicons.trigger(eventNoun.lemma(), "N").orElseThrow();
      return new Trigger(word, sense, "support-verb:" + eventNoun.lemma(), eventNoun, Kind.VERB);
    }
    sense = typedByPatient(sentence.graph(), word, sense);
    return new Trigger(
        word, sense, isCue && !phrasal ? "cue-without-content" : "verb", null, Kind.VERB);
  }

  private Optional<Trigger> noun(SentenceContext sentence, IndexedWord word) {
    if (!word.tag().startsWith("NN") || word.tag().startsWith("NNP")) {
      return Optional.empty();
    }
    Optional<Lexicons.EventSense> sense = lexicons.trigger(word.lemma(), "N");
    if (sense.isEmpty()) {
      sense = lexicons.trigger(word.word().toLowerCase(), "N");
    }
    Optional<TrainedTriggers.Entry> learned = trained.lookup(word.lemma(), word.tag());
    if (sense.isPresent()
        && TriggerFeatures.curatedNounJudged(word.ner(), relation(sentence.tree(), word))
        && model.present()
        && !model.isEvent(sentence.tree(), word)) {
      // "the Court of Appeal", "the Peace Corps": part of a name; "war loans": a modifier
      return Optional.empty();
    }
    String rule = model.present() ? "noun:model" : "noun:trained";
    if (sense.isEmpty() && learnedEvent(sentence.tree(), word, learned, true)) {
      sense = Optional.of(new Lexicons.EventSense("OTHER", "OCCURRENCE"));
    } else {
      rule = "noun";
    }
    String found = rule;
    return sense.map(s -> new Trigger(word, withLearnedClass(s, learned), found, null, Kind.NOUN));
  }

  /**
   * States: curated predicative adjectives of attitude ("they were worried about reports"), else
   * the trained model ("willing", "responsible", "due").
   */
  private Optional<Trigger> adjective(SentenceContext sentence, IndexedWord word) {
    if (!word.tag().startsWith("JJ")) {
      return Optional.empty();
    }
    SemanticGraph graph = sentence.graph();
    Optional<TrainedTriggers.Entry> learned = trained.lookup(word.lemma(), word.tag());
    Optional<Lexicons.EventSense> curated =
        lexicons.trigger(word.lemma(), "J").filter(sense -> isPredicative(graph, word));
    if (curated.isPresent()) {
      Lexicons.EventSense sense = withLearnedClass(curated.get(), learned);
      return Optional.of(new Trigger(word, sense, "adjective", null, Kind.ADJECTIVE));
    }
    if (learnedEvent(sentence.tree(), word, learned, true)) {
      Lexicons.EventSense sense =
          withLearnedClass(new Lexicons.EventSense("OTHER", "STATE"), learned);
      return Optional.of(
          new Trigger(word, sense, "adjective:trained", null, Kind.TRAINED_ADJECTIVE));
    }
    return Optional.empty();
  }

  /**
   * Whether what was learned from TimeML makes a word the lexicons do not list an event: the
   * trained trigger model when there is one, else the trained counts (a noun or adjective that is
   * usually an event; a verb unless it is rarely one, {@code usually} false).
   */
  private boolean learnedEvent(
      SemanticGraph tree,
      IndexedWord word,
      Optional<TrainedTriggers.Entry> learned,
      boolean usually) {
    if (model.present()) {
      return model.isEvent(tree, word);
    }
    return usually
        ? learned.filter(TrainedTriggers.Entry::usuallyAnEvent).isPresent()
        : learned.filter(TrainedTriggers.Entry::rarelyAnEvent).isEmpty();
  }

  /**
   * A curated verb sense as the rules take it: one with a project event type stands whatever the
   * model says; one listed only for its TimeML class (type OTHER: "include", "establish", "want")
   * is kept only when the trigger model, if there is one, takes the word for an event ({@link
   * TriggerFeatures#takenByRules}). Curated nouns and adjectives of type OTHER ("need", "worried")
   * stay the rules': leaving them to the model too scored the same in cross-validation and lost the
   * seed article's I_STATE "need".
   */
  private Optional<Lexicons.EventSense> ruled(
      Optional<Lexicons.EventSense> curated, SemanticGraph tree, IndexedWord word) {
    return curated.filter(
        sense -> !model.present() || TriggerFeatures.ruleSense(sense) || model.isEvent(tree, word));
  }

  /** The relation of a word to its head in the basic tree ("root" for none). */
  private static String relation(SemanticGraph tree, IndexedWord word) {
    IndexedWord node = tree.getNodeByIndexSafe(word.index());
    IndexedWord head = node == null ? null : tree.getParent(node);
    return head == null ? "root" : tree.reln(head, node).toString();
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

  /**
   * A verb that is not an auxiliary or copula, nor a light "be/have/do/get" unless a trained
   * trigger model is there to judge it ("had a meeting" is no event, "had lunch" one).
   */
  private static boolean isPredicate(SemanticGraph tree, IndexedWord word, boolean judged) {
    IndexedWord node = tree.getNodeByIndexSafe(word.index());
    if (node == null || (!judged && SKIPPED_LEMMAS.contains(word.lemma().toLowerCase()))) {
      return false;
    }
    for (SemanticGraphEdge edge : tree.incomingEdgeIterable(node)) {
      if (SKIPPED_RELATIONS.contains(edge.getRelation().toString())) {
        return false;
      }
    }
    return true;
  }

  /**
   * "heart-rending", "US-led": a participle joined by a hyphen to the word before it is part of an
   * adjective, not an event.
   */
  private static boolean inHyphenatedCompound(SentenceContext sentence, IndexedWord word) {
    if (!word.tag().equals("VBG") && !word.tag().equals("VBN")) {
      return false;
    }
    var tokens = sentence.text().tokens(sentence.sentence());
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

  /** Tokens after which a capitalised word starts a sentence or a quotation. */
  private static final Set<String> OPENERS =
      Set.of("``", "\"", "'", "`", "(", "[", ":", ";", "-", "--", "\u2013", "\u2014", "-LRB-");

  /** Words a title written in title case keeps in lower case between its capitalised words. */
  private static final Set<String> TITLE_LINKS = Set.of("of", "the", "a");

  /**
   * Whether a capitalised word in the middle of a sentence belongs to a name or title written in
   * title case ("All's Well That Ends Well", "Carry On Matron", "Call of Duty", "Meet the Fockers",
   * "Ask Jeeves", "Work and Pensions Secretary"): its previous word is capitalised and starts no
   * sentence or quotation itself, or its next word, past "of", "the" or "a", is capitalised. Such a
   * word is no event ("the Blitz on London" is: "on" is no title link). A word at the start of a
   * sentence or quotation, and a word all in capitals, are not judged.
   */
  static boolean inTitleCase(SentenceContext sentence, IndexedWord word) {
    String w = word.word();
    if (w.length() < 2
        || !Character.isUpperCase(w.charAt(0))
        || w.equals(w.toUpperCase(java.util.Locale.ROOT))
        || word.tag().startsWith("NNP")) {
      return false;
    }
    var tokens = sentence.text().tokens(sentence.sentence());
    int i = word.index() - 1;
    if (i < 1 || i >= tokens.size() || OPENERS.contains(tokens.get(i - 1).word())) {
      return false;
    }
    if (i >= 2
        && capitalised(tokens.get(i - 1).word())
        && !OPENERS.contains(tokens.get(i - 2).word())) {
      return true;
    }
    int j = i + 1;
    while (j < tokens.size() && j <= i + 2 && TITLE_LINKS.contains(tokens.get(j).word())) {
      j++;
    }
    return j < tokens.size() && capitalised(tokens.get(j).word());
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
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
}
