package org.newsevents.nlp.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsevents.nlp.knowledge.WordNetSenses;

/**
 * The features of a trigger word for its TimeML class: a word in its basic dependency tree goes in;
 * string features (lemma, tag, relation to its head, the head's lemma, clausal complements, copula,
 * auxiliaries) come out, the same at training and at run time. Besides the words themselves:
 * WordNet's lexicographer files of the word, of its governor and of its object
 * ("verb.communication", "noun.act"), its tense and aspect (modal, perfect, progressive, passive),
 * negation, the kind of clause it heads or governs ("that" or "to" complements) and whether it is a
 * copular predicate.
 */
public final class EventClassFeatures {

  /** Relations of a dependent that tell the class apart ("decided to leave", "is worried"). */
  private static final Set<String> CHILD_RELATIONS =
      Set.of(
          "ccomp",
          "xcomp",
          "cop",
          "aux",
          "aux:pass",
          "nsubj",
          "nsubj:pass",
          "obj",
          "iobj",
          "mark",
          "advmod",
          "obl",
          "nmod",
          "case",
          "det",
          "amod",
          "compound",
          "acl",
          "neg");

  private EventClassFeatures() {}

  /** The features of {@code word} in {@code tree}; the word must be a node of the tree. */
  public static List<String> of(SemanticGraph tree, IndexedWord word) {
    List<String> features = lexical(tree, word);
    ClassContext.add(tree, word, WordNetSenses.standard(), features);
    return features;
  }

  /** The features of the word and its neighbours in the tree, without WordNet or aspect. */
  static List<String> lexical(SemanticGraph tree, IndexedWord word) {
    List<String> features = new ArrayList<>();
    String lemma = word.lemma() == null ? word.word() : word.lemma();
    lemma = lemma.toLowerCase(Locale.ROOT);
    String tag = word.tag() == null ? "-" : word.tag();
    String pos = coarse(tag);
    features.add("bias");
    features.add("lemma=" + lemma);
    features.add("lemma|pos=" + lemma + "|" + pos);
    features.add("tag=" + tag);
    features.add("word=" + word.word().toLowerCase(Locale.ROOT));
    if (lemma.length() > 4) {
      features.add("suffix3|pos=" + lemma.substring(lemma.length() - 3) + "|" + pos);
    }
    IndexedWord head = tree.getParent(word);
    String relation = "root";
    if (head != null) {
      relation = tree.reln(head, word).toString();
      String headLemma = head.lemma() == null ? head.word() : head.lemma();
      headLemma = headLemma.toLowerCase(Locale.ROOT);
      features.add("head=" + headLemma);
      features.add("head|rel=" + headLemma + "|" + relation);
      features.add("headpos|rel=" + coarse(head.tag()) + "|" + relation);
    }
    features.add("rel=" + relation);
    features.add("pos|rel=" + pos + "|" + relation);
    boolean clause = false;
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(word)) {
      String rel = edge.getRelation().toString();
      if (!CHILD_RELATIONS.contains(rel)) {
        continue;
      }
      IndexedWord child = edge.getDependent();
      features.add("child=" + rel);
      features.add("pos|child=" + pos + "|" + rel);
      switch (rel) {
        case "ccomp", "xcomp" -> {
          clause = true;
          features.add("lemma|child=" + lemma + "|" + rel);
          features.add("comp=" + rel + "|" + coarse(child.tag()));
          features.add("comp-mark=" + rel + "|" + markOf(tree, child));
        }
        case "cop", "aux", "aux:pass", "mark", "case", "neg" ->
            features.add("child|word=" + rel + "|" + child.word().toLowerCase(Locale.ROOT));
        default -> {}
      }
    }
    IndexedWord previous = tree.getNodeByIndexSafe(word.index() - 1);
    IndexedWord next = tree.getNodeByIndexSafe(word.index() + 1);
    features.add("prev=" + (previous == null ? "^" : previous.word().toLowerCase(Locale.ROOT)));
    features.add("next=" + (next == null ? "$" : next.word().toLowerCase(Locale.ROOT)));
    features.add("lemma|clause=" + lemma + "|" + clause);
    features.add("pos|clause=" + pos + "|" + clause);
    return features;
  }

  static String markOf(SemanticGraph tree, IndexedWord clause) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(clause)) {
      String rel = edge.getRelation().toString();
      if (rel.equals("mark")) {
        return edge.getDependent().word().toLowerCase(Locale.ROOT);
      }
    }
    return "-";
  }

  static String coarse(String tag) {
    if (tag == null) {
      return "-";
    }
    if (tag.startsWith("VB")) {
      return "V";
    }
    if (tag.startsWith("NN")) {
      return "N";
    }
    if (tag.startsWith("JJ")) {
      return "J";
    }
    return tag;
  }
}
