package org.newsevents.nlp.statements;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsevents.nlp.knowledge.WordNetSenses;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.text.Participants;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Mention;

/**
 * The speaker mention of a cue: the cue's subjects (in text order) go in; the mention of the
 * statement's source comes out. A subject reached through a relative clause ("Charles Barkley, who
 * said ...") is mentioned by its relative pronoun, as the attribution corpora mark the source, with
 * the antecedent's canonical name, or the antecedent as written when it has none ("who" -> "Charles
 * Barkley"; "his rivals, who say" -> "his rivals"): the name is never lost.
 */
final class SpeakerMentions {

  private SpeakerMentions() {}

  /** The mention of the first subject, with the others as conjuncts; null without subjects. */
  static Mention of(
      Participants participants,
      SemanticGraph graph,
      int sentence,
      List<IndexedWord> subjects,
      IndexedWord cue) {
    if (subjects.isEmpty()) {
      return null;
    }
    IndexedWord first = subjects.get(0);
    Mention mention = participants.mention(sentence, first, subjects.size() > 1 ? subjects : null);
    IndexedWord pronoun = subjects.size() > 1 ? null : Subjects.relativePronoun(graph, first, cue);
    if (pronoun == null) {
      return mention;
    }
    return Mention.newBuilder(mention)
        .setText(pronoun.word())
        .setBegin(pronoun.beginPosition())
        .setEnd(pronoun.endPosition())
        .setCanonical(mention.getCanonical() != null ? mention.getCanonical() : mention.getText())
        .build();
  }

  /** Personal pronouns that can name a speaker next to a cue. */
  static final Set<String> SPEAKER_PRONOUNS = Set.of("he", "she", "they", "we", "i");

  /**
   * A name or personal pronoun written right next to a cue the parse gave no subject ("Cruz
   * strongly suggested they should drop out", "..., Keidis continued.", "..., said Trump"): the run
   * of proper nouns (or the pronoun) just before the cue, over adverbs, modals and auxiliaries and
   * over one parenthetical between the name and the cue ("Sanders (I-Vt.) has criticized"), else,
   * after a comma or closing quotation mark, just after it; with no name there, a noun phrase for
   * people just before the cue ("…, a committee of MPs has warned"); outside any quotation. {first,
   * last} token indexes (0-based), or null.
   */
  static int[] adjacentName(
      AnnotatedText text, List<Quotations.Quote> quotes, int sentence, IndexedWord cue) {
    List<CoreLabel> tokens = text.tokens(sentence);
    int t = skipAdverbsAndAuxiliaries(tokens, cue.index() - 2, cue.tag().equals("VBN"));
    int[] before = nameEndingAt(tokens, t, -1);
    int open = before == null ? parentheticalStart(tokens, t) : -1;
    if (open > 0) {
      // "Sanders (I-Vt.) has criticized ...", "Trump, who is vying ..., tweeted ...": the name
      // before a bracket, a relative clause or an apposition the parse took the cue's subject from
      before = nameEndingAt(tokens, open - 1, -1);
    }
    int[] found = before;
    if (found == null && StatementExtractor.isInversion(text, sentence, cue)) {
      found = nameEndingAt(tokens, cue.index(), 1);
      // "..., said Trump.": the name ends the clause.
      // Not "..., declared Kasabian's singer Tom Meighan": a possessive goes on.
      boolean ends =
          found != null
              && (found[1] + 1 == tokens.size()
                  || (!Character.isLetterOrDigit(tokens.get(found[1] + 1).word().charAt(0))
                      && !tokens.get(found[1] + 1).tag().equals("POS")));
      found = ends ? found : null;
    }
    if (found == null) {
      // "…, a committee of MPs and peers has warned.", "Analysts, however, say …": a phrase
      // headed by a noun for people or a body of them, which the parse hung elsewhere.
      found = actorNounPhrase(text, sentence, open > 0 ? open - 1 : t, t, cue);
    }
    if (found == null) {
      return null;
    }
    for (Quotations.Quote quote : quotes) {
      if (quote.contains(tokens.get(found[0]).beginPosition())) {
        return null;
      }
    }
    return found;
  }

  /** WordNet lexicographer files of a noun's first sense that name people or a body of them. */
  private static final Set<String> ACTOR_SENSES = Set.of("wn1=noun.person", "wn1=noun.group");

  /**
   * The noun phrase ending at token t whose head's first WordNet sense is a person or a group of
   * people ("analysts", "a committee of MPs and peers"), before a cue with a tense or an auxiliary
   * ("has warned"; not "the men accused of …", whose noun is the one accused), and not itself the
   * object of a preposition ("on the eve of the announcement said"); {first, last} token indexes
   * (0-based), or null. The cue's auxiliaries are the words after token {@code beforeAuxiliaries},
   * which a parenthetical may separate from t.
   */
  private static int[] actorNounPhrase(
      AnnotatedText text, int sentence, int t, int beforeAuxiliaries, IndexedWord cue) {
    List<CoreLabel> tokens = text.tokens(sentence);
    if (t < 0 || !(tokens.get(t).tag().equals("NN") || tokens.get(t).tag().equals("NNS"))) {
      return null;
    }
    // "VB": "say" after a name, tagged as a base form
    boolean finite = TailAttribution.FINITE.contains(cue.tag()) || cue.tag().equals("VB");
    boolean withAuxiliary =
        tokens.subList(beforeAuxiliaries + 1, cue.index() - 1).stream()
            .anyMatch(k -> k.tag().startsWith("VB") || k.tag().equals("MD"));
    if (!finite && !withAuxiliary) {
      return null;
    }
    SemanticGraph graph = text.basic(sentence);
    IndexedWord head = graph.getNodeByIndexSafe(tokens.get(t).index());
    IndexedWord governor;
    while (head != null && (governor = phraseHeadAbove(graph, head)) != null) {
      head = governor;
    }
    if (head == null
        || !head.tag().startsWith("NN")
        || head.tag().startsWith("NNP")
        || graph.outgoingEdgeList(head).stream()
            .anyMatch(e -> e.getRelation().getShortName().equals("case"))
        || WordNetSenses.standard().features(head.lemma(), "N").stream()
            .noneMatch(ACTOR_SENSES::contains)) {
      return null;
    }
    int begin = text.phrase(sentence, head, true)[0];
    int first = t;
    while (first > 0 && tokens.get(first - 1).beginPosition() >= begin) {
      first--;
    }
    while (first < t
        && (tokens.get(first).tag().equals("CC") || isPunctuation(tokens.get(first)))) {
      first++; // "and organisers say"
    }
    return new int[] {first, t};
  }

  /**
   * The noun a phrase's last word belongs to: the noun it modifies ("MPs" of "a committee of MPs")
   * or, inside such a modifier, the first of its conjuncts ("peers" of "of MPs and peers"); null
   * when the word heads its phrase. Conjuncts elsewhere stay apart ("the prison population and the
   * executive wants": the executive wants).
   */
  private static IndexedWord phraseHeadAbove(SemanticGraph graph, IndexedWord word) {
    IndexedWord governor = graph.getParent(word);
    if (governor == null || governor.index() > word.index() || !governor.tag().startsWith("NN")) {
      return null;
    }
    String rel = graph.reln(governor, word).getShortName();
    if (rel.equals("nmod") || rel.equals("compound")) {
      return governor;
    }
    IndexedWord above = graph.getParent(governor);
    boolean inModifier = above != null && graph.reln(above, governor).getShortName().equals("nmod");
    return rel.equals("conj") && inModifier ? governor : null;
  }

  /**
   * Whether a token is punctuation or a quotation mark (its first character no letter or digit).
   */
  static boolean isPunctuation(CoreLabel token) {
    return !Character.isLetterOrDigit(token.word().charAt(0));
  }

  /**
   * Token t, or the first token before it that is no adverb, modal or auxiliary ("has since"); not
   * over a form of "be" before a participle, whose subject is no speaker ("Trump was asked").
   */
  private static int skipAdverbsAndAuxiliaries(List<CoreLabel> tokens, int t, boolean participle) {
    while (t >= 0
        && (tokens.get(t).tag().startsWith("RB")
            || tokens.get(t).tag().equals("MD")
            || isAuxiliary(tokens.get(t), participle))) {
      t--;
    }
    return t;
  }

  private static boolean isAuxiliary(CoreLabel token, boolean participle) {
    String lemma = token.lemma();
    return token.tag().startsWith("VB")
        && lemma != null
        && AUXILIARIES.contains(lemma)
        && !(participle && "be".equals(lemma));
  }

  /** Lemmas of the verbs that can be a clause's auxiliary or copula. */
  static final Set<String> AUXILIARIES = Set.of("have", "be", "do");

  /** Longest parenthetical looked over, in tokens. */
  private static final int MAX_PARENTHETICAL = 20;

  /**
   * Where a parenthetical ending at token t begins: a bracket ("(I-Vt.)"), a pair of dashes, or a
   * pair of commas around a relative clause ("who is vying to ...") or a phrase without a verb
   * ("the head of the fund"); the index of its opening token, or -1.
   */
  private static int parentheticalStart(List<CoreLabel> tokens, int t) {
    if (t < 1) {
      return -1;
    }
    String close = tokens.get(t).word();
    for (int i = t - 1; i >= 0 && i >= t - MAX_PARENTHETICAL; i--) {
      String word = tokens.get(i).word();
      if (close.equals(")") || close.equals("-RRB-")) {
        if (word.equals("(") || word.equals("-LRB-")) {
          return i;
        }
      } else if (DASHES.contains(close)) {
        if (DASHES.contains(word)) {
          return i;
        }
      } else if (close.equals(",")) {
        if (word.equals(",")) {
          boolean relative = tokens.get(i + 1).tag().startsWith("W");
          boolean verbless =
              tokens.subList(i + 1, t).stream().noneMatch(k -> k.tag().startsWith("VB"));
          return i + 1 < t && (relative || verbless) ? i : -1;
        }
      } else {
        return -1;
      }
    }
    return -1;
  }

  private static final Set<String> DASHES = Set.of("-", "--", "\u2014", "\u2013");

  /** The proper-noun run (or personal pronoun) from token t on in a direction; null if none. */
  private static int[] nameEndingAt(List<CoreLabel> tokens, int t, int direction) {
    if (t < 0 || t >= tokens.size()) {
      return null;
    }
    CoreLabel token = tokens.get(t);
    if (token.tag().equals("PRP")) {
      return SPEAKER_PRONOUNS.contains(token.word().toLowerCase(Locale.ROOT))
          ? new int[] {t, t}
          : null;
    }
    int end = t;
    while (end >= 0 && end < tokens.size() && isName(tokens.get(end))) {
      end += direction;
    }
    end -= direction;
    if (!isName(token)) {
      return null;
    }
    return new int[] {Math.min(t, end), Math.max(t, end)};
  }

  /** Named-entity classes that name no speaker ("said Tuesday"). */
  private static final Set<String> NO_SPEAKER_NER =
      Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT");

  /** Named-entity classes that make a common noun part of a name ("F-Secure" tagged F/NN). */
  private static final Set<String> SPEAKER_NER = Set.of("PERSON", "ORGANIZATION");

  private static boolean isName(CoreLabel token) {
    if (token.tag().startsWith("NNP")) {
      return !NO_SPEAKER_NER.contains(token.ner());
    }
    return (token.tag().startsWith("NN") || token.tag().equals("HYPH"))
        && SPEAKER_NER.contains(token.ner());
  }

  /** A mention moved onto tokens [first, last] of a sentence, its name kept. */
  static Mention over(AnnotatedText text, Mention mention, int sentence, int[] run) {
    int begin = text.tokens(sentence).get(run[0]).beginPosition();
    int end = text.tokens(sentence).get(run[1]).endPosition();
    return Mention.newBuilder(mention)
        .setText(text.body().substring(begin, end))
        .setBegin(begin)
        .setEnd(end)
        .build();
  }

  /** An argument moved onto tokens [first, last] of a sentence, its name kept. */
  static Argument over(AnnotatedText text, Argument argument, int sentence, int[] run) {
    int begin = text.tokens(sentence).get(run[0]).beginPosition();
    int end = text.tokens(sentence).get(run[1]).endPosition();
    return Argument.newBuilder(argument)
        .setText(text.body().substring(begin, end))
        .setBegin(begin)
        .setEnd(end)
        .build();
  }
}
