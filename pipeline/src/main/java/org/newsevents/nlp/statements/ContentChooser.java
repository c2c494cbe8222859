package org.newsevents.nlp.statements;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsevents.nlp.attribution.CueModel;
import org.newsevents.nlp.attribution.ModelTables;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.text.Participants;
import org.newsevents.records.Roles;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Span;

/**
 * The trained content-span chooser (models/attribution/content-model.tsv, a CoreNLP linear
 * classifier over the features of {@link ContentSpans}, trained on PolNeAR train by {@code
 * train-attribution --part=content}): a model cue the rules leave without content goes in; the
 * candidate span the model rates highest, when it rates it at least at its threshold, comes out as
 * a statement, with its source from the cue's subject (nsubj, passive agent "by", the subject of
 * the clause it continues), a reporting noun's possessor or "by"/"from" phrase, or the name after
 * an inverted cue ("…, said the minister"). The table has the cue model's format: class {@code CUE}
 * is "this span is the content".
 *
 * <p>Built without a model it chooses nothing and keeps every cue's candidates instead (training).
 */
public final class ContentChooser {

  public static final String RESOURCE = "newsevents/attribution/content-model.tsv";

  private static final CueModel STANDARD = loadStandard();

  private final CueModel model;
  private final CueLemmaRates rates;
  private final List<List<ContentSpans.Candidate>> collected = new ArrayList<>();
  private final List<IndexedWord> collectedCues = new ArrayList<>();

  /** {@code model} null: collect candidates (all of them), choose none; no broad candidates. */
  public ContentChooser(CueModel model) {
    this(model, null);
  }

  /**
   * {@code model} null: collect candidates (all of them), choose none; {@code rates} null: the
   * broad candidate is never chosen.
   */
  public ContentChooser(CueModel model, CueLemmaRates rates) {
    this.model = model;
    this.rates = rates;
  }

  /** The system property naming the content model: {@code false} for none, else a file. */
  public static final String PROPERTY = "newsevents.contentModel";

  /**
   * The chooser the property asks for: none ({@code false}), the model in a file, else the shipped
   * model (null when models/attribution has none).
   */
  static ContentChooser configured() {
    String setting = System.getProperty(PROPERTY);
    if ("false".equals(setting)) {
      return null;
    }
    if (setting != null && !setting.isBlank()) {
      return new ContentChooser(
          ModelTables.file("content model", setting, CueModel::read), CueLemmaRates.configured());
    }
    return STANDARD == null ? null : new ContentChooser(STANDARD, CueLemmaRates.configured());
  }

  /** The shipped content model, or null when models/attribution has none. */
  public static CueModel standard() {
    return STANDARD;
  }

  private static CueModel loadStandard() {
    return ModelTables.load(RESOURCE, CueModel::read);
  }

  /** Whether a cue of this cue-model probability may get a chosen span (always when collecting). */
  boolean accepts(double cueProbability) {
    return model == null || cueProbability >= model.cueThreshold();
  }

  /** The candidates of each cue seen so far, in the order seen (collecting mode). */
  public List<List<ContentSpans.Candidate>> collected() {
    return collected;
  }

  /** The cue of each list of {@link #collected()}. */
  public List<IndexedWord> collectedCues() {
    return collectedCues;
  }

  Optional<StatementExtractor.Found> choose(
      AnnotatedText text,
      Participants participants,
      List<Quotations.Quote> quotes,
      int s,
      IndexedWord cue,
      Lexicons.Cue sense,
      double cueProbability) {
    List<ContentSpans.Candidate> candidates = ContentSpans.of(text, quotes, s, cue, cueProbability);
    if (model == null) {
      collected.add(candidates);
      collectedCues.add(cue);
      return Optional.empty();
    }
    ContentSpans.Candidate best = null;
    double bestP = model.threshold();
    boolean broad =
        rates != null && rates.broad(CueLemmaRates.key(cue.lemma(), cue.word(), cue.tag()));
    for (ContentSpans.Candidate c : candidates) {
      if (c.broad() && !broad) {
        continue;
      }
      double p = model.probability(c.features());
      if (p >= bestP) {
        best = c;
        bestP = p;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    boolean direct = best.direct();
    for (Quotations.Quote quote : quotes) {
      if (best.direct() ? quote.content.getBegin() == best.begin() : isQuotation(quote, best)) {
        // A span that is a quotation's words, whatever the candidate type, is that quotation.
        quote.used = true;
        direct = true;
      }
    }
    Span content = text.span(best.begin(), best.end());
    List<IndexedWord> sources = sources(text, s, cue, best);
    IndexedWord marked = sources.isEmpty() ? accordingToSource(text, s, cue, best) : null;
    int[] run = null;
    if (marked != null) {
      sources = List.of(marked);
      run = phraseAfterTo(text, s, cue, marked);
    } else if (sources.isEmpty()) {
      // No subject in the parse ("President Barack Obama said" with "said" parsed as an
      // auxiliary): the links and the name next to the cue that the rules' cues also fall back on.
      sources = new ArrayList<>(Subjects.unlinked(text.enhanced(s), cue));
      run = sources.isEmpty() ? SpeakerMentions.adjacentName(text, quotes, s, cue) : null;
      IndexedWord named =
          run == null
              ? null
              : text.enhanced(s).getNodeByIndexSafe(text.tokens(s).get(run[1]).index());
      if (named != null && !inside(best, named)) {
        sources.add(named);
      } else if (named != null
          && text.tokens(s).get(run[0]).beginPosition() > best.begin()
          && best.end() <= cue.beginPosition()) {
        // "…levels, a committee of MPs has warned": the span before the cue ran over its speaker
        sources.add(named);
        content = StatementExtractor.beforeSpeaker(text, s, content, run, cue);
      } else {
        run = null;
      }
    }
    if (sources.size() == 1 && StatementExtractor.isEmptyIt(text, s, cue, sources.get(0))) {
      // "It is hard to say whether ...", "It seems that ...": the writer's, with no speaker
      sources = List.of();
      run = null;
    }
    Mention speaker = SpeakerMentions.of(participants, text.enhanced(s), s, sources, cue);
    List<Argument> speakers = new ArrayList<>();
    for (IndexedWord source : sources) {
      speakers.add(participants.argument(Roles.AGENT, s, source));
    }
    if (run != null && speaker != null) {
      speaker = SpeakerMentions.over(text, speaker, s, run);
      speakers.set(0, SpeakerMentions.over(text, speakers.get(0), s, run));
    }
    IndexedWord addresseeHead = addressee(text.enhanced(s), cue, sense);
    Mention addressee = addresseeHead == null ? null : participants.mention(s, addresseeHead, null);
    return Optional.of(
        new StatementExtractor.Found(
            s,
            cue,
            sense,
            speaker,
            speakers,
            addressee,
            content,
            direct,
            "span-" + best.type().toLowerCase(java.util.Locale.ROOT)));
  }

  /** Whether a span covers a quotation's words and nothing outside its marks ("No Deal"). */
  private static boolean isQuotation(Quotations.Quote quote, ContentSpans.Candidate span) {
    return span.begin() >= quote.begin
        && span.end() <= quote.end
        && span.begin() <= quote.content.getBegin()
        && span.end() >= quote.content.getEnd();
  }

  /** Whom the cue addresses, as the rules read it: "told reporters", "said to the press". */
  private static IndexedWord addressee(SemanticGraph graph, IndexedWord cue, Lexicons.Cue sense) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(cue)) {
      String rel = edge.getRelation().toString();
      if (rel.equals("iobj")
          || rel.equals("obl:to")
          || (rel.equals("obj") && sense.objectIsAddressee())) {
        return edge.getDependent();
      }
    }
    return null;
  }

  /** The source words of a chosen span, outside it; empty when none is found. */
  static List<IndexedWord> sources(
      AnnotatedText text, int s, IndexedWord cue, ContentSpans.Candidate content) {
    SemanticGraph graph = text.enhanced(s);
    List<IndexedWord> out = new ArrayList<>();
    IndexedWord after = null;
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(cue)) {
      String rel = edge.getRelation().toString();
      IndexedWord dep = edge.getDependent();
      if (dep.tag().startsWith("W") || inside(content, dep)) {
        continue;
      }
      boolean subject =
          (rel.equals("nsubj") || rel.equals("obl:agent")) && Subjects.canSpeak(text, s, dep);
      boolean nominal = !cue.tag().startsWith("VB") && StatementExtractor.isNounSourceRelation(rel);
      if (subject || nominal) {
        out.add(dep);
      } else if (rel.equals("obj") && dep.index() > cue.index() && after == null) {
        after = dep;
      }
    }
    if (out.isEmpty()) {
      for (IndexedWord w : Subjects.inherited(graph, cue)) {
        if (!inside(content, w)) {
          out.add(w);
        }
      }
    }
    if (out.isEmpty() && after != null && StatementExtractor.isInversion(text, s, cue)) {
      out.add(after);
    }
    out.sort(java.util.Comparator.comparingInt(IndexedWord::index));
    return out;
  }

  /**
   * "According to early results of exit polls, ...", "..., according to studio estimates": the noun
   * that a model cue "according (to)" marks, in the enhanced graph, when the rules' "according to"
   * did not reach it; null otherwise.
   */
  private static IndexedWord accordingToSource(
      AnnotatedText text, int s, IndexedWord cue, ContentSpans.Candidate content) {
    IndexedWord to = text.basic(s).getNodeByIndexSafe(cue.index() + 1);
    if (!cue.word().equalsIgnoreCase("according") || to == null || !to.word().equals("to")) {
      return null;
    }
    for (SemanticGraphEdge edge : text.basic(s).incomingEdgeIterable(cue)) {
      IndexedWord source = edge.getGovernor();
      if (edge.getRelation().getShortName().equals("case")
          && source.index() > to.index()
          && !inside(content, source)) {
        return text.enhanced(s).getNodeByIndexSafe(source.index());
      }
    }
    return null;
  }

  /**
   * The words of a noun's phrase from the one after "according to" ({first, last} token indexes,
   * 0-based): the parse may hang words before the cue on the noun ("$717m in relief ..., according
   * to the United Nations").
   */
  private static int[] phraseAfterTo(
      AnnotatedText text, int s, IndexedWord cue, IndexedWord source) {
    int end = text.phrase(s, source, false)[1];
    int last = source.index() - 1;
    List<CoreLabel> tokens = text.tokens(s);
    while (last + 1 < tokens.size() && tokens.get(last + 1).endPosition() <= end) {
      last++;
    }
    return new int[] {cue.index() + 1, last};
  }

  private static boolean inside(ContentSpans.Candidate c, IndexedWord w) {
    return w.beginPosition() >= c.begin() && w.beginPosition() < c.end();
  }
}
