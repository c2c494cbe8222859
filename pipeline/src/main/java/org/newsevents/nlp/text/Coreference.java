package org.newsevents.nlp.text;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.knowledge.WordNetSenses;

/**
 * Canonical names for mentions: a sentence and token index go in, the most complete name of the
 * entity comes out ("Mr Ban", "he" and "I" all give "Ban Ki-moon").
 */
public final class Coreference {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final Set<String> PRONOUNS =
      Set.of(
          "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "this",
          "that", "his", "its", "their", "our", "my", "your", "hers", "theirs", "ours", "mine",
          "yours");
  private static final Set<String> NAME_TYPES =
      Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

  /** A named-entity mention: sentence, token range [start, end) (0-based), type and text. */
  private record Entity(int sentence, int start, int end, String type, String text) {}

  private final AnnotatedText text;
  private final List<Entity> entities = new ArrayList<>();

  /** "sentence:tokenIndex" (0-based) of every word of every coreference mention -> its chain. */
  private final Map<String, CorefChain> chainByWord = new HashMap<>();

  private final Map<Integer, String> canonicalByChain = new HashMap<>();

  private static final String NAME_TITLES_RESOURCE = "newsevents/lexicons/name-titles.tsv";

  /** Titles before a name that say nothing of the gender ("Dr", "General"): name-titles.tsv. */
  private static final Set<String> NAME_TITLES = nameTitles();

  /** The fullest name of each person mention, as {@link #longestNameEndingWith} finds it. */
  private final Map<Entity, String> fullNames = new HashMap<>();

  /** Whether CoreNLP's coreference ran (the lean and fast profiles do not run it). */
  private final boolean chainsAnnotated;

  /**
   * Third-person singular personal pronouns, which name a person mentioned shortly before ("his"
   * only one named before it in its own sentence: "Mr Blair defended his record").
   */
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");

  /**
   * Pronouns that name a group mentioned shortly before, with the tags of the subject nouns they
   * can stand for. ("it" is left out: on the sample, the nearest singular subject was the wrong
   * thing as often as the right one.)
   */
  private static final Map<String, Set<String>> THING_PRONOUNS =
      Map.of("they", Set.of("NNS", "NNPS"), "them", Set.of("NNS", "NNPS"));

  /** How many sentences back a pronoun looks for its person when there is no coreference. */
  private static final int PRONOUN_WINDOW = 3;

  /** How many earlier "he"/"she" a pronoun may pass through to reach its person. */
  private static final int MAX_PRONOUN_HOPS = 8;

  /**
   * How many sentences wholly inside a quotation a pronoun's look-back may pass over without
   * counting them in {@link #PRONOUN_WINDOW}.
   */
  private static final int MAX_QUOTED_SKIPPED = 8;

  public Coreference(AnnotatedText text) {
    this.text = text;
    List<CoreMap> mentions = text.annotation().get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions != null) {
      for (CoreMap mention : mentions) {
        String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
        if (type == null
            || !NAME_TYPES.contains(type)
            || tokens.isEmpty()
            || isPronoun(tokens.get(0).word())) {
          continue; // CoreNLP also lists pronouns ("his", "he") as PERSON mentions: not names
        }
        int sentence = mention.get(CoreAnnotations.SentenceIndexAnnotation.class);
        entities.add(
            new Entity(
                sentence,
                tokens.get(0).index() - 1,
                tokens.get(tokens.size() - 1).index(),
                type,
                text.body()
                    .substring(
                        tokens.get(0).beginPosition(),
                        tokens.get(tokens.size() - 1).endPosition())));
      }
    }
    addSurnames();
    Map<Integer, CorefChain> chains =
        text.annotation().get(CorefCoreAnnotations.CorefChainAnnotation.class);
    chainsAnnotated = chains != null;
    if (chains != null) {
      // A word inside several mentions belongs to the one it heads, else to the smallest: "Syria"
      // in "the conflict in Syria" is Syria, not the conflict.
      Map<String, Integer> fit = new HashMap<>();
      for (CorefChain chain : chains.values()) {
        for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
          // CorefMention: sentNum and token indices are 1-based, endIndex exclusive.
          for (int t = m.startIndex - 1; t < m.endIndex - 1; t++) {
            String key = (m.sentNum - 1) + ":" + t;
            int size = (t == m.headIndex - 1 ? 0 : 1000) + m.endIndex - m.startIndex;
            if (!fit.containsKey(key) || size < fit.get(key)) {
              fit.put(key, size);
              chainByWord.put(key, chain);
            }
          }
        }
      }
    }
  }

  /**
   * The texts of the mentions in the coreference chain of a word (0-based token index), in text
   * order; empty when the word is in no chain.
   */
  public List<String> sameEntity(int sentence, int token) {
    CorefChain chain = chainByWord.get(sentence + ":" + token);
    if (chain == null) {
      return List.of();
    }
    List<String> texts = new ArrayList<>();
    for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
      texts.add(m.mentionSpan);
    }
    return texts;
  }

  /** The NER class of a word (0-based token index), or null when it is not part of a name. */
  String entityType(int sentence, int token) {
    Entity entity = entityAt(sentence, token);
    return entity == null ? null : entity.type();
  }

  /**
   * The canonical name for the phrase whose head is the given word (0-based token index): the best
   * name of its coreference chain, else the longer name this name abbreviates ("Kerry" -> "John
   * Kerry"), else null.
   */
  String canonical(int sentence, int headToken) {
    Entity entity = entityAt(sentence, headToken);
    CorefChain chain = chainByWord.get(sentence + ":" + headToken);
    if (chain != null && chain.getMentionsInTextualOrder().size() > 1) {
      Entity best = bestEntity(chain);
      // A name of its own outranks a chain that resolves it to another kind of entity (coreference
      // has put "the Scottish Executive" in a person's chain).
      boolean conflicting = entity != null && best != null && !best.type().equals(entity.type());
      if (!conflicting) {
        String name = canonicalByChain.computeIfAbsent(chain.getChainID(), id -> chainName(chain));
        if (name != null) {
          return name;
        }
      }
    }
    if (entity == null && !chainsAnnotated) {
      entity = personBeforePronoun(sentence, headToken);
      if (entity == null) {
        entity = organisationBeforeIt(sentence, headToken, 0);
      }
      if (entity == null) {
        return subjectBefore(sentence, headToken);
      }
    }
    return entity == null ? null : longestNameEndingWith(entity);
  }

  /**
   * Without coreference, "it" as the active subject of a verb outside quotations ("Intel said it
   * had found", "It said member states needed") names the organisation or country that is the
   * nearest singular subject before it: first the subject of a verb its clause hangs from ("Intel"
   * of "Intel said it"), then, in this sentence before it (not inside what it says: "Sales rose, it
   * said") and up to {@value #PRONOUN_WINDOW} sentences back, the first subject outside quotations
   * of the nearest sentence that has one it can stand for; in its own sentence, with none, the
   * organisation named last before it, unless that name modifies a singular thing that is a verb's
   * subject or object ("announced a reorganisation of the Army"). A person, a plural or a relative
   * pronoun is passed over; a singular common noun ("The report said it found"), a number or a name
   * of another kind stops the search with no name, as does a verb of empty "it" ({@code
   * empty-it-verbs.tsv}: "it means", "it takes years"). An "it" subject before it gives what that
   * one names.
   */
  private Entity organisationBeforeIt(int sentence, int token, int hops) {
    List<CoreLabel> tokens = text.tokens(sentence);
    if (token < 0 || token >= tokens.size() || !tokens.get(token).word().equalsIgnoreCase("it")) {
      return null;
    }
    SemanticGraph graph = text.basic(sentence);
    IndexedWord it = graph.getNodeByIndexSafe(token + 1);
    if (it == null
        || !itActs(graph, it)
        || text.inQuotation(it.beginPosition())
        || hops > MAX_PRONOUN_HOPS) {
      return null;
    }
    // "Intel has said it has found": the subject of a verb above the pronoun's clause; not above a
    // reporting clause set into what it reports ("Confidence had improved, it said").
    IndexedWord verb = graph.getParent(it);
    for (IndexedWord above =
            reported(graph, verb, it, tokens) == null ? graph.getParent(verb) : null;
        above != null && above.index() < it.index();
        above = graph.getParent(above)) {
      for (IndexedWord subject : subjects(graph, above)) {
        if (subject.index() < it.index() && !text.inQuotation(subject.beginPosition())) {
          Answer answer = itCandidate(sentence, subject, hops);
          if (answer.decided()) {
            return answer.entity();
          }
        }
      }
    }
    // "Confidence had improved, it said": what "it" says is no candidate for what it is.
    Set<IndexedWord> ownClause = new java.util.HashSet<>();
    for (IndexedWord said :
        graph.getChildrenWithReln(verb, UniversalEnglishGrammaticalRelations.CLAUSAL_COMPLEMENT)) {
      ownClause.addAll(graph.descendants(said));
    }
    IndexedWord reported = reported(graph, verb, it, tokens);
    if (reported != null) {
      ownClause.addAll(graph.descendants(reported));
      ownClause.removeAll(graph.descendants(verb));
    }
    for (int s = sentence; s >= 0 && s >= sentence - PRONOUN_WINDOW; s--) {
      List<IndexedWord> candidates = new ArrayList<>();
      for (SemanticGraphEdge edge : text.basic(s).edgeIterable()) {
        String relation = edge.getRelation().toString();
        IndexedWord subject = edge.getDependent();
        if ((relation.equals("nsubj") || relation.equals("nsubj:pass"))
            && (s < sentence || (subject.index() < it.index() && !ownClause.contains(subject)))
            && !text.inQuotation(subject.beginPosition())) {
          candidates.add(subject);
        }
      }
      candidates.sort(Comparator.comparingInt(IndexedWord::index));
      for (IndexedWord subject : candidates) {
        Answer answer = itCandidate(s, subject, hops);
        if (answer.decided()) {
          return answer.entity();
        }
      }
      if (s == sentence) {
        // No subject before it that it can be, though its sentence names an organisation first
        // (the parse made no subject of "Deutsche Boerse - whose ... - said it believed").
        Entity nearest = null;
        for (Entity entity : entities) {
          if (entity.sentence() == s
              && entity.end() <= token
              && entity.type().equals("ORGANIZATION")
              && !text.inQuotation(text.tokens(s).get(entity.start()).beginPosition())
              && !modifiesAThing(s, entity)
              && !ownClause.contains(graph.getNodeByIndexSafe(entity.end()))) {
            nearest = entity;
          }
        }
        if (nearest != null) {
          return nearest;
        }
      }
    }
    return null;
  }

  /**
   * The clause a verb is set into as a parenthesis after a comma or a quotation mark ("Sales rose,
   * it said"), or null: a parataxis of its own with no object or complement. ("banks it had accused
   * of involvement", "handsets, it is estimating that …" are none.)
   */
  private static IndexedWord reported(
      SemanticGraph graph, IndexedWord verb, IndexedWord it, List<CoreLabel> tokens) {
    String before = it.index() < 2 ? "" : tokens.get(it.index() - 2).word();
    if (!before.equals(",") && !before.equals("''") && !before.equals("\"")) {
      return null;
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().getShortName();
      if (relation.equals("obj") || relation.equals("ccomp") || relation.equals("xcomp")) {
        return null;
      }
    }
    for (SemanticGraphEdge edge : graph.incomingEdgeIterable(verb)) {
      if (edge.getRelation().getShortName().equals("parataxis")) {
        return edge.getGovernor();
      }
    }
    return null;
  }

  /** What a subject before "it" says of it: the name it stands for, no name, or look further. */
  private record Answer(boolean decided, Entity entity) {
    static final Answer PASS = new Answer(false, null);
    static final Answer NONE = new Answer(true, null);

    static Answer of(Entity entity) {
      return entity == null ? NONE : new Answer(true, entity);
    }
  }

  private Answer itCandidate(int sentence, IndexedWord subject, int hops) {
    String tag = subject.tag() == null ? "" : subject.tag();
    String word = subject.word().toLowerCase(Locale.ROOT);
    Entity named = entityAt(sentence, subject.index() - 1);
    if (named != null) {
      return switch (named.type()) {
        case "ORGANIZATION", "LOCATION" -> Answer.of(named);
        case "PERSON" -> Answer.PASS;
        default -> Answer.NONE;
      };
    }
    if (word.equals("it")) {
      return Answer.of(organisationBeforeIt(sentence, subject.index() - 1, hops + 1));
    }
    if (tag.equals("NN") || tag.equals("NNP") || tag.equals("CD")) {
      return Answer.NONE; // "The report said it found", "Half-Life 2": a thing, not a name
    }
    return Answer.PASS; // a person's pronoun, a plural, a relative pronoun, a number
  }

  /**
   * Whether a name modifies a singular thing that is itself a verb's subject or object ("announced
   * a reorganisation of the Army", "the Army's plan was"): that thing, not the name, is what a
   * later "it" most often stands for. "Shares in Multiplex fell after it said" keeps Multiplex.
   */
  private boolean modifiesAThing(int sentence, Entity entity) {
    SemanticGraph graph = text.basic(sentence);
    IndexedWord head = graph.getNodeByIndexSafe(entity.end());
    if (head == null) {
      return false;
    }
    for (SemanticGraphEdge edge : graph.incomingEdgeIterable(head)) {
      String relation = edge.getRelation().getShortName();
      IndexedWord thing = edge.getGovernor();
      if (relation.equals("nmod") && "NN".equals(thing.tag())) { // nmod and nmod:poss
        for (SemanticGraphEdge up : graph.incomingEdgeIterable(thing)) {
          String role = up.getRelation().toString();
          if (role.equals("nsubj") || role.equals("nsubj:pass") || role.equals("obj")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static List<IndexedWord> subjects(SemanticGraph graph, IndexedWord verb) {
    List<IndexedWord> subjects = new ArrayList<>();
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      if (relation.equals("nsubj") || relation.equals("nsubj:pass")) {
        subjects.add(edge.getDependent());
      }
    }
    return subjects;
  }

  /**
   * Whether "it" is the active subject of a verb that an organisation does ("it said", "it plans"),
   * not of a copula, a passive or a verb of empty "it" ("it would take", "it becomes a problem",
   * "it is expected").
   */
  public static boolean itActs(SemanticGraph graph, IndexedWord it) {
    SemanticGraphEdge edge = graph.getIncomingEdgesSorted(it).stream().findFirst().orElse(null);
    if (edge == null || !edge.getRelation().toString().equals("nsubj")) {
      return false;
    }
    IndexedWord verb = edge.getGovernor();
    return verb.tag() != null
        && verb.tag().startsWith("VB")
        && !Lexicons.standard().isEmptyItVerb(verb.lemma())
        && graph.getChildrenWithReln(verb, UniversalEnglishGrammaticalRelations.COPULA).isEmpty();
  }

  /**
   * Without coreference, "they" or "them" names the plural subject last before it that is no
   * person: the first such subject in the nearest sentence (this one, before the pronoun, or up to
   * {@value #PRONOUN_WINDOW} back) that has one ("Gulf Arab states called for a meeting. They said"
   * gives "Gulf Arab states"), without a leading determiner. A "they" that says something ({@link
   * #subjectOfCue}) passes over subjects that cannot speak ({@link #canSpeak}). Null when none is
   * that near.
   */
  private String subjectBefore(int sentence, int token) {
    List<CoreLabel> tokens = text.tokens(sentence);
    Set<String> tags =
        token < 0 || token >= tokens.size()
            ? null
            : THING_PRONOUNS.get(tokens.get(token).word().toLowerCase(Locale.ROOT));
    if (tags == null) {
      return null;
    }
    boolean speaking = subjectOfCue(sentence, token);
    for (int s = sentence; s >= Math.max(0, sentence - PRONOUN_WINDOW); s--) {
      IndexedWord first = null;
      for (SemanticGraphEdge edge : text.basic(s).edgeIterable()) {
        IndexedWord subject = edge.getDependent();
        String tag = subject.tag();
        Entity named = entityAt(s, subject.index() - 1);
        if (edge.getRelation().getShortName().equals("nsubj")
            && tags.contains(tag)
            && (named == null || !named.type().equals("PERSON"))
            && (!speaking || named != null || canSpeak(text.basic(s), subject))
            && (s < sentence || subject.index() - 1 < token)
            && (first == null || subject.index() < first.index())) {
          first = subject;
        }
      }
      if (first != null) {
        Entity named = entityAt(s, first.index() - 1);
        if (named != null) {
          return longestNameEndingWith(named);
        }
        int[] span = text.phrase(s, first, false);
        String phrase = text.body().substring(span[0], span[1]);
        return phrase.replaceFirst("^(?i)(the|these|those|this|that|some|many|all) ", "");
      }
    }
    return null;
  }

  /** Nouns that name a part of a group ("the majority of voters"). */
  private static final Set<String> PARTS =
      Set.of("majority", "minority", "most", "half", "rest", "bulk", "many", "some", "few", "all");

  /** Whether the token is the subject of a reporting verb of cues.tsv ("they said"). */
  private boolean subjectOfCue(int sentence, int token) {
    SemanticGraph graph = text.basic(sentence);
    IndexedWord word = graph.getNodeByIndexSafe(token + 1);
    if (word == null) {
      return false;
    }
    for (SemanticGraphEdge edge : graph.incomingEdgeIterable(word)) {
      IndexedWord verb = edge.getGovernor();
      if (edge.getRelation().getShortName().equals("nsubj")
          && verb.lemma() != null
          && !Lexicons.standard().cues(verb.lemma()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a common noun can be a speaker's antecedent ("they said"): one of its first WordNet
   * senses is a person, a group or a communication ("experts", "delegations", "the regulations"),
   * or WordNet lacks it, or it is a part "of" such a noun ("two-thirds of those questioned"); "his
   * preparations", "doors", "operations" cannot.
   */
  private static boolean canSpeak(SemanticGraph graph, IndexedWord noun) {
    List<String> senses = WordNetSenses.standard().features(noun.lemma(), "N");
    if (senses.isEmpty()
        || senses.contains("wn=none")
        || senses.contains("wn=noun.person")
        || senses.contains("wn=noun.group")
        || senses.contains("wn=noun.communication")) {
      return true;
    }
    // "More than two-thirds of those questioned", "the majority of voters": a part of people
    boolean part =
        "NUMBER".equals(noun.ner())
            || "PERCENT".equals(noun.ner())
            || senses.contains("wn1=noun.quantity")
            || PARTS.contains(noun.lemma());
    if (!part) {
      return false;
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(noun)) {
      if (edge.getRelation().getShortName().equals("nmod")
          && (edge.getDependent().tag().equals("DT") || canSpeak(graph, edge.getDependent()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Without coreference, "he" or "she" names the person mentioned last before it: in the nearest
   * sentence (this one, before the pronoun, or up to {@value #PRONOUN_WINDOW} back) that names one,
   * the person who is a subject ("Moore's film was hurt, says Tim Dams. But he believes" gives Tim
   * Dams), else the first person named, most often the subject too ("Kerry met Lavrov. He said"
   * gives Kerry); passing over a person whose gender the text gives and the pronoun's is not ("John
   * Kerry met Hillary Clinton. She said" gives Clinton; {@link NameGenders}); when none of that
   * sentence's persons is its subject and the same pronoun is, the pronoun goes on from that one
   * ("He said …, because of Peter Hart's complaint. … , he said"). With no person that near, a "he"
   * or "she" takes the person of the same pronoun before it, unless someone else is the subject of
   * a reporting verb between them (a run of "he said" about one person; at most {@value
   * #MAX_PRONOUN_HOPS} pronouns back). A person named inside a quotation of the pronoun's own
   * sentence is not the pronoun outside it ({@link #quotedBeforeSpeaker}). Null otherwise.
   */
  private Entity personBeforePronoun(int sentence, int token) {
    return personBeforePronoun(sentence, token, 0);
  }

  private Entity personBeforePronoun(int sentence, int token, int hops) {
    List<CoreLabel> tokens = text.tokens(sentence);
    if (token < 0
        || token >= tokens.size()
        || !PERSON_PRONOUNS.contains(tokens.get(token).word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    // "Kerry told him": an object pronoun is not the subject of its own sentence. "his" names a
    // person of its own sentence named before it ("Kerry defended his record"), and no other: in
    // "The prime minister made his speech" the person of the sentence before is most often wrong.
    String word = tokens.get(token).word().toLowerCase(Locale.ROOT);
    boolean object = !word.matches("he|she|his");
    int window = word.equals("his") ? 0 : PRONOUN_WINDOW;
    NameGenders.Gender pronoun = NameGenders.ofPronoun(tokens.get(token).word());
    int skipped = 0;
    for (int s = object ? sentence - 1 : sentence;
        s >= 0 && s >= sentence - window - skipped;
        s--) {
      // A sentence wholly inside a quotation is the speaker's words, not the narrative that names
      // the speaker: for "he" and "she" it does not count in the window ("Ms James told BBC Radio
      // Wales: "..." "..." "..." But she said" still reaches Ms James). Not for "him" or "her":
      // "help him" two quoted sentences on is most often someone named nearer.
      if (!object && s < sentence && skipped < MAX_QUOTED_SKIPPED && quoted(s)) {
        skipped++;
      }
      Entity first = null;
      Entity subject = null;
      for (Entity entity : entities) {
        if (entity.sentence() == s
            && entity.type().equals("PERSON")
            && (s < sentence || entity.end() <= token)
            && !(s == sentence && quotedBeforeSpeaker(sentence, entity, token))
            && pronoun.agreesWith(genderOf(entity))) {
          if (isSubject(entity)) {
            subject = entity;
            break;
          }
          first = first == null ? entity : first;
        }
      }
      Entity found = subject != null ? subject : first;
      if (subject == null && first != null && !object && hops < MAX_PRONOUN_HOPS) {
        // "He said the ward had been closed, most recently because of Peter Hart's complaint. The
        // staff were never warned, he said.": the same pronoun as the subject of that sentence
        // outranks a person it names in another role.
        int same = subjectPronoun(s, s == sentence ? token : Integer.MAX_VALUE, word);
        if (same >= 0) {
          return personBeforePronoun(s, same, hops + 1);
        }
      }
      if (found != null) {
        // Past the plain window, only when no one unnamed spoke in between ("Mr Boyd said … A
        // spokesman for the alliance said: "…" He said": "he" is the spokesman, not Mr Boyd).
        if (s < sentence - window && describedSpeakerBetween(found, sentence, token)) {
          break;
        }
        return found;
      }
    }
    if (!object && !word.equals("his") && hops < MAX_PRONOUN_HOPS) {
      int[] previous = pronounBefore(sentence, token, word);
      if (previous != null && !otherSpeakerBetween(previous, sentence, token, word)) {
        return personBeforePronoun(previous[0], previous[1], hops + 1);
      }
    }
    return null;
  }

  /**
   * The token (0-based) of {@code word} ("he", "she") as an active subject outside quotations in a
   * sentence before token {@code before}, the first such; -1 when there is none.
   */
  private int subjectPronoun(int sentence, int before, String word) {
    int found = -1;
    for (SemanticGraphEdge edge : text.basic(sentence).edgeIterable()) {
      IndexedWord dep = edge.getDependent();
      int at = dep.index() - 1;
      if (edge.getRelation().toString().equals("nsubj")
          && dep.word().equalsIgnoreCase(word)
          && at < before
          && (found < 0 || at < found)
          && !text.inQuotation(dep.beginPosition())) {
        found = at;
      }
    }
    return found;
  }

  /**
   * Whether someone else is the subject of a reporting verb ({@code cues.tsv}) between a pronoun
   * and the same pronoun before it ("A spokesman said ...", "Mr Cable said ..."): then the later
   * pronoun may be that speaker, and the run of "he said" is broken. Another pronoun is no such
   * subject ("It appealed to buyers", "She said"): it cannot be the later "he"; nor is a subject
   * inside a quotation, the speaker's own words ("\"Since the days when Apple ruled …\"").
   */
  private boolean otherSpeakerBetween(int[] previous, int sentence, int token, String word) {
    for (int s = previous[0]; s <= sentence; s++) {
      for (SemanticGraphEdge edge : text.basic(s).edgeIterable()) {
        String relation = edge.getRelation().toString();
        if (!relation.equals("nsubj") && !relation.equals("nsubj:pass")) {
          continue;
        }
        int at = edge.getDependent().index() - 1;
        boolean between = (s > previous[0] || at > previous[1]) && (s < sentence || at < token);
        String lemma = edge.getGovernor().lemma();
        // Another pronoun ("it appealed", "she said") names no one who could be this "he"; a
        // subject inside a quotation is the speaker's own words.
        if (between
            && lemma != null
            && !Lexicons.standard().cues(lemma.toLowerCase(Locale.ROOT)).isEmpty()
            && !isPronoun(edge.getDependent().word())
            && !text.inQuotation(edge.getDependent().beginPosition())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether someone new, a noun with "a" or "an" ("A spokesman for the alliance"), is the subject
   * of a reporting verb ({@code cues.tsv}) outside quotations between a person's name and a later
   * pronoun. A definite description ("the chancellor", "the singer") is left alone: in news it most
   * often names again the person named before.
   */
  private boolean describedSpeakerBetween(Entity person, int sentence, int token) {
    for (int s = person.sentence(); s <= sentence; s++) {
      for (SemanticGraphEdge edge : text.basic(s).edgeIterable()) {
        // An active subject: a passive one is what was said or shown ("A report was released").
        String lemma = edge.getGovernor().lemma();
        if (!edge.getRelation().toString().equals("nsubj")
            || lemma == null
            || Lexicons.standard().cues(lemma.toLowerCase(Locale.ROOT)).isEmpty()) {
          continue;
        }
        IndexedWord subject = edge.getDependent();
        int at = subject.index() - 1;
        boolean between =
            (s > person.sentence() || at >= person.end()) && (s < sentence || at < token);
        if (between && indefinite(s, subject) && !text.inQuotation(subject.beginPosition())) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean indefinite(int sentence, IndexedWord noun) {
    for (SemanticGraphEdge edge : text.basic(sentence).outgoingEdgeIterable(noun)) {
      String word = edge.getDependent().word();
      if (edge.getRelation().getShortName().equals("det")
          && (word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A surname standing alone that the NER left untagged after it tagged the full name ("Jason
   * Gardener won … Gardener, part of the quartet, will now turn his attention"): a proper noun
   * equal to the last word of a person's name of two words or more named before it, with no proper
   * noun beside it but a title of gender ("according to Mr Cable" after "Vince Cable": the NER
   * reads "Cable" as a word) and no determiner before it ("the Sky" of the blog "Queen of the
   * Sky"), and tagged with no other entity type ("May" the month), not in capitals ("MP" of a name
   * the NER made of "Glasgow Kelvin MP"), is that person's mention too.
   */
  private void addSurnames() {
    List<Entity> added = new ArrayList<>();
    for (int s = 0; s < text.sentenceCount(); s++) {
      List<CoreLabel> tokens = text.tokens(s);
      for (int t = 0; t < tokens.size(); t++) {
        String ner = tokens.get(t).ner();
        String word = tokens.get(t).word();
        if (tokens.get(t).tag().equals("NNP")
            && !word.equals(word.toUpperCase(Locale.ROOT))
            && (ner == null || ner.equals("O") || ner.equals("PERSON"))
            && (t == 0
                || (!tokens.get(t - 1).tag().startsWith("NNP")
                    && !tokens.get(t - 1).tag().equals("DT"))
                || NameGenders.ofTitle(tokens.get(t - 1).word()) != NameGenders.Gender.UNKNOWN)
            && (t + 1 == tokens.size() || !tokens.get(t + 1).tag().startsWith("NNP"))
            && entityAt(s, t) == null
            && surnameNamedBefore(word, s, t)) {
          added.add(new Entity(s, t, t + 1, "PERSON", word));
        }
      }
    }
    entities.addAll(added);
    entities.sort(Comparator.comparingInt(Entity::sentence).thenComparingInt(Entity::start));
  }

  private boolean surnameNamedBefore(String word, int sentence, int token) {
    for (Entity entity : entities) {
      if (entity.type().equals("PERSON")
          && entity.text().contains(" ")
          && lastWord(entity.text()).equals(word.toLowerCase(Locale.ROOT))
          && (entity.sentence() < sentence
              || (entity.sentence() == sentence && entity.end() <= token))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a person is named inside a quotation of the pronoun's own sentence while the pronoun
   * stands outside it: ""The tackle on Heinze was terrible," he said." is not Heinze speaking of
   * himself.
   */
  private boolean quotedBeforeSpeaker(int sentence, Entity entity, int token) {
    List<CoreLabel> tokens = text.tokens(sentence);
    return text.inQuotation(tokens.get(entity.start()).beginPosition())
        && !text.inQuotation(tokens.get(token).beginPosition());
  }

  /** Whether all the words of a sentence lie inside one quotation. */
  private boolean quoted(int sentence) {
    List<CoreLabel> tokens = text.tokens(sentence);
    int first = -1;
    int last = -1;
    for (CoreLabel token : tokens) {
      if (Character.isLetterOrDigit(token.word().charAt(0))) {
        first = first < 0 ? token.beginPosition() : first;
        last = token.endPosition();
      }
    }
    if (first < 0) {
      return false;
    }
    for (int[] quote : text.quotationSpans()) {
      if (quote[0] < first && last < quote[1]) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name is a clause's subject ("says Tim Dams"), not a possessor or an object. */
  private boolean isSubject(Entity entity) {
    IndexedWord head = text.basic(entity.sentence()).getNodeByIndexSafe(entity.end());
    if (head == null) {
      return false;
    }
    for (SemanticGraphEdge edge : text.basic(entity.sentence()).incomingEdgeIterable(head)) {
      String relation = edge.getRelation().toString();
      if (relation.equals("nsubj") || relation.equals("nsubj:pass")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The same subject pronoun ("he", "she") last before a token, within {@value #PRONOUN_WINDOW}
   * sentences: {sentence, token}, or null. A run of "he said" sentences about one person who was
   * named before them continues that person past the window.
   */
  private int[] pronounBefore(int sentence, int token, String word) {
    for (int s = sentence; s >= Math.max(0, sentence - PRONOUN_WINDOW); s--) {
      List<CoreLabel> tokens = text.tokens(s);
      for (int t = (s == sentence ? token : tokens.size()) - 1; t >= 0; t--) {
        if (tokens.get(t).word().equalsIgnoreCase(word)) {
          return new int[] {s, t};
        }
      }
    }
    return null;
  }

  /**
   * A person's gender as the text says it: a gendered title before any mention of the same person
   * (the same fullest name: "Mr Kerry", "Baroness Ashton"), else the first name of the fullest name
   * ("Hillary Clinton"); UNKNOWN when neither says.
   */
  private NameGenders.Gender genderOf(Entity entity) {
    String full = longestNameEndingWith(entity);
    for (Entity other : entities) {
      if (other.type().equals("PERSON") && longestNameEndingWith(other).equals(full)) {
        NameGenders.Gender titled = titleBefore(other);
        if (titled != NameGenders.Gender.UNKNOWN) {
          return titled;
        }
      }
    }
    return NameGenders.ofName(full);
  }

  private Entity bestEntity(CorefChain chain) {
    Entity best = null;
    for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
      Entity entity = entityAt(m.sentNum - 1, m.headIndex - 1);
      if (entity == null) {
        // "the chairman of the committee, Labour MP Barry Sheerman": a person named inside.
        entity = personWithin(m.sentNum - 1, m.startIndex - 1, m.endIndex - 1);
      }
      if (entity != null && (best == null || rank(entity) > rank(best))) {
        best = entity;
      }
    }
    return best;
  }

  private String chainName(CorefChain chain) {
    Entity best = bestEntity(chain);
    if (best != null) {
      return longestNameEndingWith(best);
    }
    CorefChain.CorefMention representative = chain.getRepresentativeMention();
    List<CoreLabel> tokens = text.tokens(representative.sentNum - 1);
    CoreLabel first = tokens.get(representative.startIndex - 1);
    CoreLabel last = tokens.get(representative.endIndex - 2);
    if (first.tag().startsWith("PRP") || isPronoun(first.word())) {
      return null;
    }
    if (first.tag().equals("DT") && representative.endIndex - representative.startIndex > 1) {
      first = tokens.get(representative.startIndex);
    }
    return text.body().substring(first.beginPosition(), last.endPosition());
  }

  private static int rank(Entity entity) {
    return (entity.type().equals("PERSON") ? 1000 : 0) + entity.text().length();
  }

  /**
   * A person named in part ("Kerry", "Mr Blair") takes the fullest name in the text whose last
   * words are all of its words ("John Kerry"), so a full name never takes another first name: "Tony
   * Blair" stays "Tony Blair" beside "Cherie Blair", "Ozzy Osbourne" beside "Sharon Osbourne". When
   * the fuller names that end so belong to people of different first names ("Tony Blair" and
   * "Cherie Blair" for "Blair"), a gendered title before the mention ("Mr Blair") keeps those whose
   * first name agrees, and among the rest the person named last before the mention (else first
   * after it) is meant; that person's fullest name is given. A one-word name no fuller name ends
   * with takes the fullest one starting with it, for names written family name first ("Ban" gives
   * "Ban Ki-moon").
   */
  private String longestNameEndingWith(Entity entity) {
    if (!entity.type().equals("PERSON")) {
      return entity.text();
    }
    return fullNames.computeIfAbsent(entity, this::fullName);
  }

  private String fullName(Entity entity) {
    List<String> own = nameWords(entity.text());
    NameGenders.Gender titled = titleBefore(entity);
    List<Entity> fuller = new ArrayList<>();
    Set<String> firstNames = new java.util.HashSet<>();
    for (Entity other : entities) {
      List<String> words = nameWords(other.text());
      if (other.type().equals("PERSON")
          && words.size() > own.size()
          && words.subList(words.size() - own.size(), words.size()).equals(own)) {
        fuller.add(other);
        firstNames.add(words.get(0));
      }
    }
    if (firstNames.size() > 1) {
      // Only between people of different first names does the title decide: the first-name list
      // errs ("Malte" is listed female), so one person named so keeps it whatever the title.
      List<Entity> agreeing = new ArrayList<>();
      for (Entity other : fuller) {
        if (titled.agreesWith(NameGenders.ofName(other.text()))) {
          agreeing.add(other);
        }
      }
      if (!agreeing.isEmpty()) {
        fuller = agreeing;
      }
    }
    if (!fuller.isEmpty()) {
      // The person meant: the first name of the fuller name nearest before the mention.
      Entity meant = null;
      for (Entity other : fuller) {
        boolean before =
            other.sentence() < entity.sentence()
                || (other.sentence() == entity.sentence() && other.start() < entity.start());
        if (before || meant == null) {
          meant = other;
        }
      }
      String first = nameWords(meant.text()).get(0);
      String best = meant.text();
      for (Entity other : fuller) {
        if (nameWords(other.text()).get(0).equals(first) && other.text().length() > best.length()) {
          best = other.text();
        }
      }
      return best;
    }
    String best = entity.text();
    if (own.size() == 1) {
      String surname = own.get(0);
      for (Entity other : entities) {
        if (other.type().equals("PERSON")
            && firstWord(other.text()).equals(surname)
            && other.text().length() > best.length()) {
          best = other.text();
        }
      }
    }
    return best;
  }

  /**
   * The lower-case words of a name, without the titles before it ("Mr", "Baroness" of
   * gendered-titles.tsv, "Dr", "General" of name-titles.tsv).
   */
  private static List<String> nameWords(String name) {
    List<String> words = new ArrayList<>(List.of(WHITESPACE.split(name.toLowerCase(Locale.ROOT))));
    while (words.size() > 1
        && (NameGenders.ofTitle(words.get(0)) != NameGenders.Gender.UNKNOWN
            || NAME_TITLES.contains(words.get(0).replaceAll("\\.$", "")))) {
      words.remove(0);
    }
    return words;
  }

  private static Set<String> nameTitles() {
    List<String[]> rows = Lexicons.rows(NAME_TITLES_RESOURCE, 1);
    Set<String> titles = new java.util.HashSet<>();
    for (String[] row : rows.subList(1, rows.size())) { // after the header
      titles.add(row[0].trim());
    }
    return Set.copyOf(titles);
  }

  /** The gender of a title right before a name or opening it ("Mr Blair"), else UNKNOWN. */
  private NameGenders.Gender titleBefore(Entity entity) {
    List<CoreLabel> tokens = text.tokens(entity.sentence());
    NameGenders.Gender titled = NameGenders.ofTitle(tokens.get(entity.start()).word());
    if (titled == NameGenders.Gender.UNKNOWN && entity.start() > 0) {
      titled = NameGenders.ofTitle(tokens.get(entity.start() - 1).word());
    }
    return titled;
  }

  private static String firstWord(String name) {
    return WHITESPACE.split(name.toLowerCase(Locale.ROOT))[0];
  }

  private static String lastWord(String name) {
    String[] words = WHITESPACE.split(name.toLowerCase(Locale.ROOT));
    return words[words.length - 1];
  }

  /** "he", "His", "I" — but not "US", an abbreviation in capitals. */
  private static boolean isPronoun(String word) {
    boolean abbreviation = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    return !abbreviation && PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  private Entity personWithin(int sentence, int start, int end) {
    Entity found = null;
    for (Entity entity : entities) {
      if (entity.sentence() == sentence
          && entity.type().equals("PERSON")
          && entity.start() >= start
          && entity.end() <= end) {
        found = entity;
      }
    }
    return found;
  }

  private Entity entityAt(int sentence, int token) {
    for (Entity entity : entities) {
      if (entity.sentence() == sentence && token >= entity.start() && token < entity.end()) {
        return entity;
      }
    }
    return null;
  }
}
