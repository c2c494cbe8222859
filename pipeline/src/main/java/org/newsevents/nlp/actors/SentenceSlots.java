package org.newsevents.nlp.actors;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.text.Coreference;
import org.newsevents.schema.Actor;

/**
 * Codes read from a slot's sentence before the gazetteers are tried: a slot whose head word is a
 * person's name takes that person's code from {@link ArticleNames}; a slot headed by a
 * spokesperson, aide or official takes the code of whom it speaks for ("a spokesman for the IAEA",
 * "a Downing Street spokesman", "Mr Blair's spokesman"), found through the head's nmod (for, of),
 * nmod:poss or compound dependents; with no coreference chain, "he"/"she" take the code of the name
 * the default profile resolved them to (its canonical name, coded in {@link ArticleNames}), else of
 * the nearest coded name in the sentence or the two before it; "his" takes only the code of the
 * person it was resolved to (a person named before it in its sentence).
 */
final class SentenceSlots {

  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his");

  private final AnnotatedText text;
  private final ArticleNames names;
  private final RoleReader roles;
  private final LocalDate date;
  private java.util.Map<ArticleNames.Run, String> titles;

  SentenceSlots(AnnotatedText text, ArticleNames names, RoleReader roles, LocalDate date) {
    this.text = text;
    this.names = names;
    this.roles = roles;
    this.date = date;
  }

  /** The slot's actor from its sentence, or null to leave it to the gazetteers. */
  Actor actor(int begin, int end, String written, boolean noChain, String canonical) {
    int s = text.sentenceAt(begin);
    if (s < 0) {
      return null;
    }
    IndexedWord head = head(s, begin, end);
    if (head == null) {
      return null;
    }
    ArticleNames.Run run = names.at(head.beginPosition());
    if (run != null) {
      return run.code() == null ? null : run.code().actor("SENTENCE");
    }
    Titles.Title title = roles.titles().find(head.word());
    if (title != null && title.worksFor() && title.matched().length() == head.word().length()) {
      Code code = employer(s, head, title);
      return code == null ? null : code.actor("SENTENCE");
    }
    DefiniteDescriptions.Noun noun = description(begin, head);
    if (noun != null) {
      ArticleNames.Run referent = DefiniteDescriptions.referent(noun, begin, names, titles());
      if (referent != null) {
        return pronoun(written, referent, "sentence:definite '" + noun.noun() + "' for '");
      }
    }
    if (noChain && PERSONAL.contains(written.strip().toLowerCase(Locale.ROOT))) {
      ArticleNames.Run resolved = canonical == null ? null : names.named(canonical, begin);
      if (resolved != null) { // the person it names is known: their code or none
        return resolved.code() == null
            ? null
            : pronoun(written, resolved, "sentence:pronoun resolved to '");
      }
      if (written.strip().equalsIgnoreCase("his")) {
        return null; // unresolved "his" ("The prime minister made his speech"): no guess
      }
      ArticleNames.Run before = names.before(begin, s, 2);
      if (before != null) {
        return pronoun(written, before, "sentence:pronoun nearest name '");
      }
      ArticleNames.Run last = canonical == null ? names.lastPerson(begin) : null;
      if (last != null && last.code() != null) { // far from any name: the last person named
        return pronoun(written, last, "sentence:pronoun last person named '");
      }
    }
    if (noChain
        && written.strip().equalsIgnoreCase("it")
        && Coreference.itActs(text.basic(s), head)) {
      if (canonical != null) { // what it was resolved to: an organisation's code, else the lists'
        ArticleNames.Run resolved = names.namedOrganisation(canonical, begin);
        return resolved == null || resolved.code() == null
            ? null
            : pronoun(written, resolved, "sentence:pronoun resolved to '");
      }
      ArticleNames.Run company = names.firstCompany(begin);
      if (company != null) { // in business news "it" is most often the company of the story
        return pronoun(written, company, "sentence:'it' first company named '");
      }
    }
    return null;
  }

  /**
   * The noun of a definite description ("the company", "the prime minister") whose words end at the
   * head, or null. "The Bank of England" is a name, which the gazetteers or the same head before
   * code; "the Prime Minister" is a title however written.
   */
  private DefiniteDescriptions.Noun description(int begin, IndexedWord head) {
    String words = text.body().substring(begin, Math.max(begin, head.endPosition()));
    DefiniteDescriptions.Noun noun = DefiniteDescriptions.standard().noun(words);
    return noun != null && (noun.person() || !DefiniteDescriptions.capitalised(words))
        ? noun
        : null;
  }

  /**
   * The name of the organisation a definite description refers to, the one whose code it takes
   * ("the company" for TimeWarner, "the airline" for Ryanair), or null for any other slot. A
   * person's description ("the mayor", "the Foreign Secretary") gets no name: the title it matches
   * is too often another's ("Deputy Mayor Nicky Gavron", "shadow foreign secretary").
   */
  String referentName(int begin, int end) {
    int s = text.sentenceAt(begin);
    IndexedWord head = s < 0 ? null : head(s, begin, end);
    if (head == null || names.at(head.beginPosition()) != null) {
      return null;
    }
    DefiniteDescriptions.Noun noun = description(begin, head);
    if (noun == null || noun.person()) {
      return null;
    }
    ArticleNames.Run referent = DefiniteDescriptions.referent(noun, begin, names, titles());
    return referent == null ? null : referent.name();
  }

  /** The title words the article gives each person run (ArticleNames.titleWords), once. */
  private java.util.Map<ArticleNames.Run, String> titles() {
    if (titles == null) {
      titles = new java.util.HashMap<>();
      for (ArticleNames.Run run : names.runs()) {
        if (!run.org()) {
          titles.put(run, ArticleNames.titleWords(text, run));
        }
      }
    }
    return titles;
  }

  private static Actor pronoun(String written, ArticleNames.Run name, String how) {
    Code c = name.code();
    return new Code(
            c.code(),
            c.country(),
            c.group(),
            c.sector(),
            written.strip(),
            how + name.name() + "' <- " + c.source())
        .from(c)
        .actor("SENTENCE");
  }

  /** The code of whom a spokesperson-like head works for, from its dependents. */
  private Code employer(int s, IndexedWord head, Titles.Title title) {
    SemanticGraph graph = text.basic(s);
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(head)) {
      String rel = edge.getRelation().getShortName();
      String specific = edge.getRelation().toString();
      IndexedWord dep = edge.getDependent();
      boolean forOf =
          rel.equals("nmod")
              && (AnnotatedText.hasCase(graph, dep, "for")
                  || AnnotatedText.hasCase(graph, dep, "of"));
      boolean possessor = specific.equals("nmod:poss");
      boolean compound = rel.equals("compound");
      if (!forOf && !possessor && !compound) {
        continue;
      }
      ArticleNames.Run person = names.at(dep.beginPosition());
      if (person != null && person.code() != null) {
        Code c = person.code();
        return new Code(
                c.code(),
                c.country(),
                c.group(),
                c.sector(),
                c.matched() + " + " + head.word(),
                "sentence:" + head.word() + " of '" + person.name() + "' <- " + c.source())
            .from(c);
      }
      int[] span = text.phrase(s, dep, false);
      String words = compound ? leftCompounds(s, head) : text.body().substring(span[0], span[1]);
      Code org = roles.organisation(words, date);
      if (org == null) {
        // "a Department for Work and Pensions spokeswoman": a state's body no list knows
        org = names.stateBody(words);
      }
      // "China's tax chief": a country's own role; "a US lawyer", "the Iraqi families' lawyer":
      // a nationality
      boolean countrys =
          possessor
              && org != null
              && words
                  .replaceAll("['\u2019]s?\\s*$", "")
                  .strip()
                  .replaceFirst("^(?i)the\\s+", "")
                  .equals(org.matched());
      Code national = countrys ? org : roles.national(org, words, title, date);
      if (national != org) { // "a US lawyer": the country, with the title's sector or none
        return new Code(
                national.code(),
                national.country(),
                null,
                national.sector(),
                national.matched() + " + " + head.word(),
                "sentence:" + head.word() + " for '" + words + "' <- " + national.source())
            .from(national);
      }
      if (org != null) {
        String sector =
            org.sector() == null ? "GOV" : org.sector(); // a country speaks by its government
        Code coded = org.sector() == null ? org.withSector(sector, org.source()) : org;
        return new Code(
                coded.code(),
                coded.country(),
                coded.group(),
                coded.sector(),
                org.matched() + " + " + head.word(),
                "sentence:" + head.word() + " for '" + words + "' <- " + org.source())
            .from(org);
      }
    }
    return null;
  }

  /** The compound words before a head ("Downing Street" of "Downing Street spokesman"). */
  private String leftCompounds(int s, IndexedWord head) {
    SemanticGraph graph = text.basic(s);
    int start = head.beginPosition();
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(head)) {
      String rel = edge.getRelation().getShortName();
      if ((rel.equals("compound") || rel.equals("amod"))
          && edge.getDependent().index() < head.index()) {
        start = Math.min(start, text.phrase(s, edge.getDependent(), false)[0]);
      }
    }
    List<CoreLabel> tokens = text.tokens(s);
    return start >= head.beginPosition()
        ? ""
        : text.body().substring(start, tokens.get(head.index() - 2).endPosition());
  }

  /** The slot's syntactic head: its word whose governor lies outside it (or the root). */
  private IndexedWord head(int s, int begin, int end) {
    SemanticGraph graph = text.basic(s);
    if (graph == null) {
      return null;
    }
    IndexedWord best = null;
    for (IndexedWord word : graph.vertexSet()) {
      if (word.beginPosition() < begin || word.endPosition() > end) {
        continue;
      }
      IndexedWord parent = graph.getParent(word);
      boolean outside =
          parent == null || parent.beginPosition() < begin || parent.endPosition() > end;
      if (outside && (best == null || word.index() < best.index())) {
        best = word;
      }
    }
    return best;
  }
}
