package org.newsevents.nlp.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.newsevents.nlp.features.FeatureSink;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.knowledge.WordEmbeddings;
import org.newsevents.nlp.knowledge.WordNetSenses;

/**
 * The features of a word for whether it is an event (the trained trigger model): a verb, noun or
 * adjective in its basic dependency tree goes in; string features come out, the same at training
 * and at run time: lemma, tag, suffix, named-entity tag, relation to its head and the head's lemma
 * (a light verb's object: "took part", "held talks"), the relations of its dependents, the
 * neighbouring words, whether the project's lexicons list it (curated trigger, reporting cue, noun
 * of a support verb) and WordNet's lexicographer files and verb derivation; and, as real values
 * beside these string features, the word's vector ({@link #embedding}, CoreNLP's word vectors by
 * part of speech: {@link #dimension}).
 */
public final class TriggerFeatures {

  /** Verbs whose object carries the event ("take part", "hold talks", "launch an offensive"). */
  private static final Set<String> LIGHT_VERBS =
      Set.of("make", "take", "give", "have", "hold", "launch", "conduct", "carry", "stage", "pay");

  /** The dependents that make a word's frame (crossed with its lemma). */
  private static final Set<String> FRAME_RELATIONS =
      Set.of("obj", "xcomp", "ccomp", "nsubj:pass", "iobj", "compound:prt", "obl");

  /** Named-entity tags of names: a word inside such a mention is part of a name. */
  private static final Set<String> NAME_TAGS =
      Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "MISC");

  /** The relation of a noun to the noun it modifies. */
  private static final String MODIFIER = "compound";

  private TriggerFeatures() {}

  /** The coarse part of speech of a tag: V, N, J or null for any other. */
  public static String coarse(String tag) {
    if (tag == null) {
      return null;
    }
    return tag.startsWith("VB")
        ? "V"
        : tag.startsWith("NN") ? "N" : tag.startsWith("JJ") ? "J" : null;
  }

  /**
   * Whether the rules take a curated verb sense whatever the trigger model says: it names a project
   * event type. A verb sense of type OTHER is listed for its TimeML class alone ("include", "want")
   * and left to the model.
   */
  public static boolean ruleSense(Lexicons.EventSense sense) {
    return !sense.type().equals("OTHER");
  }

  /**
   * Whether the rules take a word whatever the trigger model says: a reporting cue, a curated noun
   * or adjective, or a curated verb with a project event type ({@link #ruleSense}); in a name or
   * modifying a noun the model judges a curated noun all the same ({@link #curatedNounJudged}).
   */
  public static boolean takenByRules(String lemma, String pos, Lexicons lexicons) {
    return !lexicons.cues(lemma).isEmpty()
        || lexicons
            .trigger(lemma, pos)
            .filter(sense -> !pos.equals("V") || ruleSense(sense))
            .isPresent();
  }

  /**
   * Whether a curated noun is left to the trigger model in this place: inside a name, or modifying
   * another noun ("war loans", "war planners"), where TimeML mostly marks no event. {@code ner} is
   * the noun's named-entity tag, {@code relation} its relation to its head.
   */
  public static boolean curatedNounJudged(String ner, String relation) {
    return (ner != null && NAME_TAGS.contains(ner)) || MODIFIER.equals(relation);
  }

  /**
   * The name of the trigger model's weight of dimension {@code i} of a word's vector, for a word of
   * coarse part of speech {@code pos} (verbs, nouns and adjectives read the vectors apart).
   */
  public static String dimension(int i, String pos) {
    return "emb" + i + "|" + pos;
  }

  /**
   * The vector of {@code word} (unit length): its lower-cased form's, else its lemma's, else null.
   * Its dimensions are real-valued features ({@link #dimension}) beside the string ones: a rare
   * noun shares the weight of the words near it (5-fold CV over TimeBank + AQUAINT, 2026-12-05).
   */
  public static float[] embedding(IndexedWord word, WordEmbeddings embeddings) {
    float[] vector = embeddings.vector(word.word());
    return vector != null || word.lemma() == null ? vector : embeddings.vector(word.lemma());
  }

  /**
   * The features of {@code word}, a node of {@code tree} whose coarse part of speech is not null.
   */
  public static List<String> of(
      SemanticGraph tree, IndexedWord word, Lexicons lexicons, WordNetSenses wordNet) {
    FeatureSink.Strings features = FeatureSink.strings();
    of(tree, word, lexicons, wordNet, features);
    return features.features();
  }

  /**
   * The same features into a sink, each as its parts (the trigger model scores them without
   * building the strings).
   */
  public static void of(
      SemanticGraph tree,
      IndexedWord word,
      Lexicons lexicons,
      WordNetSenses wordNet,
      FeatureSink features) {
    String lemma = (word.lemma() == null ? word.word() : word.lemma()).toLowerCase(Locale.ROOT);
    String tag = word.tag();
    String pos = coarse(tag);
    features.add("bias");
    features.add("pos=", pos);
    features.add("tag=", tag);
    features.add("lemma|pos=", lemma, "|", pos);
    if (lemma.length() > 4) {
      features.add("suffix3|pos=", lemma.substring(lemma.length() - 3), "|", pos);
      features.add("suffix4|pos=", lemma.substring(lemma.length() - 4), "|", pos);
    }
    String ner = word.ner() == null ? "O" : word.ner();
    features.add("ner|pos=", ner, "|", pos);
    IndexedWord head = tree.getParent(word);
    String relation = "root";
    if (head != null) {
      relation = tree.reln(head, word).toString();
      String headLemma =
          (head.lemma() == null ? head.word() : head.lemma()).toLowerCase(Locale.ROOT);
      features.add("head|rel=", headLemma, "|", relation);
      features.add("headpos|rel|pos=", coarse(head.tag()), "|", relation, "|", pos);
      if (relation.equals("obj") && LIGHT_VERBS.contains(headLemma)) {
        features.add("light-object");
      }
      if ((relation.equals("obj") || relation.equals("nsubj:pass"))
          && lexicons.supportVerb(headLemma).isPresent()) {
        features.add("support-object");
      }
      if (head.ner() != null && !head.ner().equals("O") && relation.equals("compound")) {
        features.add("compound-of-name");
      }
    }
    features.add("rel|pos=", relation, "|", pos);
    // The lemma in its frame: a frequent word's reading turns on its construction ("had a loss"
    // and "had to"; "include" with an object; "going to"), so the lemma is crossed with its
    // relation, its tag and the set of its core dependents.
    features.add("lemma|rel=", lemma, "|", pos, "|", relation);
    features.add("lemma|tag=", lemma, "|", tag);
    Set<String> frame = new TreeSet<>();
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(word)) {
      String rel = edge.getRelation().toString();
      if (FRAME_RELATIONS.contains(rel)) {
        frame.add(rel);
      }
      if (rel.equals("compound:prt")) {
        features.add("lemma|prt=", lemma, "|", edge.getDependent().word().toLowerCase(Locale.ROOT));
      }
      features.add("child|pos=", rel, "|", pos);
      if (rel.equals("det") || rel.equals("case") || rel.equals("cop") || rel.equals("aux")) {
        features.add("child|word=", rel, "|", edge.getDependent().word().toLowerCase(Locale.ROOT));
      }
    }
    features.add("lemma|frame=", lemma, "|", pos, "|", String.join("+", frame));
    IndexedWord previous = tree.getNodeByIndexSafe(word.index() - 1);
    IndexedWord next = tree.getNodeByIndexSafe(word.index() + 1);
    features.add("prev=", previous == null ? "^" : previous.word().toLowerCase(Locale.ROOT));
    features.add("next=", next == null ? "$" : next.word().toLowerCase(Locale.ROOT));
    if (lexicons.trigger(lemma, pos).isPresent()) {
      features.add("curated|pos=", pos);
    }
    if (!lexicons.cues(lemma).isEmpty()) {
      features.add("cue|pos=", pos);
    }
    for (String sense : wordNet.features(lemma, pos)) {
      features.add(sense);
      features.add(sense, "|", pos);
    }
    // A rare noun shares what its verb learned: "blockade" and "blockade/V", "cancellation" and
    // "cancel" both carry base=VERB (WordNet's derivational link of the noun's first senses).
    for (String identity : wordNet.identity(lemma, pos)) {
      if (identity.startsWith("base=")) {
        features.add(identity);
      }
    }
  }
}
