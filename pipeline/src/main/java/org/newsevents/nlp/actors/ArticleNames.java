package org.newsevents.nlp.actors;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsevents.nlp.knowledge.ActorGazetteer;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * The people named in one article and their codes: each run of PERSON tokens is coded from the
 * dated people of models/gazetteers, then the Phoenix dictionaries, then the title the sentence
 * gives it (a compound title before the name, "Tory leader Michael Howard", or an apposition,
 * "Michael Howard, the Tory leader", read from the dependency graph); a name not coded so takes the
 * code of the same full name, or of the one full name with its surname, coded elsewhere in the
 * article ("Mr Howard").
 */
final class ArticleNames {

  /** A PERSON run: sentence, tokens [first, last], its words and code (null when none). */
  record Run(
      int sentence, int first, int last, int begin, int end, String name, Code code, boolean org) {
    /** The same name at the same place with another code. */
    Run withCode(Code newCode) {
      return new Run(sentence, first, last, begin, end, name, newCode, org);
    }
  }

  /** Tags of the words of a title before a name ("Tory foreign affairs spokesman"). */
  private static final java.util.Set<String> TITLE_TAGS =
      java.util.Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "POS", "HYPH", "VBN");

  /**
   * Sectors of a title under which a dictionary's office holder is the person named: offices of
   * state, forces, and former office holders ("ex-President Leonid Kuchma": UKR + ELI).
   */
  private static final java.util.Set<String> OFFICES_AND_FORMER =
      java.util.Set.of("GOV", "LEG", "OPP", "JUD", "COP", "MIL", "ELI");

  /** A capitalised word: a name's ("the Child Support Agency"), not a description's. */
  private static final java.util.regex.Pattern CAPITALISED =
      java.util.regex.Pattern.compile("(?<![\\p{L}])\\p{Lu}");

  /** The word "at" ("a strategist at Moscow's Sovlink Securities"). */
  private static final java.util.regex.Pattern AT =
      java.util.regex.Pattern.compile("(?<![\\p{L}])at(?![\\p{L}])");

  /**
   * Nouns of definite-nouns.tsv too vague to describe the name before them: "the group" (a band, a
   * committee), "the team" (of people at any body). A press noun (MED) is read after a name only
   * with a country ("the French paper"): alone ("the site", "the newspaper") it most often names
   * another outlet, one that reported the story.
   */
  private static final java.util.Set<String> VAGUE_AFTER = java.util.Set.of("group", "team");

  private static final String PERSON = "PERSON";
  private static final String ORGANIZATION = "ORGANIZATION";

  private final List<Run> runs = new ArrayList<>();

  /**
   * The names of organisations a description beside them calls a business ("Budget airline
   * Ryanair"), whatever code they end with: the companies the story is about (firstCompany).
   */
  private final java.util.Set<String> describedCompanies = new java.util.HashSet<>();

  private final String body;
  private final ActorGazetteer gazetteer;
  private final OrganisationHeads heads = OrganisationHeads.standard();
  private final StoryCountry.Evidence story;
  private StoryCountry.Evidence offices;
  private boolean officesRead;

  ArticleNames(
      AnnotatedText text,
      LocalDate date,
      ActorGazetteer gazetteer,
      PhoenixCodes phoenix,
      RoleReader roles,
      String url) {
    this.body = text.body();
    this.gazetteer = gazetteer;
    List<Run> found = new ArrayList<>();
    for (int s = 0; s < text.sentenceCount(); s++) {
      List<CoreLabel> tokens = text.tokens(s);
      for (int i = 0; i < tokens.size(); i++) {
        String ner = ner(tokens.get(i));
        if (!ner.equals(PERSON) && !ner.equals(ORGANIZATION)) {
          continue;
        }
        int j = i;
        while (j + 1 < tokens.size() && ner(tokens.get(j + 1)).equals(ner)) {
          j++;
        }
        int begin = tokens.get(i).beginPosition();
        int end = tokens.get(j).endPosition();
        String name = text.body().substring(begin, end);
        boolean org = ner.equals(ORGANIZATION);
        Code code =
            org
                ? company(text, s, i, j, gazetteer, roles)
                : code(text, s, i, j, name, date, gazetteer, phoenix, roles);
        found.add(new Run(s, i, j, begin, end, name, code, org));
        i = j;
      }
    }
    Map<String, Code> byName = new HashMap<>();
    Map<String, Code> bySurname = new HashMap<>();
    for (Run run : found) {
      if (run.code() != null) {
        byName.putIfAbsent(key(run.name()), run.code());
        if (run.last() > run.first() && !run.org()) {
          String surname = surname(run.name());
          Code before = bySurname.putIfAbsent(surname, run.code());
          if (before != null && !before.code().equals(run.code().code())) {
            bySurname.put(surname, null); // two people of one surname: no guess
          }
        }
      }
    }
    Map<String, Code> byInnerName = ShortNames.innerNames(found);
    StoryCountry.Evidence story = StoryCountry.of(text.body(), url, gazetteer);
    this.story = story;
    Map<String, Code> orgCodes = new HashMap<>();
    for (Run run : found) {
      Code code = run.code();
      if (code == null && byName.get(key(run.name())) != null) {
        code = via(byName.get(key(run.name())), run.name());
      }
      if (code == null && !run.org() && run.first() == run.last()) {
        // "Mr Howard"; else "Mr. Cubillo" for "Enio Cubillo Araya" (a first of two surnames)
        Code full =
            bySurname.containsKey(run.name())
                ? bySurname.get(run.name())
                : byInnerName.get(run.name());
        code = full == null ? null : via(full, run.name());
      }
      if (!run.org()) {
        code = LocalPeople.withStoryCountry(code, story, run.name());
        if (story == null && code != null && code.country() == null) {
          code = LocalPeople.withOfficeCountry(code, offices());
        }
      } else {
        if (run.code() != null) {
          describedCompanies.add(key(run.name()));
        }
        if (code == null || code.country() == null && code.group() == null) {
          // a description of the same name elsewhere came first; one that names no country
          // ("Media giant Viacom": BUS) gives way to a dictionary that knows it (VIACOM_ MNCUSA)
          Code listed = dictionary(run.name(), date, gazetteer, phoenix);
          code = listed != null ? listed : code;
        }
        if (code == null) {
          code = orgCodes.get(key(run.name()));
          code = code == null ? null : via(code, run.name());
        }
        if (code == null) {
          code = acronym(run.name(), runs);
        }
        if (code == null) {
          code = organisation(text, run, date, gazetteer, phoenix, roles, heads);
          if (code != null
              && code.country() == null
              && code.group() == null
              && StoryCountry.OFFICE_SECTORS_AND_FORCES.contains(code.sector())
              && !heads.international(run.name())) {
            // a state's body named without its country: the story's country (codebook rule 13)
            code =
                LocalPeople.withStoryCountry(code, story != null ? story : offices(), run.name());
          }
        }
        if (code != null) {
          orgCodes.putIfAbsent(key(run.name()), code);
        }
      }
      runs.add(run.withCode(code));
    }
    describedAfter(text, phoenix);
    placedBodies(text, date, roles);
    nationalityAfter(text);
  }

  /**
   * People whose nationality a definite description after their name states ("Juan Carlos Ferrero
   * ... the 25-year-old Spaniard", "Raikkonen ... the Finnish driver"; codebook rule 1: a country
   * only when the article states it), and who have no country or group: "the", lower-case words
   * (not "former"), a demonym the NER does not read as a place, and either nothing more or a person
   * noun of definite-nouns.tsv that is no title, as the subject of its clause. The description
   * refers to the one person the article names in its sentence before it or in the sentence before,
   * named there as a subject: with two people there ("Ferrero beat Henman ... the Spaniard") or the
   * one only an object it is left unread. The person gets the demonym's country (and the noun's
   * sector when the code had none) on every mention of the same surname; two descriptions of
   * different countries give none.
   */
  private void nationalityAfter(AnnotatedText text) {
    Map<String, Code> bySurname = new HashMap<>();
    java.util.Set<String> conflicting = new java.util.HashSet<>();
    for (int s = 0; s < text.sentenceCount(); s++) {
      List<CoreLabel> tokens = text.tokens(s);
      for (int i = 0; i + 1 < tokens.size(); i++) {
        if (!tokens.get(i).word().equalsIgnoreCase("the")) {
          continue;
        }
        int d = i + 1;
        while (d < tokens.size() && d - i <= 6 && isModifier(tokens.get(d))) {
          d++;
        }
        if (d >= tokens.size()
            || !Character.isUpperCase(tokens.get(d).word().charAt(0))
            || tokens.get(d).tag().equals("NNPS")
            || ner(tokens.get(d)).equals("LOCATION")) {
          continue;
        }
        String demonym = tokens.get(d).word();
        ActorGazetteer.Hit hit = gazetteer.find(demonym, null);
        String country = LocalPeople.nationalCountry(hit);
        if (country == null || !hit.matched().equals(demonym)) {
          continue;
        }
        int end = d;
        String sector = null;
        if (d + 1 < tokens.size() && tokens.get(d + 1).tag().startsWith("NN")) {
          DefiniteDescriptions.Noun kind =
              DefiniteDescriptions.standard().noun("the " + tokens.get(d + 1).word());
          if (kind == null
              || !kind.person()
              || kind.titled()
              || !tokens.get(d + 1).tag().equals("NN")) {
            continue; // "the Spanish side", "the British economy", "the French president"
          }
          end = d + 1;
          sector = kind.sectors().size() == 1 ? kind.sectors().iterator().next() : null;
        }
        if (end == d && !isSingularPerson(demonym, country)) {
          continue; // "the Irish", "the Kiwis", "the British": a people or a team, not a person
        }
        if (end + 1 < tokens.size() && !FOLLOWS_DESCRIPTION.contains(tokens.get(end + 1).tag())) {
          continue; // "the Kenyan Moses Tanui", "the Egyptian-born analyst"
        }
        if (!isSubject(text, s, end)) {
          continue; // "who treated the Dutchman": the object is most often someone else
        }
        Run person = onlyPersonBefore(text, s, tokens.get(i).beginPosition());
        if (person == null) {
          continue;
        }
        String surname = surname(person.name());
        int begin = tokens.get(i).beginPosition();
        String words = body.substring(begin, tokens.get(end).endPosition());
        Code code = person.code();
        Code read =
            new Code(
                country + (code != null ? nullToEmpty(code.sector()) : nullToEmpty(sector)),
                country,
                null,
                code != null ? code.sector() : sector,
                code != null ? code.matched() : person.name(),
                "sentence:described after '"
                    + person.name()
                    + "' as '"
                    + words
                    + "' countries.tsv '"
                    + demonym
                    + "'"
                    + (code == null ? "" : " + " + code.source()));
        read = code == null ? read : read.from(null, code);
        Code before = bySurname.putIfAbsent(surname, read);
        if (before != null && !before.country().equals(country)) {
          conflicting.add(surname);
        }
      }
    }
    if (bySurname.isEmpty()) {
      return;
    }
    for (int k = 0; k < runs.size(); k++) {
      Run run = runs.get(k);
      String surname = run.org() ? null : surname(run.name());
      Code read = surname == null || conflicting.contains(surname) ? null : bySurname.get(surname);
      if (read != null && (run.code() == null || !placed(run.code()))) {
        runs.set(k, run.withCode(read.matched().equals(run.name()) ? read : via(read, run.name())));
      }
    }
  }

  /**
   * Tags that may follow a description of a person as its whole phrase: punctuation, a verb, a
   * modal, a relative pronoun, an adverb, a preposition, a possessive.
   */
  private static final java.util.Set<String> FOLLOWS_DESCRIPTION =
      java.util.Set.of(
          ",", ".", ":", "''", "``", "-LRB-", "-RRB-", "VBD", "VBZ", "VBP", "VB", "VBN", "MD", "WP",
          "WDT", "RB", "IN", "POS", "CC", "TO");

  /**
   * Whether a demonym names one person: the gazetteer lists its plural ("Kenyan" for "Kenyans",
   * "Frenchman" for "Frenchmen") or it is a "-woman" form; "Irish", "Swiss" and "Kiwis" do not.
   */
  private boolean isSingularPerson(String demonym, String country) {
    if (demonym.endsWith("woman")) {
      return true;
    }
    String plural =
        demonym.endsWith("man")
            ? demonym.substring(0, demonym.length() - 3) + "men"
            : demonym + "s";
    ActorGazetteer.Hit hit = gazetteer.find(plural, null);
    return hit != null
        && hit.matched().equals(plural)
        && country.equals(LocalPeople.nationalCountry(hit));
  }

  /** Whether token i of sentence s heads a subject (nsubj, nsubj:pass) in the basic graph. */
  private static boolean isSubject(AnnotatedText text, int s, int i) {
    SemanticGraph graph = text.basic(s);
    IndexedWord node = graph == null ? null : graph.getNodeByIndexSafe(i + 1);
    if (node == null) {
      return false;
    }
    for (SemanticGraphEdge edge : graph.incomingEdgeIterable(node)) {
      String relation = edge.getRelation().toString();
      if (relation.equals("nsubj") || relation.equals("nsubj:pass")) {
        return true;
      }
    }
    return false;
  }

  /** A word between "the" and a demonym: "25-year-old", "in-form", "reigning"; not "former". */
  private static boolean isModifier(CoreLabel token) {
    String word = token.word();
    return !word.isEmpty()
        && !Character.isUpperCase(word.charAt(0))
        && !word.equals("former")
        && !word.equals("ex")
        && (token.tag().startsWith("JJ")
            || token.tag().equals("CD")
            || token.tag().equals("HYPH")
            || token.tag().equals("VBG")
            || word.equals("year")
            || word.equals("old"));
  }

  /**
   * The one person the article names in sentence s before an offset, or in sentence s - 1 (runs of
   * one surname are one person), when one of those mentions is a subject ("Safin ... battled past
   * Mario Ancic. The Russian": the object is seldom the one described next); null when there are
   * none, more than one, or no mention as a subject.
   */
  private Run onlyPersonBefore(AnnotatedText text, int s, int offset) {
    Run found = null;
    boolean subject = false;
    for (Run run : runs) {
      if (run.org() || run.sentence() < s - 1 || run.sentence() > s || run.begin() >= offset) {
        continue;
      }
      if (found != null && !surname(found.name()).equals(surname(run.name()))) {
        return null;
      }
      if (found == null || run.last() > run.first()) {
        found = run;
      }
      subject |= isSubject(text, run.sentence(), run.last());
    }
    return subject ? found : null;
  }

  /** The last word of a person's name. */
  private static String surname(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /**
   * People whose title or description names an organisation that the article codes with a country
   * or group ("WRU chairman" after "the Welsh Rugby Union", "AK chief" after "Athletics Kenya
   * (AK)", "a strategist at Moscow's Sovlink Securities"), and who got no country from their first
   * reading (made before the organisations were coded): the title read again with that body's code
   * (RoleReader.title), else for a description "at" the body its code; kept only when it gives a
   * country or group. Short names of the same person ("Mr Pickering") follow.
   */
  private void placedBodies(AnnotatedText text, LocalDate date, RoleReader roles) {
    Bodies bodies = codedBodies();
    Map<String, Code> bySurname = new HashMap<>();
    for (int k = 0; k < runs.size(); k++) {
      Run run = runs.get(k);
      if (run.org()
          || run.code() != null
              && (placed(run.code()) || run.code().origin() != Code.Origin.OTHER)) {
        continue;
      }
      Code read = title(text, run.sentence(), run.first(), run.last(), date, roles, bodies);
      if (read == null) {
        read = worksAt(text, run, bodies);
      }
      if (read == null || !placed(read)) {
        continue;
      }
      runs.set(k, run.withCode(read));
      if (run.last() > run.first()) {
        String surname = surname(run.name());
        Code before = bySurname.putIfAbsent(surname, read);
        if (before != null && !before.code().equals(read.code())) {
          bySurname.put(surname, null); // two people of one surname: no guess
        }
      }
    }
    for (int k = 0; k < runs.size(); k++) {
      Run run = runs.get(k);
      Code full = run.org() || run.first() != run.last() ? null : bySurname.get(run.name());
      if (full != null && (run.code() == null || !placed(run.code()))) {
        runs.set(k, run.withCode(via(full, run.name())));
      }
    }
  }

  /** Whether a code places its actor: a country or a group. */
  private static boolean placed(Code code) {
    return code.country() != null || code.group() != null;
  }

  /**
   * The code of the organisation a person's apposition says they work at ("Eric Kraus, a strategist
   * at Moscow's Sovlink Securities"): the first coded organisation after "at" in it, when it has a
   * country; null otherwise.
   */
  private Code worksAt(AnnotatedText text, Run run, Bodies bodies) {
    SemanticGraph graph = text.basic(run.sentence());
    IndexedWord head = graph == null ? null : graph.getNodeByIndexSafe(run.last() + 1);
    if (head == null) {
      return null;
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(head)) {
      if (!edge.getRelation().getShortName().equals("appos")) {
        continue;
      }
      int[] span = text.phrase(run.sentence(), edge.getDependent(), false);
      Body body = bodies.in(run.sentence(), span[0], span[1]);
      if (body == null || body.code() == null || body.code().country() == null) {
        continue;
      }
      int at = text.body().indexOf(body.name(), span[0]);
      String between = at < 0 ? "" : text.body().substring(span[0], at);
      if (!AT.matcher(between).find()) {
        continue;
      }
      Code c = body.code();
      String words = text.body().substring(span[0], span[1]);
      return new Code(
              c.code(),
              c.country(),
              c.group(),
              c.sector(),
              c.matched(),
              "sentence:appos '" + words + "' at '" + body.name() + "' <- " + c.source())
          .from(null, c);
    }
    return null;
  }

  /**
   * Organisations no source coded that a definite description after them describes ("United ... the
   * airline", "Le Monde ... the French paper"; codebook rule 7 read backwards): the first "the" +
   * an organisation noun of definite-nouns.tsv, with at most a country's name or demonym between
   * ("the French paper"), after the name in its sentence or the next, before any other organisation
   * is named, gives the name its sector and that country; every uncoded mention of the same name
   * takes it.
   */
  private void describedAfter(AnnotatedText text, PhoenixCodes phoenix) {
    Map<String, Code> described = new HashMap<>();
    for (int k = 0; k < runs.size(); k++) {
      Run run = runs.get(k);
      if (!run.org() || run.code() != null || described.containsKey(key(run.name()))) {
        continue;
      }
      int limit = Integer.MAX_VALUE;
      for (int n = k + 1; n < runs.size(); n++) {
        if (runs.get(n).org() && !key(runs.get(n).name()).equals(key(run.name()))) {
          limit = runs.get(n).begin();
          break;
        }
      }
      String bare = run.name().replaceFirst("^(?i)the\\s+", "");
      if (gazetteer.find(bare, null) != null
          || gazetteer.sector(bare) != null
          || phoenix.find(bare, null) != null) {
        continue; // "the Pentagon", "the IMF", "Congress": the lists code it where it is named
      }
      Code code = descriptionAfter(text, run, limit);
      if (code != null) {
        described.put(key(run.name()), code);
      }
    }
    if (described.isEmpty()) {
      return;
    }
    for (int k = 0; k < runs.size(); k++) {
      Run run = runs.get(k);
      Code code = run.org() && run.code() == null ? described.get(key(run.name())) : null;
      if (code != null) {
        runs.set(k, run.withCode(code.matched().equals(run.name()) ? code : via(code, run.name())));
      }
    }
  }

  /** The code the first definite description after a name gives it (describedAfter), or null. */
  private Code descriptionAfter(AnnotatedText text, Run run, int limit) {
    for (int s = run.sentence(); s <= run.sentence() + 1 && s < text.sentenceCount(); s++) {
      List<CoreLabel> tokens = text.tokens(s);
      for (int i = s == run.sentence() ? run.last() + 1 : 0; i + 1 < tokens.size(); i++) {
        CoreLabel the = tokens.get(i);
        if (the.beginPosition() >= limit) {
          return null;
        }
        if (!the.word().equalsIgnoreCase("the")) {
          continue;
        }
        int noun = i + 1;
        String country = null;
        String place = null;
        if (Character.isUpperCase(tokens.get(noun).word().charAt(0))) {
          place = tokens.get(noun).word();
          country = LocalPeople.nationalCountry(gazetteer.find(place, null));
          if (country == null) {
            continue; // "the BBC website": another name
          }
          noun++;
        }
        if (noun >= tokens.size() || !tokens.get(noun).tag().equals("NN")) {
          continue;
        }
        if (noun + 1 < tokens.size() && tokens.get(noun + 1).tag().startsWith("NN")) {
          continue; // "the airline industry": the noun is no head
        }
        String word = tokens.get(noun).word();
        DefiniteDescriptions.Noun kind = DefiniteDescriptions.standard().noun("the " + word);
        if (kind == null
            || kind.person()
            || kind.sectors().size() != 1
            || VAGUE_AFTER.contains(word.toLowerCase(java.util.Locale.ROOT))
            || kind.sectors().contains("MED") && country == null) {
          continue;
        }
        String sector = kind.sectors().iterator().next();
        String words = "the " + (place == null ? "" : place + " ") + word;
        return new Code(
                (country == null ? "" : country) + sector,
                country,
                null,
                sector,
                run.name(),
                "sentence:described after '"
                    + run.name()
                    + "' as '"
                    + words
                    + "' definite-nouns.tsv '"
                    + word
                    + "'"
                    + (country == null ? "" : " + countries.tsv '" + place + "'"))
            .madeAs(Code.Origin.DESCRIBED_AFTER);
      }
    }
    return null;
  }

  /** The country the article names most by its offices (StoryCountry.ofOffices), read once. */
  private StoryCountry.Evidence offices() {
    if (!officesRead) {
      offices = StoryCountry.ofOffices(body, gazetteer);
      officesRead = true;
    }
    return offices;
  }

  /**
   * A body of a state that no list knows, named by the given words ("the Department for Work and
   * Pensions", "the National Audit Office": a head of organisation-heads.tsv for a state's body,
   * GOV, JUD, COP, MIL, LEG; no international body): its sector with the story's country, else the
   * country the article names most (codebook rule 13); null when the words name no such body (one
   * word, "the Treasury", is none).
   */
  Code stateBody(String words) {
    String bare = words.strip().replaceFirst("^(?i)(the|an?)\\s+", "");
    OrganisationHeads.Head head = heads.ofName(bare);
    if (head == null
        || !CAPITALISED.matcher(bare).find() // "that tribunal", "former police": no name
        || !StoryCountry.OFFICE_SECTORS_AND_FORCES.contains(head.sector())
        || heads.international(bare)
        || gazetteer.find(bare, null) != null) {
      return null;
    }
    Code code =
        new Code(
            head.sector(),
            null,
            null,
            head.sector(),
            bare,
            "sentence:state body '" + bare + "' organisation-heads.tsv '" + head.matched() + "'");
    return LocalPeople.withStoryCountry(code, story != null ? story : offices(), bare);
  }

  /** A name as compared within an article: "Time Warner" is "TimeWarner". */
  private static String key(String name) {
    return name.replaceAll("[\\s-]+", "");
  }

  private static Code via(Code full, String name) {
    return full.as(name, "name:'" + name + "' as " + full.matched() + " <- " + full.source());
  }

  private static String ner(CoreLabel token) {
    String tag = token.get(CoreAnnotations.NamedEntityTagAnnotation.class);
    return tag == null ? "O" : tag;
  }

  /**
   * An organisation nothing in the article describes, when the gazetteers do not know it: the
   * Phoenix entry of its name ("Microsoft") or of it with a legal suffix ("Apple": APPLE_INC_),
   * only with a country (BUS alone is left to the slot's own words).
   */
  private static Code dictionary(
      String name, LocalDate date, ActorGazetteer gazetteer, PhoenixCodes phoenix) {
    if (gazetteer.find(name, date) != null) {
      return null;
    }
    Code whole = phoenix.find(name, date);
    Code coded = whole != null && whole.matched().equalsIgnoreCase(name) ? whole : null;
    coded = coded == null ? phoenix.company(name, date) : coded;
    return coded == null || coded.country() == null ? null : coded;
  }

  /**
   * An organisation described beside its name as a company of a country: "US media giant
   * TimeWarner", "Deutsche Boerse, the German stock exchange" (a business word of sectors.tsv and a
   * country of countries.tsv, or the business word alone). Other organisations are left to the
   * gazetteers and dictionaries, which code them where they are named.
   */
  private static Code company(
      AnnotatedText text, int s, int first, int last, ActorGazetteer gazetteer, RoleReader roles) {
    SemanticGraph graph = text.basic(s);
    IndexedWord head = graph == null ? null : graph.getNodeByIndexSafe(last + 1);
    if (head == null) {
      return null;
    }
    String before = wordsBefore(text, s, first, last);
    Code described = before == null ? null : roles.company(before);
    if (described != null) {
      return described;
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(head)) {
      if (edge.getRelation().getShortName().equals("appos")) {
        IndexedWord noun = edge.getDependent();
        int from = text.phrase(s, noun, false)[0];
        Code code = roles.company(text.body().substring(from, noun.endPosition()));
        if (code != null) {
          return code;
        }
      }
    }
    return null;
  }

  /**
   * The code of an organisation named with an acronym ("the SEC") that an organisation coded
   * earlier in the article spells out ("the US Securities and Exchange Commission"), or null.
   */
  private static Code acronym(String name, List<Run> before) {
    for (int i = before.size() - 1; i >= 0; i--) {
      Run run = before.get(i);
      if (run.org() && run.code() != null && OrganisationHeads.acronymOf(name, run.name())) {
        return via(run.code(), name);
      }
    }
    return null;
  }

  /**
   * An organisation that no list codes, coded from its own words and those beside it: a party of
   * governing-parties.tsv named alone ("UKIP": GBROPP when it does not govern on the date); else a
   * description before its head that names a country or, by its head, a sector ("Britain's Office
   * for National Statistics", "engineering group Jarvis"; organisation-heads.tsv, not the titles of
   * sectors.tsv: "association president" is no description of an organisation); else the head of
   * its name (organisation-heads.tsv: "the Electoral Commission" GOV), with the country its name
   * holds ("British Airways" GBRBUS). Null when none of these says anything, or when the gazetteers
   * or dictionaries know the name itself (a group, a person, a country or seat, "BBC News").
   */
  private static Code organisation(
      AnnotatedText text,
      Run run,
      LocalDate date,
      ActorGazetteer gazetteer,
      PhoenixCodes phoenix,
      RoleReader roles,
      OrganisationHeads heads) {
    String bare = run.name().replaceFirst("^(?i)the\\s+", "");
    ActorGazetteer.Hit own = gazetteer.find(bare, date);
    if (own != null && (!own.entry().kind().equals("COUNTRY") || own.matched().equals(bare))) {
      return null;
    }
    Code known = phoenix.find(bare, date);
    if (known != null && (known.sector() != null || known.group() != null)) {
      return null; // "BBC News": the dictionaries know it (GBRMED)
    }
    int s = run.sentence();
    int head = headIndex(text, s, run.first(), run.last());
    String description = wordsBefore(text, s, run.first(), head);
    // "the UK Independence Party", whose "UK" the NER left out of the name: the party of that
    // whole name
    String partyName = bare;
    Parties.Party party = roles.parties().find(bare);
    if (description != null && (party == null || !party.matched().equals(bare))) {
      String whole = description.replaceFirst("^(?i)the\\s+", "") + " " + bare;
      Parties.Party longer = roles.parties().find(whole);
      if (longer != null && longer.matched().equals(whole)) {
        party = longer;
        partyName = whole;
      }
    }
    if (party != null && party.matched().equals(partyName)) {
      Code coded = roles.organisation(partyName, date);
      return coded == null
          ? null
          : new Code(
                  coded.code(),
                  coded.country(),
                  coded.group(),
                  coded.sector(),
                  coded.matched(),
                  "sentence:organisation party '" + partyName + "' <- " + coded.source())
              .madeAs(Code.Origin.OWN_NAME)
              .from(coded);
    }
    Code described = description == null ? null : described(description, gazetteer, heads);
    OrganisationHeads.Head named = heads.ofName(bare);
    String sector =
        described != null && described.sector() != null
            ? described.sector()
            : named == null ? null : named.sector();
    // no head, but a country word first ("British Bankers' Association"): that country, with the
    // sector a word of sectors.tsv in the name gives ("Welsh Assembly Government" GOV), if any
    boolean countryFirst = sector == null && own != null && namedByItsCountry(own, bare);
    ActorGazetteer.SectorHit sectorWord = countryFirst ? gazetteer.sector(bare) : null;
    if (sectorWord != null) {
      sector = sectorWord.sector();
    }
    String country =
        described != null && described.country() != null
            ? described.country()
            : own != null && (sector != null || countryFirst) ? own.entry().country() : null;
    boolean international = heads.international(bare);
    if (international && (described == null || described.country() == null)) {
      // "the Inter-American Development Bank": a country word in an international body's name
      // places nothing, and a state's body of several states is an international one (IGO)
      country = null;
      if (sector != null
          && StoryCountry.OFFICE_SECTORS_AND_FORCES.contains(sector)
          && heads.internationalByFirstWord(bare)) {
        sector = "IGO"; // not a court of arbitration: no state's body at all (rule 15)
      }
    }
    if (sector == null && country == null) {
      return null;
    }
    String source =
        "sentence:organisation '"
            + run.name()
            + "'"
            + (described != null ? " described " + described.source() : "")
            + (named != null && (described == null || described.sector() == null)
                ? " + organisation-heads.tsv '" + named.matched() + "'"
                : "")
            + (sectorWord != null ? " + sectors.tsv '" + sectorWord.matched() + "'" : "")
            + ((described == null || described.country() == null) && country != null
                ? " + countries.tsv '" + own.matched() + "' in its name"
                : "")
            + (international ? " + international-words.tsv: no one country" : "");
    Code code =
        new Code(
            (country == null ? "" : country) + (sector == null ? "" : sector),
            country,
            null,
            sector,
            run.name(),
            source);
    return described == null ? code.madeAs(Code.Origin.OWN_NAME) : code;
  }

  /**
   * Whether an organisation name no head of organisation-heads.tsv codes begins with the name or
   * demonym of a country ("British Bankers' Association", "Scottish Executive", "Madrid's"): it is
   * then that country's body, whatever its sector (codebook rule 14); a country word later in the
   * name ("Bank of England", "Friends of the Earth") places nothing by this rule.
   */
  private static boolean namedByItsCountry(ActorGazetteer.Hit own, String bare) {
    return own.begin() == 0
        && LocalPeople.nationalCountry(own) != null
        && bare.length() > own.matched().length()
        && bare.charAt(own.matched().length()) == ' ';
  }

  /**
   * What a description of an organisation says of it ("US market regulator", "Costa Rican airline",
   * "engineering group", "Britain's"): the country of a country's name or demonym, and the sector
   * of its head (organisation-heads.tsv); null when it says neither.
   */
  private static Code described(
      String description, ActorGazetteer gazetteer, OrganisationHeads heads) {
    String country = LocalPeople.nationalCountry(gazetteer.find(description, null));
    OrganisationHeads.Head head = heads.ofDescription(description);
    String sector = head == null ? null : head.sector();
    if (country == null && sector == null) {
      return null;
    }
    return new Code(
        (country == null ? "" : country) + (sector == null ? "" : sector),
        country,
        null,
        sector,
        description,
        "'"
            + description
            + "'"
            + (head != null ? " organisation-heads.tsv '" + head.matched() + "'" : ""));
  }

  /** The syntactic head of tokens first..last: the one whose governor lies outside them. */
  private static int headIndex(AnnotatedText text, int s, int first, int last) {
    SemanticGraph graph = text.basic(s);
    if (graph == null) {
      return last;
    }
    for (int i = first; i <= last; i++) {
      IndexedWord word = graph.getNodeByIndexSafe(i + 1);
      IndexedWord parent = word == null ? null : graph.getParent(word);
      if (word != null
          && (parent == null || parent.index() - 1 < first || parent.index() - 1 > last)) {
        return i;
      }
    }
    return last;
  }

  private static Code code(
      AnnotatedText text,
      int s,
      int first,
      int last,
      String name,
      LocalDate date,
      ActorGazetteer gazetteer,
      PhoenixCodes phoenix,
      RoleReader roles) {
    // With no date, a dictionary's role is a guess (its latest); a title that names a country
    // or party is not. A title with no country comes after the dictionaries, which know it.
    Code title = date == null ? title(text, s, first, last, date, roles, namedBodies(text)) : null;
    if (title != null && title.country() != null) {
      return title;
    }
    ActorGazetteer.Hit hit = gazetteer.find(name, date);
    if (hit != null && hit.entry().kind().equals("PERSON") && hit.matched().equals(name)) {
      ActorGazetteer.Entry e = hit.entry();
      String code =
          e.group() != null ? e.group() : e.country() + (e.sector() == null ? "" : e.sector());
      return new Code(
          code,
          e.country(),
          e.group(),
          e.sector(),
          hit.matched(),
          "gazetteer:people.tsv "
              + name
              + " "
              + e.from()
              + ".."
              + e.to()
              + (date == null ? " (undated)" : ""),
          null,
          false,
          Code.Origin.PEOPLE,
          true,
          false);
    }
    if (last > first) {
      Code dictionary = phoenix.find(name, date);
      if (dictionary != null && dictionary.matched().equalsIgnoreCase(name)) {
        if (dictionary.sector() == null
            && dictionary.group() == null
            && title != null
            && title.sector() != null
            && title.group() == null) {
          if (!OFFICES_AND_FORMER.contains(title.sector())) {
            // "chief executive John Williams": no office, so not the dictionary's office holder
            return title;
          }
          // undated: the dictionary's country with the sentence's title ("Home Secretary" GOV)
          return new Code(
                  dictionary.country() + title.sector(),
                  dictionary.country(),
                  null,
                  title.sector(),
                  title.matched() + " + " + dictionary.matched(),
                  title.source() + " + " + dictionary.source(),
                  title.titleWords(),
                  false)
              .from(null, title, dictionary);
        }
        return dictionary;
      }
    }
    Code read = date == null ? title : title(text, s, first, last, date, roles, namedBodies(text));
    return read != null
        ? read
        : LocalPeople.nationality(wordsBefore(text, s, first, last), gazetteer);
  }

  /**
   * The words just before a name (tokens first..last of sentence s) that hang from its head word
   * and are tagged as title words ("US media giant" before "TimeWarner", "Chancellor" before
   * "Gordon Brown"), or null when there are none.
   */
  private static String wordsBefore(AnnotatedText text, int s, int first, int last) {
    int[] span = beforeSpan(text, s, first, last);
    return span == null ? null : text.body().substring(span[0], span[1]);
  }

  /** The offsets of {@link #wordsBefore}, or null. */
  private static int[] beforeSpan(AnnotatedText text, int s, int first, int last) {
    SemanticGraph graph = text.basic(s);
    IndexedWord head = graph == null ? null : graph.getNodeByIndexSafe(last + 1);
    if (head == null) {
      return null;
    }
    List<CoreLabel> tokens = text.tokens(s);
    java.util.Set<IndexedWord> below = graph.descendants(head);
    int start = first;
    while (start > 0
        && below.contains(graph.getNodeByIndexSafe(start))
        && TITLE_TAGS.contains(tokens.get(start - 1).tag())) {
      start--;
    }
    return start < first
        ? new int[] {tokens.get(start).beginPosition(), tokens.get(first - 1).endPosition()}
        : null;
  }

  /**
   * An organisation named inside a title phrase ("president of Lions Gate", "WRU chairman"): its
   * words, and its code when the article's names are coded already (null before).
   */
  record Body(String name, Code code) {}

  /** The body named in the tokens of sentence s between two offsets, or null. */
  private interface Bodies {
    Body in(int s, int begin, int end);
  }

  /**
   * First pass: the first run of ORGANIZATION tokens in the span, else the first run of proper
   * nouns the NER leaves untyped after "of", "at" or "for" ("president of Lions Gate"), with no
   * code yet.
   */
  private static Bodies namedBodies(AnnotatedText text) {
    return (s, begin, end) -> {
      List<CoreLabel> tokens = text.tokens(s);
      int from = -1;
      int to = -1;
      for (int i = 0; i < tokens.size(); i++) {
        CoreLabel token = tokens.get(i);
        boolean inside = token.beginPosition() >= begin && token.endPosition() <= end;
        if (inside && ner(token).equals(ORGANIZATION)) {
          from = from < 0 ? i : from;
          to = i;
        } else if (from >= 0) {
          break;
        }
      }
      for (int i = 1; from < 0 && i < tokens.size(); i++) {
        CoreLabel token = tokens.get(i);
        if (token.beginPosition() < begin
            || token.endPosition() > end
            || !BODY_CASES.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) {
          continue;
        }
        int j = i;
        while (j < tokens.size()
            && tokens.get(j).endPosition() <= end
            && tokens.get(j).tag() != null
            && tokens.get(j).tag().startsWith("NNP")
            && ner(tokens.get(j)).equals("O")) {
          j++;
        }
        if (j > i) {
          from = i;
          to = j - 1;
        }
      }
      return from < 0
          ? null
          : new Body(
              text.body().substring(tokens.get(from).beginPosition(), tokens.get(to).endPosition()),
              null);
    };
  }

  /** The prepositions before an untyped body's name in a title ("president of Lions Gate"). */
  private static final java.util.Set<String> BODY_CASES = java.util.Set.of("of", "at", "for");

  /** After the organisations are coded: the first organisation run in the span, with its code. */
  private Bodies codedBodies() {
    return (s, begin, end) -> {
      for (Run run : runs) {
        if (run.org() && run.sentence() == s && run.begin() >= begin && run.end() <= end) {
          return new Body(run.name(), run.code());
        }
      }
      return null;
    };
  }

  /** The code of the title the dependency graph attaches to the name's head word, or null. */
  private static Code title(
      AnnotatedText text,
      int s,
      int first,
      int last,
      LocalDate date,
      RoleReader roles,
      Bodies bodies) {
    SemanticGraph graph = text.basic(s);
    IndexedWord head = graph == null ? null : graph.getNodeByIndexSafe(last + 1);
    if (head == null) {
      return null;
    }
    // Compound titles before the name: the words just before it that hang from its head.
    int[] before = beforeSpan(text, s, first, last);
    Code titled =
        before == null
            ? null
            : roles.title(
                text.body().substring(before[0], before[1]),
                "title",
                date,
                bodies.in(s, before[0], before[1]));
    if (titled != null) {
      return titled;
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(head)) {
      if (edge.getRelation().getShortName().equals("appos")) {
        int[] span = text.phrase(s, edge.getDependent(), false);
        Code code =
            roles.title(
                text.body().substring(span[0], span[1]),
                "appos",
                date,
                bodies.in(s, span[0], span[1]));
        if (code != null) {
          return code;
        }
      }
    }
    Code relative = relative(text, s, last, date, roles, bodies);
    if (relative != null) {
      return relative;
    }
    for (SemanticGraphEdge edge : graph.incomingEdgeIterable(head)) {
      if (edge.getRelation().getShortName().equals("appos")) {
        IndexedWord governor = edge.getGovernor();
        int from = text.phrase(s, governor, false)[0];
        String words = text.body().substring(from, governor.endPosition());
        Code code = roles.title(words, "appos", date, bodies.in(s, from, governor.endPosition()));
        if (code != null) {
          return code;
        }
      }
    }
    return null;
  }

  /**
   * The title of a copular relative clause after the name: "Lord Woolf, who is Lord Chief Justice
   * of England and Wales, ..." (read from the tokens up to the next comma: CoreNLP's parser takes
   * "who" for the predicate there).
   */
  private static Code relative(
      AnnotatedText text, int s, int last, LocalDate date, RoleReader roles, Bodies bodies) {
    List<CoreLabel> tokens = text.tokens(s);
    int i = last + 1;
    if (i + 3 >= tokens.size()
        || !tokens.get(i).word().equals(",")
        || !tokens.get(i + 1).word().equalsIgnoreCase("who")
        || !java.util.Set.of("is", "was").contains(tokens.get(i + 2).word())) {
      return null;
    }
    int end = i + 3;
    while (end + 1 < tokens.size() && !tokens.get(end + 1).word().equals(",")) {
      end++;
    }
    if (end + 1 >= tokens.size()) {
      return null; // no closing comma: the clause may run on into the sentence's own verb
    }
    int from = tokens.get(i + 3).beginPosition();
    int to = tokens.get(end).endPosition();
    return roles.title(text.body().substring(from, to), "relative", date, bodies.in(s, from, to));
  }

  /**
   * The words the article gives a person run as a title or role, lower-cased: the title words
   * before the name ("Iceland's Prime Minister") and its appositions either way ("X, the prime
   * minister"; "the prime minister, X"); "" when none.
   */
  static String titleWords(AnnotatedText text, Run run) {
    StringBuilder out = new StringBuilder();
    String before = wordsBefore(text, run.sentence(), run.first(), run.last());
    if (before != null) {
      out.append(before);
    }
    SemanticGraph graph = text.basic(run.sentence());
    IndexedWord head = graph == null ? null : graph.getNodeByIndexSafe(run.last() + 1);
    if (head != null) {
      for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(head)) {
        IndexedWord noun = edge.getDependent();
        if (edge.getRelation().getShortName().equals("appos")) {
          int[] span = text.phrase(run.sentence(), noun, false);
          appendTitle(out, text, run.sentence(), span, noun.endPosition(), run);
        }
      }
      for (SemanticGraphEdge edge : graph.incomingEdgeIterable(head)) {
        IndexedWord governor = edge.getGovernor();
        if (edge.getRelation().getShortName().equals("appos")) {
          int[] span = text.phrase(run.sentence(), governor, false);
          appendTitle(out, text, run.sentence(), span, governor.endPosition(), run);
        }
      }
    }
    return out.toString().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Appends an apposition's words through its head as a title, unless its phrase holds a name other
   * than the run's own: "Putin, Iceland's Prime Minister Gunnlaugsson" is a list of people.
   */
  private static void appendTitle(
      StringBuilder out, AnnotatedText text, int s, int[] span, int headEnd, Run run) {
    for (CoreLabel token : text.tokens(s)) {
      if (token.beginPosition() >= span[0]
          && token.endPosition() <= span[1]
          && (token.endPosition() <= run.begin() || token.beginPosition() >= run.end())
          && ner(token).equals(PERSON)) {
        return;
      }
    }
    out.append(" | ").append(text.body(), span[0], headEnd);
  }

  /** The run containing a character offset, or null. */
  Run at(int offset) {
    for (Run run : runs) {
      if (offset >= run.begin() && offset < run.end()) {
        return run;
      }
    }
    return null;
  }

  /** The nearest coded run ending before an offset, within the given sentences back, or null. */
  Run before(int offset, int sentence, int sentencesBack) {
    Run best = null;
    for (Run run : runs) {
      if (run.end() <= offset
          && run.code() != null
          && !run.org()
          && sentence - run.sentence() <= sentencesBack) {
        best = run;
      }
    }
    return best;
  }

  /**
   * The person run of the given name (a pronoun's canonical name), coded or not: the last one
   * before the offset, else the first after it; null when the article has no such run.
   */
  Run named(String name, int offset) {
    return named(name, offset, false);
  }

  /** The same for an organisation's name. */
  Run namedOrganisation(String name, int offset) {
    return named(name, offset, true);
  }

  private Run named(String name, int offset, boolean org) {
    Run best = null;
    for (Run run : runs) {
      if (run.org() == org && run.name().equals(name)) {
        if (run.end() > offset) {
          return best == null ? run : best;
        }
        best = run;
      }
    }
    return best;
  }

  /** The last person run (coded or not) ending before an offset, or null. */
  Run lastPerson(int offset) {
    Run best = null;
    for (Run run : runs) {
      if (run.end() <= offset && !run.org()) {
        best = run;
      }
    }
    return best;
  }

  /**
   * The first organisation run before an offset coded as a business (BUS), the company the story is
   * about ("TimeWarner", not the "German music publisher Bertelsmann" of a later sentence), or
   * null. Only a company described in the text counts (a description beside it, even when the
   * dictionaries give its code: "Budget airline Ryanair"): one coded from the dictionaries alone is
   * often named in passing (on the development set, "It" of a camera feature took Google), and one
   * described only by a definite description after it ("the firm") is kept from changing it.
   */
  Run firstCompany(int offset) {
    for (Run run : runs) {
      if (run.end() <= offset
          && run.org()
          && run.code() != null
          && "BUS".equals(run.code().sector())
          && (describedCompanies.contains(key(run.name()))
              || run.code().origin() != Code.Origin.PHOENIX
                  && run.code().origin() != Code.Origin.OWN_NAME
                  && run.code().origin() != Code.Origin.DESCRIBED_AFTER)) {
        return run;
      }
    }
    return null;
  }

  List<Run> runs() {
    return runs;
  }
}
