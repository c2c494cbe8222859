package org.newsevents.nlp.text;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
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
        return subjectBefore(sentence, headToken);
      }
    }
    return entity == null ? null : longestNameEndingWith(entity);
  }

  /**
   * Without coreference, "they" or "them" names the plural subject last before it that is no
   * person: the first such subject in the nearest sentence (this one, before the pronoun, or up to
   * {@value #PRONOUN_WINDOW} back) that has one ("Gulf Arab states called for a meeting. They said"
   * gives "Gulf Arab states"), without a leading determiner. Null when none is that near.
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
    for (int s = sentence; s >= Math.max(0, sentence - PRONOUN_WINDOW); s--) {
      IndexedWord first = null;
      for (SemanticGraphEdge edge : text.basic(s).edgeIterable()) {
        IndexedWord subject = edge.getDependent();
        String tag = subject.tag();
        Entity named = entityAt(s, subject.index() - 1);
        if (edge.getRelation().getShortName().equals("nsubj")
            && tags.contains(tag)
            && (named == null || !named.type().equals("PERSON"))
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

  /**
   * Without coreference, "he" or "she" names the person mentioned last before it: in the nearest
   * sentence (this one, before the pronoun, or up to {@value #PRONOUN_WINDOW} back) that names one,
   * the person who is a subject ("Moore's film was hurt, says Tim Dams. But he believes" gives Tim
   * Dams), else the first person named, most often the subject too ("Kerry met Lavrov. He said"
   * gives Kerry); passing over a person whose gender the text gives and the pronoun's is not ("John
   * Kerry met Hillary Clinton. She said" gives Clinton; {@link NameGenders}). With no person that
   * near, a "he" or "she" takes the person of the same pronoun before it, unless someone else is
   * the subject of a reporting verb between them (a run of "he said" about one person; at most
   * {@value #MAX_PRONOUN_HOPS} pronouns back). Null otherwise.
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
            && pronoun.agreesWith(genderOf(entity))) {
          if (isSubject(entity)) {
            subject = entity;
            break;
          }
          first = first == null ? entity : first;
        }
      }
      Entity found = subject != null ? subject : first;
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
   * Whether someone else is the subject of a reporting verb ({@code cues.tsv}) between a pronoun
   * and the same pronoun before it ("A spokesman said ...", "Mr Cable said ..."): then the later
   * pronoun may be that speaker, and the run of "he said" is broken.
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
        if (between
            && lemma != null
            && !Lexicons.standard().cues(lemma.toLowerCase(Locale.ROOT)).isEmpty()
            && !edge.getDependent().word().equalsIgnoreCase(word)) {
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
   * noun beside it and no determiner before it ("the Sky" of the blog "Queen of the Sky"), and
   * tagged with no other entity type ("May" the month), not in capitals ("MP" of a name the NER
   * made of "Glasgow Kelvin MP"), is that person's mention too.
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
                    && !tokens.get(t - 1).tag().equals("DT")))
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
   * A person's gender as the text says it: a gendered title before any mention of the surname ("Mr
   * Kerry", "Baroness Ashton"), else the first name of the fullest name ("Hillary Clinton");
   * UNKNOWN when neither says.
   */
  private NameGenders.Gender genderOf(Entity entity) {
    String full = longestNameEndingWith(entity);
    String surname = lastWord(full);
    for (Entity other : entities) {
      if (other.type().equals("PERSON") && lastWord(other.text()).equals(surname)) {
        List<CoreLabel> tokens = text.tokens(other.sentence());
        NameGenders.Gender titled = NameGenders.ofTitle(tokens.get(other.start()).word());
        if (titled == NameGenders.Gender.UNKNOWN && other.start() > 0) {
          titled = NameGenders.ofTitle(tokens.get(other.start() - 1).word());
        }
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
   * A person named by surname ("Kerry") takes the fullest name in the text ending with it; a
   * one-word name no fuller name ends with takes the fullest one starting with it, for names
   * written family name first ("Ban" gives "Ban Ki-moon").
   */
  private String longestNameEndingWith(Entity entity) {
    if (!entity.type().equals("PERSON")) {
      return entity.text();
    }
    String best = entity.text();
    String surname = lastWord(best);
    for (Entity other : entities) {
      if (other.type().equals("PERSON")
          && lastWord(other.text()).equals(surname)
          && other.text().length() > best.length()) {
        best = other.text();
      }
    }
    if (best.equals(entity.text()) && !best.contains(" ")) {
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
