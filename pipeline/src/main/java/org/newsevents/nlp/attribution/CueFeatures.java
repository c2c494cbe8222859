package org.newsevents.nlp.attribution;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.newsevents.nlp.features.FeatureSink;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.knowledge.WordNetSenses;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * The features of a token for "is this the head of an attribution cue": an annotated text, a token
 * and the rules' cues go in; string features come out, the same at training and at run time. They
 * read only annotators of both profiles (tokens, tags, lemmas, NER, basic dependencies, quotes),
 * never coreference.
 */
public final class CueFeatures {

  private final AnnotatedText text;
  private final Lexicons lexicons;
  private final Map<Integer, String> ruleCues;
  private final List<int[]> quotes;

  /**
   * @param ruleCues the begin offsets of the rules' cue tokens, with the rule that found each
   */
  public CueFeatures(AnnotatedText text, Lexicons lexicons, Map<Integer, String> ruleCues) {
    this.text = text;
    this.lexicons = lexicons;
    this.ruleCues = ruleCues;
    this.quotes = text.quotationSpans();
  }

  /** The text whose tokens these features describe. */
  public AnnotatedText text() {
    return text;
  }

  /**
   * Whether a token is a candidate cue head at all: a verb, noun, adjective, preposition or colon.
   */
  public static boolean candidate(CoreLabel token) {
    String tag = token.tag();
    return tag != null
        && (tag.startsWith("VB")
            || tag.startsWith("NN")
            || tag.startsWith("JJ")
            || tag.equals("IN")
            || tag.equals(":"));
  }

  /** The features of token {@code t} (0-based) of sentence {@code s}. */
  public List<String> of(int s, int t) {
    FeatureSink.Strings f = FeatureSink.strings();
    of(s, t, f);
    return f.features();
  }

  /**
   * The same features into a sink, each as its parts (a cue model scores them without building the
   * strings, {@link CueModel#probability(CueFeatures, int, int)}).
   */
  public void of(int s, int t, FeatureSink f) {
    List<CoreLabel> tokens = text.tokens(s);
    CoreLabel token = tokens.get(t);
    String lemma = lower(token.lemma() == null ? token.word() : token.lemma());
    String tag = token.tag();
    String next = t + 1 < tokens.size() ? lower(tokens.get(t + 1).word()) : "</s>";
    f.add("bias");
    f.add("lemma=", lemma);
    f.add("lemma|tag=", lemma, "|", tag);
    f.add("tag=", tag);
    f.add("prev=", t > 0 ? lower(tokens.get(t - 1).word()) : "<s>");
    f.add("next=", next);
    f.add("prevTag=", t > 0 ? tokens.get(t - 1).tag() : "<s>");
    f.add("nextTag=", t + 1 < tokens.size() ? tokens.get(t + 1).tag() : "</s>");
    f.add("lemma|next=", lemma, "|", next);
    // The current lexicons and rules.
    List<Lexicons.Cue> cues = lexicons.cues(lemma);
    if (!cues.isEmpty()) {
      f.add("lexicon=cue|", coarse(tag));
      f.add("lexiconType=", cues.get(0).type());
      f.add("lexiconClauseOnly=", String.valueOf(cues.get(0).clauseOnly()));
    }
    if (lexicons.nounCue(lemma).isPresent()) {
      f.add("lexicon=noun|", coarse(tag));
    }
    String rule = ruleCues.get(token.beginPosition());
    f.add("rule=", rule == null ? "none" : rule);
    // Dependencies (basic tree).
    SemanticGraph tree = text.basic(s);
    IndexedWord node = tree.getNodeByIndexSafe(token.index());
    if (node != null) {
      IndexedWord parent = tree.getParent(node);
      String relation = parent == null ? "root" : tree.reln(parent, node).toString();
      f.add("rel=", relation);
      f.add("rel|tag=", relation, "|", coarse(tag));
      if (parent != null) {
        f.add("parentLemma=", lower(parent.lemma() == null ? parent.word() : parent.lemma()));
      }
      TreeSet<String> children = new TreeSet<>();
      for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(node)) {
        String rel = edge.getRelation().toString();
        IndexedWord dep = edge.getDependent();
        children.add(rel);
        if (rel.startsWith("nsubj")) {
          f.add("subjNer=", dep.ner() == null ? "O" : dep.ner());
          f.add("subjTag=", dep.tag());
          f.add("subjSide=", dep.index() < node.index() ? "before" : "after");
        }
        if (rel.equals("ccomp") || rel.equals("parataxis")) {
          f.add("clause=", rel, "|", dep.index() < node.index() ? "before" : "after");
          f.add("clauseQuoted=", String.valueOf(inQuote(dep.beginPosition())));
        }
        if (rel.equals("mark")) {
          f.add("markWord=", lower(dep.word()));
        }
        if (rel.equals("case") || rel.equals("fixed")) {
          f.add("case=", lower(dep.word()));
        }
      }
      for (String child : children) {
        f.add("child=", child);
        f.add("lemma|child=", lemma, "|", child);
      }
      wordNet(tree, node, parent, lemma, tag, f);
    }
    // Quotation state.
    f.add("inQuote=", String.valueOf(inQuote(token.beginPosition())));
    f.add("quoteBefore=", String.valueOf(quoteWithin(s, t, -1)));
    f.add("quoteAfter=", String.valueOf(quoteWithin(s, t, 1)));
    f.add("quoteInSentence=", String.valueOf(quoteInSentence(s)));
    // Position.
    f.add(
        "position=", t == 0 ? "first" : t + 1 == tokens.size() ? "last" : t < 4 ? "early" : "mid");
    int paragraph = text.paragraphAt(token.beginPosition());
    f.add(
        "firstSentenceOfParagraph=",
        String.valueOf(s == 0 || text.paragraphAt(sentenceBegin(s - 1)) != paragraph));
    f.add("headline=", String.valueOf(paragraph == 0));
  }

  /**
   * WordNet 3.1's view of the token ({@link WordNetSenses} caches each lemma), so that a rare cue
   * lemma shares what frequent ones of its kind learned. A verb: the lexicographer files of its
   * first sense and first three senses ({@code wn|wn1=verb.communication|V}: "recapitulate" and
   * "mention" are what "say" is), itself as {@code wnBase=}, and for its first common-noun object
   * the object's lemma, files, derived verb's file and clausal dependent ("expressed concern that
   * ...", "made the observation that ..."). A common noun gets its files and the verb it derives
   * from ({@code wnBase=announce} for "announcement", shared with the verb) only in the frame of a
   * nominal cue ({@link #nominalFrame}): a bare event noun ("Talks with Iran resumed") gets none.
   */
  private void wordNet(
      SemanticGraph tree,
      IndexedWord node,
      IndexedWord parent,
      String lemma,
      String tag,
      FeatureSink f) {
    String pos = tag == null ? "" : tag.startsWith("VB") ? "V" : tag.startsWith("NN") ? "N" : "";
    if (pos.isEmpty() || tag.startsWith("NNP")) {
      return;
    }
    WordNetSenses wordNet = WordNetSenses.standard();
    if (pos.equals("N")) {
      if (nominalFrame(tree, node, parent)) {
        for (String sense : wordNet.features(lemma, pos)) {
          f.add("wn|", sense, "|", pos);
        }
        baseVerbs(wordNet, lemma, "wnBase=", "wnBase|", f);
      }
      return;
    }
    for (String sense : wordNet.features(lemma, pos)) {
      f.add("wn|", sense, "|", pos);
    }
    f.add("wnBase=", lemma);
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(node)) {
      IndexedWord object = edge.getDependent();
      if (!edge.getRelation().toString().equals("obj")
          || object.tag() == null
          || !object.tag().startsWith("NN")
          || object.tag().startsWith("NNP")) {
        continue;
      }
      String objectLemma = lower(object.lemma() == null ? object.word() : object.lemma());
      f.add("objLemma=", objectLemma);
      for (SemanticGraphEdge objectEdge : tree.outgoingEdgeIterable(object)) {
        String rel = objectEdge.getRelation().toString();
        if (rel.equals("acl") || rel.equals("ccomp")) {
          f.add("objClause=", rel);
        }
      }
      for (String sense : wordNet.features(objectLemma, "N")) {
        if (!sense.startsWith("wn=")) {
          f.add("objWn|", sense);
        }
      }
      baseVerbs(wordNet, objectLemma, null, "objBase|", f);
      break;
    }
  }

  /**
   * Whether a common noun stands in the frame of a nominal cue: a possessor ("his claim"), an
   * "of"/"by" phrase ("the announcement by the ministry"), a clausal dependent ("the warning that
   * ...") or one inside a quotation, or the subject of a copula whose clause it introduces ("the
   * claim is that ..."). "Talks with Iran resumed" has none.
   */
  private boolean nominalFrame(SemanticGraph tree, IndexedWord node, IndexedWord parent) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(node)) {
      String rel = edge.getRelation().toString();
      IndexedWord dep = edge.getDependent();
      if (rel.equals("nmod:poss")
          || rel.equals("acl")
          || rel.equals("ccomp")
          || rel.equals("parataxis")
          || (inQuote(dep.beginPosition()) && !inQuote(node.beginPosition()))) {
        return true;
      }
      if (rel.startsWith("nmod")) {
        for (IndexedWord grand : tree.getChildren(dep)) {
          String word = lower(grand.word());
          if ((word.equals("of") || word.equals("by"))
              && tree.reln(dep, grand).toString().equals("case")) {
            return true;
          }
        }
      }
    }
    if (parent != null && tree.reln(parent, node).toString().startsWith("nsubj")) {
      String parentLemma = parent.lemma() == null ? "" : lower(parent.lemma());
      boolean copula = parentLemma.equals("be");
      boolean clause = false;
      for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(parent)) {
        String rel = edge.getRelation().toString();
        copula |= rel.equals("cop");
        clause |= rel.equals("ccomp") || rel.equals("mark");
      }
      return copula && clause;
    }
    return false;
  }

  /**
   * The verbs a noun derives from ({@code verbPrefix}, unless null) and their first senses' files.
   */
  private static void baseVerbs(
      WordNetSenses wordNet, String noun, String verbPrefix, String filePrefix, FeatureSink f) {
    for (String base : wordNet.identity(noun, "N")) {
      if (!base.startsWith("base=")) {
        continue;
      }
      String verb = base.substring(5);
      if (verbPrefix != null) {
        f.add(verbPrefix, verb);
      }
      for (String sense : wordNet.features(verb, "V")) {
        if (sense.startsWith("wn1=")) {
          f.add(filePrefix, sense);
        }
      }
    }
  }

  private boolean inQuote(int offset) {
    return text.inQuotation(offset);
  }

  /** Whether a quotation ends within three tokens before (-1) or begins within three after (1). */
  private boolean quoteWithin(int s, int t, int direction) {
    List<CoreLabel> tokens = text.tokens(s);
    CoreLabel token = tokens.get(t);
    int limit =
        direction < 0
            ? tokens.get(Math.max(0, t - 3)).beginPosition()
            : tokens.get(Math.min(tokens.size() - 1, t + 3)).endPosition();
    for (int[] q : quotes) {
      if (direction < 0 && q[1] <= token.beginPosition() && q[1] >= limit) {
        return true;
      }
      if (direction > 0 && q[0] >= token.endPosition() && q[0] <= limit) {
        return true;
      }
    }
    return false;
  }

  private boolean quoteInSentence(int s) {
    int begin = sentenceBegin(s);
    int end = text.sentence(s).get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    for (int[] q : quotes) {
      if (q[0] < end && q[1] > begin) {
        return true;
      }
    }
    return false;
  }

  private int sentenceBegin(int s) {
    return text.sentence(s).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
  }

  private static String coarse(String tag) {
    return tag == null || tag.length() < 2 ? String.valueOf(tag) : tag.substring(0, 2);
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
