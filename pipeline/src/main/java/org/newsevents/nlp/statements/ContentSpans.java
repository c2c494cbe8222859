package org.newsevents.nlp.statements;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * Candidate content spans of a cue that the rules leave without content: a cue token goes in; the
 * spans that could be what was said come out, each with its features for the trained content-span
 * model ({@link ContentChooser}): the quotation nearest the cue in its sentence, a quotation that
 * opens the next sentence, the rest of the sentence after the cue, the sentence before the cue (and
 * its subject), the next sentence, the clause a non-verb cue hangs on ("critical of", "in a
 * statement"), and the subject of a passive cue with a "by" agent or the noun a participle cue
 * modifies ("the plan was rejected by …", "the figure announced by …"). No rule decides among them;
 * the model does.
 */
public final class ContentSpans {

  /**
   * A candidate: its kind, character span, whether it is a quotation, its features, and whether it
   * is the broad candidate (the rest of the sentence after a verb or adjective, not past
   * punctuation), which the chooser offers only for a lemma that {@link CueLemmaRates} lets
   * through.
   */
  public record Candidate(
      String type, int begin, int end, boolean direct, List<String> features, boolean broad) {}

  private ContentSpans() {}

  static List<Candidate> of(
      AnnotatedText text,
      List<Quotations.Quote> quotes,
      int s,
      IndexedWord cue,
      double cueProbability) {
    List<CoreLabel> tokens = text.tokens(s);
    int t = cue.index() - 1;
    List<Candidate> out = new ArrayList<>();
    List<String> common = common(text, quotes, s, cue);
    // The cue model's confidence, in tenths.
    common.add("cueP=" + Math.min(9, (int) (cueProbability * 10)));
    Quotations.Quote near = Quotations.introducedBy(text, quotes, s, cue, List.of());
    if (near != null) {
      String side = near.begin >= cue.endPosition() ? "after" : "before";
      add(out, text, "QUOTE_" + side, near.content.getBegin(), near.content.getEnd(), true, common);
    }
    if (s + 1 < text.sentenceCount()) {
      int nextBegin = begin(text.sentence(s + 1));
      int nextEnd = end(text.sentence(s + 1));
      boolean samePara = text.paragraphAt(nextBegin) == text.paragraphAt(cue.beginPosition());
      String para = samePara ? "|samePara" : "|nextPara";
      Quotations.Quote opening = null;
      for (Quotations.Quote q : quotes) {
        if (!q.used && q.speech && q.begin >= end(text.sentence(s)) && q.begin <= nextBegin + 1) {
          opening = q;
        }
      }
      if (opening != null && opening != near) {
        add(
            out,
            text,
            "QUOTE_NEXT" + para,
            opening.content.getBegin(),
            opening.content.getEnd(),
            true,
            common);
      } else if (text.paragraphAt(nextBegin) - text.paragraphAt(cue.beginPosition()) <= 1) {
        add(out, text, "NEXT_SENTENCE" + para, nextBegin, nextEnd, false, common);
      }
    }
    // After a verb or adjective, the rest of the sentence past a colon or comma ("said: …") is a
    // candidate; without the punctuation its object or complement ("denied the allegations") is
    // the broad candidate, which the chooser keeps only for a lemma that PolNeAR train marks as a
    // cue often enough (CueLemmaRates): "rejected the plan" or "arrested the man" is no statement.
    boolean afterPunct =
        t + 1 < tokens.size() && !Character.isLetterOrDigit(tokens.get(t + 1).word().charAt(0));
    boolean predicate = cue.tag().startsWith("VB") || cue.tag().startsWith("JJ");
    boolean passive = false;
    boolean agent = false;
    for (SemanticGraphEdge edge : text.enhanced(s).outgoingEdgeIterable(cue)) {
      String rel = edge.getRelation().toString();
      passive |= rel.startsWith("aux:pass") || rel.startsWith("nsubj:pass");
      agent |= rel.equals("obl:agent");
    }
    // "the figure announced by the ministry": a participle modifying the noun before it is passive
    // too, and that noun is what was announced.
    IndexedWord modified = cue.tag().equals("VBN") ? modifiedNoun(text, s, cue) : null;
    passive |= modified != null;
    // A passive cue's content is its subject ("the plan was rejected by …"), and a cue after a
    // wh-word has that word for content ("prevent what they said was the threat"): never what
    // follows.
    int subject = subjectBegin(text, s, cue);
    for (CoreLabel token : tokens) {
      if (token.endPosition() <= subject && token.endPosition() > subject - 2) {
        passive |= token.tag().startsWith("W");
      }
    }
    // The cue's own particle right after it is part of the cue ("calls out companies ..."), not
    // of what follows.
    int first = t + 1;
    for (SemanticGraphEdge edge : text.enhanced(s).outgoingEdgeIterable(cue)) {
      if (edge.getRelation().toString().equals("compound:prt")
          && edge.getDependent().index() - 1 == first) {
        first++;
      }
    }
    // A phrase of "by" after the cue is its agent or a measure ("declined by 1.8%"), never what
    // was said; nor is a phrase of "with" after a noun of meeting (event-triggers.tsv: MEET),
    // which names the other party ("talks with the government"; not "frustration with ...").
    boolean byPhrase =
        first < tokens.size()
            && (tokens.get(first).word().equalsIgnoreCase("by")
                || tokens.get(first).word().equalsIgnoreCase("with") && meeting(cue));
    if (first < tokens.size()
        && !(predicate && !afterPunct && passive)
        && !byPhrase
        && !bareReportToEnd(text, s, first)
        && !onlyAddressee(text, s, cue)) {
      int size = out.size();
      add(
          out,
          text,
          "AFTER",
          tokens.get(first).beginPosition(),
          end(text.sentence(s)),
          false,
          common);
      boolean broad = predicate && !afterPunct;
      if (broad && out.size() > size) {
        Candidate c = out.remove(size);
        out.add(new Candidate(c.type(), c.begin(), c.end(), c.direct(), c.features(), true));
      }
      if (out.size() > size) {
        parts(out, text, s, cue, tokens.get(t + 1).beginPosition(), broad, common);
      }
    }
    int before = subjectBegin(text, s, cue);
    if (before > begin(text.sentence(s))) {
      add(out, text, "BEFORE", begin(text.sentence(s)), before, false, common);
    }
    // A passive cue's subject is what was said or reported ("the move was first reported by
    // MSNBC"), and so is the noun a participle cue modifies ("the figure announced by …"): the
    // passive counterpart of the object, so broad as the object is ("the plan was rejected by …"
    // is a statement only for a lemma CueLemmaRates lets through, as "rejected the plan" is). Only
    // with the agent that says it: "the report was released" names no one.
    for (SemanticGraphEdge edge : text.enhanced(s).outgoingEdgeIterable(cue)) {
      IndexedWord said = edge.getDependent();
      if (edge.getRelation().toString().equals("nsubj:pass")
          && agent
          && !addressedByObject(cue)
          && said.index() < cue.index()
          && !said.tag().startsWith("W")
          && !said.tag().startsWith("PRP")) {
        int[] phrase = text.phrase(s, said, true);
        addBroad(out, text, "PASSIVE_SUBJECT", phrase[0], phrase[1], common);
      }
    }
    if (modified != null && agent) {
      int[] phrase = text.phrase(s, modified, false);
      addBroad(out, text, "PASSIVE_SUBJECT", phrase[0], cue.beginPosition(), common);
    }
    if (!cue.tag().startsWith("VB")) {
      IndexedWord basicCue = text.basic(s).getNodeByIndexSafe(cue.index());
      IndexedWord governor = basicCue == null ? null : text.basic(s).getParent(basicCue);
      if (governor != null) {
        int[] clause = text.clause(s, governor);
        int[] phrase = text.phrase(s, basicCue, false);
        int b = clause[0];
        int e = clause[1];
        if (phrase[0] <= b) {
          b = phrase[1];
        } else {
          e = Math.min(e, phrase[0]);
        }
        add(out, text, "HOST_CLAUSE", b, e, false, common);
      }
    }
    return out;
  }

  /**
   * Shorter candidates of the rest of the sentence: each ends where one of the cue's own dependents
   * after it ends (its object or complement, then each adjunct in turn), so that the model may stop
   * the content at the cue's object or complement, before the adjuncts and clauses that follow it
   * ("endorsed Cruz last week, saying …"). Each says which relation it ends with and which comes
   * next (an adverbial clause, a time phrase, a conjunct), and the full rest of the sentence says
   * which relation it ends with: the model weighs the long against the short. A part is broad when
   * the rest of the sentence is.
   */
  private static void parts(
      List<Candidate> out,
      AnnotatedText text,
      int s,
      IndexedWord cue,
      int begin,
      boolean broad,
      List<String> common) {
    SemanticGraph graph = text.basic(s);
    IndexedWord node = graph.getNodeByIndexSafe(cue.index());
    if (node == null) {
      return;
    }
    List<SemanticGraphEdge> after = new ArrayList<>();
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
      if (edge.getDependent().index() > cue.index()
          && !edge.getRelation().getShortName().equals("punct")) {
        after.add(edge);
      }
    }
    after.sort(java.util.Comparator.comparingInt(e -> e.getDependent().index()));
    if (after.isEmpty()) {
      return;
    }
    Candidate full = out.get(out.size() - 1);
    String lastRel = after.get(after.size() - 1).getRelation().toString();
    List<String> fullFeatures = new ArrayList<>(full.features());
    fullFeatures.add("AFTER|lastRel=" + lastRel);
    fullFeatures.add("AFTER|deps=" + Math.min(3, after.size()));
    out.set(
        out.size() - 1,
        new Candidate(
            full.type(), full.begin(), full.end(), full.direct(), fullFeatures, full.broad()));
    int end = begin;
    for (int i = 0; i < after.size(); i++) {
      IndexedWord dep = after.get(i).getDependent();
      String endRel = after.get(i).getRelation().toString();
      int depEnd = Math.max(end, span(graph, dep)[1]);
      // A clause that ends the dependent's phrase: a relative or participial clause on a noun
      // ("his engagement to Jerry Hall, who is …"), an adverbial clause, a conjunct or a
      // parenthetical of a complement clause ("a database would keep people out, saying …"): a
      // part that stops before it.
      List<SemanticGraphEdge> inner = new ArrayList<>();
      for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(dep)) {
        if (edge.getDependent().index() > dep.index()) {
          inner.add(edge);
        }
      }
      inner.sort(java.util.Comparator.comparingInt(e -> e.getDependent().index()));
      for (SemanticGraphEdge edge : inner) {
        String rel = edge.getRelation().toString();
        String shortRel = edge.getRelation().getShortName();
        if (shortRel.equals("acl")
            || shortRel.equals("advcl")
            || shortRel.equals("conj")
            || shortRel.equals("parataxis")) {
          int[] clause = span(graph, edge.getDependent());
          if (clause[0] > end && clause[0] < full.end()) {
            part(
                out,
                text,
                common,
                begin,
                clause[0],
                broad,
                endRel,
                "in:" + rel,
                edge.getDependent(),
                i);
          }
          break;
        }
      }
      end = depEnd;
      if (i + 1 == after.size()) {
        return;
      }
      IndexedWord next = after.get(i + 1).getDependent();
      int nextBegin = span(graph, next)[0];
      if (end > nextBegin || end >= full.end()) {
        return; // not a projective prefix of the rest of the sentence
      }
      part(
          out,
          text,
          common,
          begin,
          end,
          broad,
          endRel,
          after.get(i + 1).getRelation().toString(),
          next,
          i);
    }
  }

  /** The [begin, end) of a word's whole subtree. */
  private static int[] span(SemanticGraph graph, IndexedWord head) {
    int b = head.beginPosition();
    int e = head.endPosition();
    for (IndexedWord w : graph.descendants(head)) {
      b = Math.min(b, w.beginPosition());
      e = Math.max(e, w.endPosition());
    }
    return new int[] {b, e};
  }

  /**
   * A part of the rest of the sentence, [begin, end), that ends with a dependent of relation {@code
   * endRel} and is followed by {@code next} of relation {@code nextRel}.
   */
  private static void part(
      List<Candidate> out,
      AnnotatedText text,
      List<String> common,
      int begin,
      int end,
      boolean broad,
      String endRel,
      String nextRel,
      IndexedWord next,
      int index) {
    int size = out.size();
    add(out, text, "AFTER_PART", begin, end, false, common, 1);
    if (out.size() == size) {
      return;
    }
    Candidate c = out.remove(size);
    List<String> f = new ArrayList<>(c.features());
    f.add("AFTER_PART|endRel=" + endRel);
    f.add("AFTER_PART|nextRel=" + nextRel);
    f.add("AFTER_PART|endRel=" + endRel + "|nextRel=" + nextRel);
    f.add("AFTER_PART|nextTag=" + next.tag().substring(0, Math.min(2, next.tag().length())));
    f.add("AFTER_PART|index=" + Math.min(2, index));
    String body = text.body();
    int k = end;
    while (k < body.length() && Character.isWhitespace(body.charAt(k))) {
      k++;
    }
    char gap = k < body.length() ? body.charAt(k) : ' ';
    f.add("AFTER_PART|gap=" + (Character.isLetterOrDigit(gap) ? "none" : String.valueOf(gap)));
    out.add(new Candidate(c.type(), c.begin(), c.end(), c.direct(), f, broad));
  }

  /**
   * Whether all a cue that has its addressee for object has after it is that addressee and adjuncts
   * without a verb ("Kerry told reporters in Geneva."): nothing it says follows.
   */
  private static boolean onlyAddressee(AnnotatedText text, int s, IndexedWord cue) {
    if (!addressedByObject(cue)) {
      return false;
    }
    for (SemanticGraphEdge edge : text.enhanced(s).outgoingEdgeIterable(cue)) {
      String rel = edge.getRelation().toString();
      IndexedWord object = edge.getDependent();
      if ((rel.equals("obj") || rel.equals("iobj")) && object.index() > cue.index()) {
        for (SemanticGraphEdge det : text.enhanced(s).outgoingEdgeIterable(object)) {
          String article = det.getDependent().word().toLowerCase(Locale.ROOT);
          if (det.getRelation().toString().equals("det") && !article.equals("the")) {
            return false; // "promised a country of new opportunities": a thing, not someone told
          }
        }
        int end = text.phrase(s, object, true)[1];
        for (CoreLabel token : text.tokens(s)) {
          if (token.beginPosition() >= end && token.tag().startsWith("VB")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Adds a candidate of at least one word that the chooser offers only for broad lemmas. */
  private static void addBroad(
      List<Candidate> out,
      AnnotatedText text,
      String type,
      int begin,
      int end,
      List<String> common) {
    int size = out.size();
    add(out, text, type, begin, end, false, common, 1);
    if (out.size() > size) {
      Candidate c = out.remove(size);
      out.add(new Candidate(c.type(), c.begin(), c.end(), c.direct(), c.features(), true));
    }
  }

  /**
   * Whether the cue's verb has its addressee for object in every sense of the lexicon without a
   * particle ("tell", "warn"; not "call", whose "call on" alone does): the subject of its passive
   * is who was told, not what.
   */
  private static boolean addressedByObject(IndexedWord cue) {
    String lemma = cue.lemma() == null ? cue.word() : cue.lemma();
    List<Lexicons.Cue> senses =
        Lexicons.standard().cues(lemma.toLowerCase(Locale.ROOT)).stream()
            .filter(c -> c.particle() == null)
            .toList();
    return !senses.isEmpty() && senses.stream().allMatch(Lexicons.Cue::objectIsAddressee);
  }

  /**
   * Whether the words from token {@code first} (0-based) to the sentence's end are a bare report
   * ("The staff were not told, she said."): what reports the cue's clause is not what it says.
   */
  private static boolean bareReportToEnd(AnnotatedText text, int s, int first) {
    List<CoreLabel> tokens = text.tokens(s);
    int last = tokens.size() - 1;
    while (last >= first && SpeakerMentions.isPunctuation(tokens.get(last))) {
      last--;
    }
    while (first < last && SpeakerMentions.isPunctuation(tokens.get(first))) {
      first++;
    }
    SemanticGraph graph = text.basic(s);
    for (int t = first; t <= last; t++) {
      IndexedWord verb = graph.getNodeByIndexSafe(t + 1);
      if (verb != null
          && verb.tag().startsWith("VB")
          && StatementExtractor.bareReport(Lexicons.standard(), graph, verb)) {
        int[] span = span(graph, verb);
        return span[0] <= tokens.get(first).beginPosition()
            && span[1] >= tokens.get(last).endPosition();
      }
    }
    return false;
  }

  /**
   * The noun a past participle cue modifies from after it ("the figure announced by …", "the
   * figure, announced by …"), when that noun is no pronoun and the participle has no auxiliary or
   * subject of its own; null otherwise.
   */
  static IndexedWord modifiedNoun(AnnotatedText text, int s, IndexedWord cue) {
    IndexedWord node = text.basic(s).getNodeByIndexSafe(cue.index());
    if (node == null) {
      return null;
    }
    for (SemanticGraphEdge edge : text.basic(s).outgoingEdgeIterable(node)) {
      String rel = edge.getRelation().getShortName();
      if (rel.equals("aux") || rel.equals("nsubj")) {
        return null; // "no surprise, as Harkin has criticized the bank": a clause of its own
      }
    }
    for (SemanticGraphEdge edge : text.basic(s).incomingEdgeIterable(node)) {
      IndexedWord noun = edge.getGovernor();
      if (edge.getRelation().getShortName().equals("acl")
          && noun.index() < cue.index()
          && (noun.tag().startsWith("NN") || noun.tag().equals("CD"))) {
        return noun;
      }
    }
    return null;
  }

  /** Whether a noun cue names a meeting ("talks", "summit": MEET in event-triggers.tsv). */
  private static boolean meeting(IndexedWord cue) {
    return cue.tag().startsWith("NN")
        && cue.lemma() != null
        && Lexicons.standard()
            .trigger(cue.lemma().toLowerCase(Locale.ROOT), "N")
            .map(sense -> sense.type().equals("MEET"))
            .orElse(false);
  }

  /** Where the cue's subject phrase begins (the cue itself without a subject before it). */
  private static int subjectBegin(AnnotatedText text, int s, IndexedWord cue) {
    int begin = cue.beginPosition();
    for (SemanticGraphEdge edge : text.enhanced(s).outgoingEdgeIterable(cue)) {
      String rel = edge.getRelation().toString();
      if (rel.startsWith("nsubj") && edge.getDependent().index() < cue.index()) {
        begin = Math.min(begin, text.phrase(s, edge.getDependent(), true)[0]);
      }
    }
    return begin;
  }

  /** The features every candidate of a cue shares (each is also paired with the type). */
  private static List<String> common(
      AnnotatedText text, List<Quotations.Quote> quotes, int s, IndexedWord cue) {
    List<CoreLabel> tokens = text.tokens(s);
    int t = cue.index() - 1;
    List<String> f = new ArrayList<>();
    String lemma = cue.lemma() == null ? cue.word() : cue.lemma();
    f.add("lemma=" + lemma.toLowerCase(Locale.ROOT));
    f.add("tag=" + cue.tag().substring(0, Math.min(2, cue.tag().length())));
    f.add("prev=" + shape(t > 0 ? tokens.get(t - 1).word() : "<s>"));
    f.add("next=" + shape(t + 1 < tokens.size() ? tokens.get(t + 1).word() : "</s>"));
    int third = tokens.size() <= 1 ? 0 : (3 * t) / tokens.size();
    f.add("pos=" + Math.min(2, third));
    IndexedWord basic = text.basic(s).getNodeByIndexSafe(cue.index());
    String rel = "root";
    if (basic != null && text.basic(s).getParent(basic) != null) {
      rel =
          text.basic(s).getEdge(text.basic(s).getParent(basic), basic).getRelation().getShortName();
    }
    f.add("rel=" + rel);
    f.add("subj=" + (hasSubject(text.enhanced(s), cue) ? "yes" : "no"));
    boolean inQuote = false;
    boolean quoteInSentence = false;
    for (Quotations.Quote quote : quotes) {
      inQuote |= quote.contains(cue.beginPosition());
      quoteInSentence |= quote.begin < end(text.sentence(s)) && quote.end > begin(text.sentence(s));
    }
    f.add("inQuote=" + inQuote);
    f.add("quoteInSentence=" + quoteInSentence);
    f.add("endsColon=" + text.sentenceText(s).strip().endsWith(":"));
    return f;
  }

  private static boolean hasSubject(SemanticGraph graph, IndexedWord cue) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(cue)) {
      if (edge.getRelation().toString().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  private static String shape(String word) {
    if (word.isEmpty() || Character.isLetterOrDigit(word.charAt(0))) {
      return word.equalsIgnoreCase("that") ? "that" : "w";
    }
    return word;
  }

  private static void add(
      List<Candidate> out,
      AnnotatedText text,
      String type,
      int begin,
      int end,
      boolean direct,
      List<String> common) {
    add(out, text, type, begin, end, direct, common, 2);
  }

  private static void add(
      List<Candidate> out,
      AnnotatedText text,
      String type,
      int begin,
      int end,
      boolean direct,
      List<String> common,
      int minWords) {
    String body = text.body();
    while (begin < end && trimmed(body.charAt(begin))) {
      begin++;
    }
    while (end > begin && trimmed(body.charAt(end - 1))) {
      end--;
    }
    if (body.regionMatches(true, begin, "that ", 0, 5) && !type.equals("PASSIVE_SUBJECT")) {
      begin += 5; // the complementizer of a clause, not the determiner of "That charge was denied"
    }
    int words = words(body, begin, end);
    if (words < minWords) {
      return;
    }
    String base = type.contains("|") ? type.substring(0, type.indexOf('|')) : type;
    List<String> f = new ArrayList<>();
    f.add("bias");
    f.add("type=" + type);
    f.add("type=" + base);
    String length = words <= 3 ? "1-3" : words <= 8 ? "4-8" : words <= 20 ? "9-20" : "21+";
    f.add("type=" + base + "|len=" + length);
    for (String c : common) {
      f.add("type=" + base + "|" + c);
    }
    f.add(
        "endsSentencePunct="
            + base
            + "|"
            + (end < body.length()
                && ".!?".indexOf(body.charAt(Math.min(body.length() - 1, end))) >= 0));
    out.add(new Candidate(base, begin, end, direct, f, false));
  }

  private static boolean trimmed(char c) {
    return Character.isWhitespace(c) || ",;:.\"'`\u201c\u201d\u2018\u2019-\u2014".indexOf(c) >= 0;
  }

  static int words(String body, int begin, int end) {
    int n = 0;
    boolean in = false;
    for (int i = begin; i < end; i++) {
      boolean w = Character.isLetterOrDigit(body.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  private static int begin(CoreMap sentence) {
    return sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
  }

  private static int end(CoreMap sentence) {
    return sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
  }
}
