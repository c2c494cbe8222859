package org.newsevents.nlp.statements;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsevents.nlp.attribution.CueFeatures;
import org.newsevents.nlp.attribution.CueModel;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.text.Participants;

/**
 * Statements from the trained cue model: the rules' statements of a text go in; statements at the
 * tokens the model takes for cues, where no rule found one, are added. A model cue still needs a
 * content and gets its source from the rules' machinery: a verb as a rule cue would ({@code
 * fromCue}: subject, clause or quotation; a verb needs a quotation or a clausal complement), a noun
 * as a reporting noun ({@code fromNoun}). The rules' answer is kept wherever they fire.
 */
public final class LearnedCues {

  /**
   * The type of a model cue the lexicons do not know; such a verb is a cue only with a clause or
   * quotation as its content (clause-only, as the belief and stance verbs of cues.tsv).
   */
  private static final String DEFAULT_TYPE = "STATEMENT";

  private final StatementExtractor rules;
  private final CueModel model;

  LearnedCues(StatementExtractor rules, CueModel model) {
    this.rules = rules;
    this.model = model;
  }

  /** The rules' cue tokens by begin offset, with the rule that found each (the model's feature). */
  public static Map<Integer, String> ruleCues(List<StatementExtractor.Found> found) {
    Map<Integer, String> cues = new HashMap<>();
    for (StatementExtractor.Found f : found) {
      if (f.cue() != null) {
        cues.put(f.cue().beginPosition(), f.rule());
      }
    }
    return cues;
  }

  void add(
      AnnotatedText text,
      Participants participants,
      List<Quotations.Quote> quotes,
      List<StatementExtractor.Found> found) {
    Map<Integer, String> ruleCues = ruleCues(found);
    CueFeatures features = new CueFeatures(text, rules.lexicons(), ruleCues);
    for (int s = 0; s < text.sentenceCount(); s++) {
      List<CoreLabel> tokens = text.tokens(s);
      SemanticGraph graph = text.enhanced(s);
      for (int t = 0; t < tokens.size(); t++) {
        CoreLabel token = tokens.get(t);
        if (!CueFeatures.candidate(token)
            || ruleCues.containsKey(token.beginPosition())
            || !model.isCue(features.of(s, t))) {
          continue;
        }
        IndexedWord word = graph.getNodeByIndexSafe(token.index());
        if (word == null) {
          continue;
        }
        Optional<StatementExtractor.Found> statement = Optional.empty();
        String lemma = word.lemma() == null ? word.word() : word.lemma();
        if (word.tag().startsWith("VB") && !text.verbUsedAsNoun(s, word)) {
          Optional<Lexicons.Cue> known = rules.sense(graph, word);
          if (known.isEmpty() && !rules.lexicons().cues(lemma).isEmpty()) {
            continue; // a lexicon verb that is a cue only with its particle ("call for")
          }
          Lexicons.Cue sense =
              known.orElse(new Lexicons.Cue(lemma, null, DEFAULT_TYPE, false, true));
          statement =
              rules
                  .fromCue(text, participants, quotes, s, word, sense)
                  .filter(f -> f.direct() || hasClause(graph, word));
        } else if (word.tag().startsWith("NN")) {
          String type = rules.lexicons().nounCue(lemma).orElse(DEFAULT_TYPE);
          statement = rules.fromNoun(text, participants, s, word, type);
        }
        statement.ifPresent(f -> found.add(learned(f)));
      }
    }
  }

  /**
   * A model cue verb makes a statement only with a quotation or a clausal complement ("testified
   * that ..."): a to-infinitive or object is a desire, decision or act ("decided to sell the unit",
   * "made progress on plans to hold elections", "seems likely"), the rules' answer for those.
   */
  private static boolean hasClause(SemanticGraph graph, IndexedWord verb) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
      String rel = edge.getRelation().toString();
      if (rel.equals("ccomp") || rel.equals("parataxis")) {
        return true;
      }
    }
    return false;
  }

  private static StatementExtractor.Found learned(StatementExtractor.Found f) {
    return new StatementExtractor.Found(
        f.sentence(),
        f.cue(),
        f.sense(),
        f.speaker(),
        f.speakers(),
        f.addressee(),
        f.content(),
        f.direct(),
        "model:" + f.rule());
  }
}
