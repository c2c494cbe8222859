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
import org.newsevents.records.Roles;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Span;

/**
 * Statements from the trained cue model: the rules' statements of a text go in; statements at the
 * tokens the model takes for cues, where no rule found one, are added. A model cue still needs a
 * content and gets its source from the rules' machinery: a verb as a rule cue would ({@code
 * fromCue}: subject, clause or quotation; a verb needs a quotation or a clausal complement), a noun
 * as a reporting noun ({@code fromNoun}); where that finds no content, or for a verb only a
 * to-infinitive or object, the trained content-span chooser ({@link ContentChooser}) may choose
 * one. The rules' answer is kept wherever they fire.
 */
public final class LearnedCues {

  /**
   * The type of a model cue the lexicons do not know; such a verb is a cue only with a clause or
   * quotation as its content (clause-only, as the belief and stance verbs of cues.tsv).
   */
  private static final String DEFAULT_TYPE = "STATEMENT";

  private final StatementExtractor rules;
  private final CueModel model;
  private final ContentChooser chooser;

  /** {@code chooser} null: a model cue without the rules' content makes no statement. */
  LearnedCues(StatementExtractor rules, CueModel model, ContentChooser chooser) {
    this.rules = rules;
    this.model = model;
    this.chooser = chooser;
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

  /**
   * What became of the candidate tokens the model was asked about, by begin offset (diagnostics:
   * {@code eval-attribution --cue-losses}): the model's probability of each, and for each it took
   * for a cue, why it made no statement (or {@code statement}).
   */
  public static final class Trace {
    public final Map<Integer, Double> probability = new HashMap<>();
    public final Map<Integer, String> outcome = new HashMap<>();
  }

  void add(
      AnnotatedText text,
      Participants participants,
      List<Quotations.Quote> quotes,
      List<StatementExtractor.Found> found,
      Trace trace) {
    Map<Integer, String> ruleCues = ruleCues(found);
    CueFeatures features = new CueFeatures(text, rules.lexicons(), ruleCues);
    for (int s = 0; s < text.sentenceCount(); s++) {
      List<CoreLabel> tokens = text.tokens(s);
      SemanticGraph graph = text.enhanced(s);
      for (int t = 0; t < tokens.size(); t++) {
        CoreLabel token = tokens.get(t);
        if (!CueFeatures.candidate(token) || ruleCues.containsKey(token.beginPosition())) {
          continue;
        }
        double p = model.probability(features, s, t);
        if (trace != null) {
          trace.probability.put(token.beginPosition(), p);
        }
        if (p < model.threshold()) {
          continue;
        }
        String why = "no node in the enhanced graph";
        // The content-span model speaks only for cues the cue model is sure enough of.
        ContentChooser chooser =
            this.chooser != null && this.chooser.accepts(p) ? this.chooser : null;
        IndexedWord word = graph.getNodeByIndexSafe(token.index());
        if (word == null) {
          note(trace, token, why);
          continue;
        }
        if (word.tag().startsWith("VB") && text.verbInName(s, word)) {
          // "Lord Dubs agreed ...": the tagger's verb "dub" is the end of a name.
          note(trace, token, "verb: the last word of a name");
          continue;
        }
        if (StatementExtractor.reducedRelative(text, s, word)) {
          // "The company named in the lawsuit denied …": the noun was named, it names no one.
          note(trace, token, "verb: a participle modifying the noun before it");
          continue;
        }
        Optional<StatementExtractor.Found> statement = Optional.empty();
        String lemma = word.lemma() == null ? word.word() : word.lemma();
        if (word.tag().startsWith("VB") && !text.verbUsedAsNoun(s, word)) {
          Optional<Lexicons.Cue> known = rules.sense(graph, word);
          if (known.isEmpty()
              && !rules.lexicons().cues(lemma).isEmpty()
              && !activeWithComplement(graph, word)) {
            // A lexicon verb that is a cue only with its particle ("call for"), here without it:
            // a cue of the model's only with an object or open complement, active ("calls on U.S.
            // to lead" parsed without obl:on, "calling Trump a fascist"), not a name ("The show
            // was called ...") nor a plain "called for the establishment of ...".
            note(trace, token, "verb: lexicon verb without its particle");
            continue;
          }
          if (StatementExtractor.isPhaseOfVerb(text, s, graph, word)) {
            note(trace, token, "verb: a verb of phase with its open complement");
            continue;
          }
          if (StatementExtractor.hasNonSayingObject(rules.lexicons(), graph, word)) {
            note(trace, token, "verb: an object that is not said (cue-object-senses.tsv)");
            continue;
          }
          Lexicons.Cue sense =
              known.orElse(new Lexicons.Cue(lemma, null, DEFAULT_TYPE, false, true));
          Optional<StatementExtractor.Found> byRules =
              rules.fromCue(text, participants, quotes, s, word, sense);
          statement = byRules.filter(f -> f.direct() || hasClause(graph, word));
          why =
              byRules.isPresent()
                  ? "verb: rules' content without a clause (to-infinitive, object), chooser chose"
                      + " none"
                  : "verb: no rules' content, chooser chose none";
          if (statement.isEmpty() && chooser != null) {
            // No content the rules can read, or only a to-infinitive or object (which the rules'
            // answer never makes a statement): the content-span model chooses one, or none.
            statement = chooser.choose(text, participants, quotes, s, word, sense, p);
          }
        } else if (word.tag().startsWith("NN")
            && StatementExtractor.respondedTo(graph, word)
            && !hasOwnSource(graph, word)) {
          // "She denied reports that ...": someone else's words (responding-verbs.tsv).
          note(trace, token, "noun: object of a responding verb");
          continue;
        } else if (word.tag().startsWith("NN")) {
          String type = rules.lexicons().nounCue(lemma).orElse(DEFAULT_TYPE);
          statement = rules.fromNoun(text, participants, s, word, type);
          why = "noun: no rules' content, chooser chose none";
          if (statement.isEmpty() && chooser != null) {
            Lexicons.Cue sense = new Lexicons.Cue(lemma, null, type, false, true);
            statement = chooser.choose(text, participants, quotes, s, word, sense, p);
          }
        } else if (word.word().equals(":")) {
          statement = fromColon(text, participants, quotes, s, t);
          why = "colon: not after a short name";
        } else if (chooser != null) {
          why = "adjective or other: chooser chose none";
          // An adjective or preposition cue ("critical of", "in a statement").
          Lexicons.Cue sense = new Lexicons.Cue(lemma, null, DEFAULT_TYPE, false, true);
          statement = chooser.choose(text, participants, quotes, s, word, sense, p);
        }
        statement.ifPresent(f -> found.add(learned(f)));
        note(trace, token, statement.isPresent() ? "statement" : why);
      }
    }
  }

  private static void note(Trace trace, CoreLabel token, String outcome) {
    if (trace != null) {
      trace.outcome.put(token.beginPosition(), outcome);
    }
  }

  /** Most words of a name before a colon cue ("Sen. Bernie Sanders: ..."). */
  private static final int MAX_COLON_SOURCE = 5;

  /**
   * "Sanders: We will win", "Clinton aide: …": a colon the model takes for a cue, after a short
   * name (proper nouns, with at most nouns, adjectives, determiners and possessives beside them, no
   * verb) at the start of the sentence; the source is the name's last noun, the content the rest of
   * the sentence, or the quotation that opens right after the colon.
   */
  private static Optional<StatementExtractor.Found> fromColon(
      AnnotatedText text,
      Participants participants,
      List<Quotations.Quote> quotes,
      int s,
      int colon) {
    List<CoreLabel> tokens = text.tokens(s);
    if (colon < 1 || colon > MAX_COLON_SOURCE || colon + 1 >= tokens.size()) {
      return Optional.empty();
    }
    boolean proper = false;
    for (int i = 0; i < colon; i++) {
      String tag = tokens.get(i).tag();
      proper |= tag.startsWith("NNP");
      if (!(tag.startsWith("NN") || tag.equals("JJ") || tag.equals("DT") || tag.equals("POS"))) {
        return Optional.empty();
      }
    }
    IndexedWord head = text.enhanced(s).getNodeByIndexSafe(tokens.get(colon - 1).index());
    IndexedWord cue = text.enhanced(s).getNodeByIndexSafe(tokens.get(colon).index());
    if (!proper || head == null || cue == null || !head.tag().startsWith("NN")) {
      return Optional.empty();
    }
    int begin = tokens.get(colon + 1).beginPosition();
    Span content = null;
    boolean direct = false;
    for (Quotations.Quote quote : quotes) {
      if (!quote.used && quote.begin == begin) {
        quote.used = true;
        content = quote.content;
        direct = true;
      }
    }
    if (content == null) {
      int last = tokens.size() - 1;
      while (last > colon && !Character.isLetterOrDigit(tokens.get(last).word().charAt(0))) {
        last--;
      }
      if (last == colon) {
        return Optional.empty();
      }
      content = text.span(begin, tokens.get(last).endPosition());
    }
    // The name is the words before the colon (the parse may hang the whole sentence on it).
    int nameBegin = tokens.get(0).beginPosition();
    int nameEnd = tokens.get(colon - 1).endPosition();
    String name = text.body().substring(nameBegin, nameEnd);
    Mention speaker =
        Mention.newBuilder(participants.mention(s, head, null))
            .setText(name)
            .setBegin(nameBegin)
            .setEnd(nameEnd)
            .build();
    Argument agent =
        Argument.newBuilder(participants.argument(Roles.AGENT, s, head))
            .setText(name)
            .setBegin(nameBegin)
            .setEnd(nameEnd)
            .build();
    return Optional.of(
        new StatementExtractor.Found(
            s,
            cue,
            new Lexicons.Cue(":", null, DEFAULT_TYPE, false, false),
            speaker,
            List.of(agent),
            null,
            content,
            direct,
            "colon"));
  }

  /** A reporting noun with its own source: a possessor, "by" or "from" ("his claims"). */
  private static boolean hasOwnSource(SemanticGraph graph, IndexedWord noun) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(noun)) {
      if (StatementExtractor.isNounSourceRelation(edge.getRelation().toString())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A model cue verb makes a statement only with a quotation or a clausal complement ("testified
   * that ..."): a to-infinitive or object is a desire, decision or act ("decided to sell the unit",
   * "made progress on plans to hold elections", "seems likely"), so the rules' content for those is
   * not taken; the content-span chooser may still choose a span (its candidates: a quotation, the
   * rest of the sentence past punctuation, the broad candidate of a lemma PolNeAR often marks).
   */
  private static boolean hasClause(SemanticGraph graph, IndexedWord verb) {
    if (Subjects.markedClause(graph, verb) != null) {
      return true; // "..., saying the action would not ...": the cue parsed as the clause's mark
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
      String rel = edge.getRelation().toString();
      if (rel.equals("ccomp") || rel.equals("parataxis")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb is active (no passive subject or auxiliary) and has a direct object or an open
   * clausal complement: then a lexicon verb whose particle the parse does not show ("Clinton calls
   * on U.S. to lead", "calling him a loser") is still taken as the model's cue, with the default
   * sense (its content a clause, quotation or the content chooser's span).
   */
  private static boolean activeWithComplement(SemanticGraph graph, IndexedWord verb) {
    boolean complement = false;
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
      String rel = edge.getRelation().toString();
      if (rel.equals("nsubj:pass") || rel.equals("aux:pass")) {
        return false;
      }
      complement |= rel.equals("obj") || rel.equals("xcomp");
    }
    return complement;
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
