package org.newsevents.nlp.text;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.schema.Span;

/**
 * A read-only view of an annotated article body: sentences, their dependency graphs, and the
 * character spans of phrases and clauses, all as offsets into the body.
 */
public final class AnnotatedText {

  /** Relations that stay inside a noun phrase when its span is computed from its head. */
  private static final Set<String> PHRASE_RELATIONS =
      Set.of(
          "compound",
          "flat",
          "det",
          "amod",
          "nmod",
          "case",
          "nummod",
          "fixed",
          "advmod",
          "det:predet",
          "nmod:poss",
          "nmod:tmod",
          "nmod:npmod",
          "compound:prt",
          "goeswith",
          "dep");

  private final String body;
  private final Annotation annotation;
  private final List<CoreMap> sentences;
  private final List<Integer> paragraphStarts = new ArrayList<>();
  private final List<int[]> quotationSpans;

  public AnnotatedText(String body, Annotation annotation) {
    this.body = body;
    this.annotation = annotation;
    this.sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    paragraphStarts.add(0);
    for (int i = body.indexOf("\n\n"); i >= 0; i = body.indexOf("\n\n", i + 2)) {
      paragraphStarts.add(i + 2);
    }
    List<int[]> spans = new ArrayList<>();
    List<CoreMap> quotes = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
    if (quotes != null) {
      for (CoreMap quote : quotes) {
        spans.add(
            new int[] {
              quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)
            });
      }
    }
    quotationSpans = List.copyOf(spans);
  }

  public String body() {
    return body;
  }

  public Annotation annotation() {
    return annotation;
  }

  public int sentenceCount() {
    return sentences.size();
  }

  public CoreMap sentence(int index) {
    return sentences.get(index);
  }

  /**
   * The quotations CoreNLP's quote annotator found (top level): {begin, end} character offsets, the
   * quotation marks included; empty when the profile has no quote annotator.
   */
  public List<int[]> quotationSpans() {
    return quotationSpans;
  }

  /** Whether a character offset lies inside a quotation, its marks excluded. */
  public boolean inQuotation(int offset) {
    for (int[] quote : quotationSpans) {
      if (quote[0] < offset && offset < quote[1]) {
        return true;
      }
    }
    return false;
  }

  public List<CoreLabel> tokens(int sentence) {
    return sentences.get(sentence).get(CoreAnnotations.TokensAnnotation.class);
  }

  /** The basic (tree) dependencies: used for spans. */
  public SemanticGraph basic(int sentence) {
    return sentences
        .get(sentence)
        .get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
  }

  /** The enhanced++ dependencies: used for roles (propagated subjects, relative clauses). */
  public SemanticGraph enhanced(int sentence) {
    return sentences
        .get(sentence)
        .get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
  }

  /**
   * True for a word tagged as a verb that is used as a noun ("have the final say"): a base form
   * right after a determiner or adjective, or one with a determiner, possessor or adjective of its
   * own; or one that ends a name ({@link #verbInName}).
   */
  public boolean verbUsedAsNoun(int sentence, IndexedWord word) {
    SemanticGraph graph = basic(sentence);
    IndexedWord node = graph.getNodeByIndexSafe(word.index());
    if (node == null) {
      return false;
    }
    if (verbInName(sentence, word)) {
      return true;
    }
    if (word.tag().equals("VB") && word.index() > 1) {
      // A base-form verb right after a determiner or adjective: "the final say".
      String before = tokens(sentence).get(word.index() - 2).tag();
      if (before.equals("DT")
          || before.equals("JJ")
          || before.equals("PRP$")
          || before.equals("POS")) {
        return true;
      }
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
      String rel = edge.getRelation().toString();
      if (rel.equals("det") || rel.equals("nmod:poss") || rel.equals("amod")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a word tagged as a verb that is the last word of a name: capitalised (not all
   * capitals) inside a sentence that is not written in title case, right after a proper noun ("Lord
   * Dubs agreed ...", where the tagger reads "Dubs" as the verb "dub"). A headline in title case
   * ("Sanders Says He Will Stay") keeps its verbs.
   */
  public boolean verbInName(int sentence, IndexedWord word) {
    List<CoreLabel> tokens = tokens(sentence);
    int t = word.index() - 1;
    if (t < 1 || t >= tokens.size() || !capitalised(word.word())) {
      return false;
    }
    String before = tokens.get(t - 1).tag();
    if (!before.equals("NNP") && !before.equals("NNPS")) {
      return false;
    }
    int words = 0;
    int upper = 0;
    for (CoreLabel token : tokens) {
      String w = token.word();
      if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
        words++;
        upper += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
      }
    }
    return 2 * upper < words;
  }

  private static final Set<String> TIME_CLASSES = Set.of("DATE", "TIME", "DURATION", "SET");

  /** Whether a word is part of a time expression (its NER class is DATE, TIME, DURATION or SET). */
  public static boolean isTime(IndexedWord word) {
    return TIME_CLASSES.contains(word.ner());
  }

  /** A verb's particle in the graph ("off" of "write off"), or null when it has none. */
  public static String particle(SemanticGraph graph, IndexedWord verb) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
      if (edge.getRelation().toString().equals("compound:prt")) {
        return edge.getDependent().word();
      }
    }
    return null;
  }

  /** An upper-case first letter and at least one lower-case letter after it. */
  private static boolean capitalised(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  public String sentenceText(int sentence) {
    CoreMap s = sentences.get(sentence);
    return body.substring(
        s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
  }

  /** The index of the sentence holding a character offset, or -1. */
  public int sentenceAt(int offset) {
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap s = sentences.get(i);
      if (offset >= s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)
          && offset < s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the paragraph (blank-line separated) holding a character offset. */
  public int paragraphAt(int offset) {
    int index = 0;
    while (index + 1 < paragraphStarts.size() && paragraphStarts.get(index + 1) <= offset) {
      index++;
    }
    return index;
  }

  public Span span(int begin, int end) {
    return Span.newBuilder()
        .setText(body.substring(begin, end))
        .setBegin(begin)
        .setEnd(end)
        .build();
  }

  /** Whether a word has the preposition as its "case" dependent ("for" in "a spokesman for X"). */
  public static boolean hasCase(SemanticGraph graph, IndexedWord word, String preposition) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
      if (edge.getRelation().getShortName().equals("case")
          && edge.getDependent().word().equalsIgnoreCase(preposition)) {
        return true;
      }
    }
    return false;
  }

  /** The span of the noun phrase headed by a word; conjuncts are included only when asked. */
  public int[] phrase(int sentence, IndexedWord head, boolean withConjuncts) {
    SemanticGraph graph = basic(sentence);
    IndexedWord node = graph.getNodeByIndexSafe(head.index());
    if (node == null) {
      return new int[] {head.beginPosition(), head.endPosition()};
    }
    Set<IndexedWord> members = new HashSet<>();
    Deque<IndexedWord> todo = new ArrayDeque<>(List.of(node));
    while (!todo.isEmpty()) {
      IndexedWord current = todo.pop();
      if (!members.add(current)) {
        continue;
      }
      for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(current)) {
        String rel = edge.getRelation().toString();
        String shortRel = edge.getRelation().getShortName();
        if (current == node && shortRel.equals("case")) {
          continue; // "in Geneva" -> "Geneva": the preposition is the role, not the phrase
        }
        if (current == node && isPlaceModifier(graph, edge)) {
          continue; // "rebels in Homs" -> "rebels": the place is an argument of its own
        }
        boolean inside =
            PHRASE_RELATIONS.contains(rel)
                || PHRASE_RELATIONS.contains(shortRel)
                || (withConjuncts && (shortRel.equals("conj") || shortRel.equals("cc")));
        if (inside) {
          todo.push(edge.getDependent());
        }
      }
    }
    // "some of the options": enhanced++ makes "options" the head with "some of" as its det:qmod,
    // while the basic tree heads the phrase with "some"; the quantifier is part of the phrase.
    IndexedWord enhancedHead = enhanced(sentence).getNodeByIndexSafe(head.index());
    if (enhancedHead != null) {
      for (SemanticGraphEdge edge : enhanced(sentence).outgoingEdgeIterable(enhancedHead)) {
        IndexedWord quantifier = graph.getNodeByIndexSafe(edge.getDependent().index());
        if (edge.getRelation().toString().equals("det:qmod") && quantifier != null) {
          members.add(quantifier);
        }
      }
    }
    return trim(members);
  }

  /**
   * The span of the clause (whole subtree) headed by a word, without leading marks or edge
   * punctuation.
   */
  public int[] clause(int sentence, IndexedWord head) {
    return clause(sentence, head, false);
  }

  /**
   * The clause of a head as {@link #clause}, without the clauses coordinated to it that have a
   * subject and no mark of their own, and their conjunction ("the race would be between himself and
   * Reina, but McIlroy is unfazed": the first clause alone).
   */
  public int[] clauseWithoutCoordinatedClauses(int sentence, IndexedWord head) {
    return clause(sentence, head, true);
  }

  private int[] clause(int sentence, IndexedWord head, boolean withoutCoordinatedClauses) {
    SemanticGraph graph = basic(sentence);
    IndexedWord node = graph.getNodeByIndexSafe(head.index());
    Set<IndexedWord> members = new HashSet<>(graph.descendants(node));
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
      String rel = edge.getRelation().getShortName();
      IndexedWord dependent = edge.getDependent();
      if ((rel.equals("mark") || rel.equals("case")) && dependent.index() < node.index()) {
        members.removeAll(graph.descendants(dependent));
      } else if (withoutCoordinatedClauses
          && rel.equals("conj")
          && hasOwnSubject(graph, dependent)) {
        members.removeAll(graph.descendants(dependent));
        for (SemanticGraphEdge inner : graph.outgoingEdgeIterable(dependent)) {
          if (inner.getRelation().getShortName().equals("cc")) {
            members.remove(inner.getDependent());
          }
        }
      }
    }
    return trim(members);
  }

  /**
   * A clause with a subject and no mark of its own ("but McIlroy is unfazed", not "and that ...").
   */
  private static boolean hasOwnSubject(SemanticGraph graph, IndexedWord word) {
    boolean subject = false;
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
      String rel = edge.getRelation().getShortName();
      if (rel.equals("mark")) {
        return false;
      }
      subject |= rel.equals("nsubj") || rel.equals("csubj");
    }
    return subject;
  }

  /** "in Homs" under a noun: a LOCATION name introduced by a place preposition (basic tree). */
  private static boolean isPlaceModifier(SemanticGraph graph, SemanticGraphEdge edge) {
    IndexedWord dependent = edge.getDependent();
    if (!edge.getRelation().getShortName().equals("nmod") || !"LOCATION".equals(dependent.ner())) {
      return false;
    }
    for (SemanticGraphEdge inner : graph.outgoingEdgeIterable(dependent)) {
      if (inner.getRelation().getShortName().equals("case")
          && Lexicons.standard().isPlacePreposition(inner.getDependent().word().toLowerCase())) {
        return true;
      }
    }
    return false;
  }

  /** The tightest [begin, end) over a set of words, dropping punctuation at either edge. */
  private int[] trim(Set<IndexedWord> members) {
    List<IndexedWord> sorted = new ArrayList<>(members);
    sorted.sort((a, b) -> Integer.compare(a.index(), b.index()));
    int first = 0;
    int last = sorted.size() - 1;
    while (first < last && isEdgePunctuation(sorted.get(first))) {
      first++;
    }
    while (last > first && isEdgePunctuation(sorted.get(last))) {
      last--;
    }
    int begin = wordStart(sorted.get(first).beginPosition());
    int end = wordEnd(sorted.get(last).endPosition());
    // A phrase that opens a quotation ("the so-called "peace plan") takes its closing mark too.
    if (countQuotes(body.substring(begin, end)) % 2 == 1
        && end < body.length()
        && QUOTES.indexOf(body.charAt(end)) >= 0) {
      end++;
    }
    return new int[] {begin, end};
  }

  private static final String QUOTES = "\"\u201c\u201d";

  /**
   * The start of the hyphenated word an offset lies in: the tokenizer splits "state-owned" and
   * "dial-up" at the hyphen, and a phrase whose tree leaves the first part out ("owned Codelco",
   * "up users") still takes the whole word.
   */
  private int wordStart(int begin) {
    while (begin >= 2
        && body.charAt(begin - 1) == '-'
        && Character.isLetterOrDigit(body.charAt(begin - 2))) {
      begin -= 2;
      while (begin > 0 && Character.isLetterOrDigit(body.charAt(begin - 1))) {
        begin--;
      }
    }
    return begin;
  }

  /** The end of the hyphenated word an offset lies in (see {@link #wordStart}). */
  private int wordEnd(int end) {
    while (end + 1 < body.length()
        && body.charAt(end) == '-'
        && Character.isLetterOrDigit(body.charAt(end + 1))) {
      end += 2;
      while (end < body.length() && Character.isLetterOrDigit(body.charAt(end))) {
        end++;
      }
    }
    return end;
  }

  private static int countQuotes(String span) {
    int count = 0;
    for (int i = 0; i < span.length(); i++) {
      if (QUOTES.indexOf(span.charAt(i)) >= 0) {
        count++;
      }
    }
    return count;
  }

  private static boolean isEdgePunctuation(IndexedWord word) {
    String tag = word.tag();
    return tag != null
        && (tag.equals(",") || tag.equals(".") || tag.equals(":") || tag.equals("HYPH"));
  }
}
