package org.newsevents.nlp.actors;

import java.time.LocalDate;
import org.newsevents.nlp.knowledge.ActorGazetteer;
import org.newsevents.nlp.knowledge.WordNetSenses;

/**
 * Codes a role phrase read from the sentence: a title beside a name ("Tory leader", "US Treasury
 * Secretary", "the party's home affairs spokesman") or the organisation a spokesperson speaks for
 * ("the IAEA", "Downing Street", "BT"). Parties take their country and GOV/LEG or OPP by whether
 * they govern on the date; an organisation takes its own code; a title its sector, with the country
 * the phrase names.
 */
final class RoleReader {

  /** Sectors of a country's firms and press: an organisation of one is no government. */
  private static final java.util.Set<String> NON_STATE = java.util.Set.of("BUS", "MED");

  /** A party named by the word "party" ("the Israeli Labor Party", "Japan's ruling party"). */
  private static final java.util.regex.Pattern PARTY =
      java.util.regex.Pattern.compile("(?<![\\p{L}])[Pp]arty(?![\\p{L}])");

  private static final String UNLISTED_PARTY = "party not in governing-parties.tsv: countries.tsv ";

  private final ActorGazetteer gazetteer;
  private final PhoenixCodes phoenix;
  private final Parties parties;
  private final Titles titles;

  RoleReader(ActorGazetteer gazetteer, PhoenixCodes phoenix, Parties parties, Titles titles) {
    this.gazetteer = gazetteer;
    this.phoenix = phoenix;
    this.parties = parties;
    this.titles = titles;
  }

  /** The same reader with an article's gazetteer and dictionary codes. */
  RoleReader forArticle(ActorGazetteer articleGazetteer, PhoenixCodes articlePhoenix) {
    return new RoleReader(articleGazetteer, articlePhoenix, parties, titles);
  }

  Titles titles() {
    return titles;
  }

  Parties parties() {
    return parties;
  }

  /** The code a title phrase gives the person it names, or null. */
  Code title(String phrase, String construction, LocalDate date) {
    return title(phrase, construction, date, null);
  }

  /**
   * The code a title phrase gives the person it names, or null; {@code body} the organisation the
   * phrase names, if any ("president of Lions Gate", "WRU chairman"), with its code when known. A
   * role of a firm, club, union, party or international body as much as of a state (a GOV title not
   * in office-titles.tsv: "president", "chairman", "leader"; a BUS title: "chief executive") takes
   * its sector from the body it is of (codebook rule 16): the body's code when a list or the
   * article codes it ("Google's vice president" USABUS), else the sector its name's head says
   * ("Metropolitan Police Commissioner" COP); a state's title of a body nothing codes keeps only
   * the country the phrase names ("Real Madrid president" ESP); alone it keeps its own sector.
   */
  Code title(String phrase, String construction, LocalDate date, ArticleNames.Body body) {
    Titles.Title title = titles.find(phrase);
    if (title == null) {
      return null;
    }
    String words = "sentence:" + construction + " '" + phrase + "'";
    Parties.Party party = parties.find(phrase);
    if (party != null) {
      boolean governs = parties.governs(party, date);
      String sector =
          "OPP".equals(title.sector()) || !governs
              ? "OPP"
              : "LEG".equals(title.sector()) ? "LEG" : "GOV";
      return new Code(
          party.country() + sector,
          party.country(),
          null,
          sector,
          party.matched() + " + " + title.matched(),
          words
              + " party "
              + party.name()
              + (governs ? " governs" : " in opposition")
              + (date == null ? " (undated: latest period)" : " on " + date));
    }
    if (title.worksFor()) {
      String rest = phrase.substring(0, title.start()) + " " + phrase.substring(title.end());
      Code of = organisation(rest, date);
      if (of == null || body == null || !body.name().strip().equals(of.matched())) {
        // not so when the NER tags the country word alone as an organisation: the end of a
        // body's name that the title phrase cuts ("Bank of Japan chief": "Japan chief")
        of = national(of, rest, title, date);
      }
      if (of == null && body != null && body.code() != null && placed(body.code())) {
        of = body.code(); // "AK chief" after "Athletics Kenya (AK)"
      }
      return of == null
          ? null
          : new Code(
                  of.code(),
                  of.country(),
                  of.group(),
                  of.sector(),
                  of.matched() + " + " + title.matched(),
                  words + " for " + of.source())
              .from(null, of);
    }
    if (Titles.PAST_ONLY.contains(title.sector())) {
      Code job = occupation(phrase, title, words);
      if (job.country() == null
          && AT_EMPLOYER.contains(title.sector())
          && body != null
          && body.code() != null
          && body.code().country() != null) {
        // "a reporter for the New York Times", "researchers at MIT": the employer's country
        String country = body.code().country();
        return new Code(
                country + title.sector(),
                country,
                null,
                title.sector(),
                body.code().matched() + " + " + title.matched(),
                words + " of " + body.code().source())
            .from(null, body.code());
      }
      return job;
    }
    Code of = organisation(phrase, date);
    if (of != null
        && of.sector() != null
        && "BUS".equals(title.sector())
        && "BUS".equals(of.sector())) {
      return new Code(
              of.code(),
              of.country(),
              of.group(),
              "BUS",
              of.matched() + " + " + title.matched(),
              words + " of " + of.source())
          .from(null, of);
    }
    if (of != null && of.sector() == null && of.unlistedParty()) {
      // "Israeli Labor Party leader": a party office, but governing or not is unknown
      return new Code(
              of.code(),
              of.country(),
              null,
              null,
              of.matched() + " + " + title.matched(),
              words + " of " + of.source())
          .from(null, of);
    }
    if (of != null && of.group() != null) {
      return bodysCode(of, title, words);
    }
    boolean shared =
        "BUS".equals(title.sector())
            || "GOV".equals(title.sector()) && !StoryCountry.officeTitle(title.matched());
    if (shared
        && (of == null || of.sector() == null || bareCountry(of))
        && body != null
        && (body.code() != null || isName(body.name()))) {
      Code bodyCode = body.code();
      OrganisationHeads.Head head = OrganisationHeads.standard().ofName(body.name());
      String country =
          bodyCode != null && bodyCode.country() != null
              ? bodyCode.country()
              : of == null ? null : of.country();
      String sector =
          bodyCode != null && adopts(title, bodyCode.sector())
              ? bodyCode.sector()
              : head != null && adopts(title, head.sector())
                  ? head.sector()
                  : "BUS".equals(title.sector()) ? "BUS" : null;
      if (bodyCode != null && bodyCode.group() != null) {
        return bodysCode(bodyCode, title, words);
      }
      if (country == null && sector == null) {
        return null; // "PCS leader", "EC President": a body no list places, no state's office
      }
      return new Code(
              (country == null ? "" : country) + (sector == null ? "" : sector),
              country,
              null,
              sector,
              (of == null ? "" : of.matched() + " + ") + title.matched(),
              words
                  + " of body '"
                  + body.name()
                  + "'"
                  + (bodyCode != null
                      ? " <- " + bodyCode.source()
                      : head != null ? " organisation-heads.tsv '" + head.matched() + "'" : "")
                  + (of != null && (bodyCode == null || bodyCode.country() == null)
                      ? " + " + of.source()
                      : ""))
          .from(null, bodyCode, of);
    }
    if (shared && of != null && adopts(title, of.sector()) && !bareCountry(of)) {
      return bodysCode(of, title, words); // "Google's vice president": not a government's
    }
    String country = of == null ? null : of.country();
    return new Code(
        (country == null ? "" : country) + title.sector(),
        country,
        null,
        title.sector(),
        (of == null ? "" : of.matched() + " + ") + title.matched(),
        words);
  }

  /** Occupations that take the country of the body they work at ("a reporter for the NYT"). */
  private static final java.util.Set<String> AT_EMPLOYER = java.util.Set.of("MED", "EDU", "HLH");

  /**
   * The code a FOR title ("lawyer", "official", "source") takes from the body its phrase names,
   * given that body's code {@code of}: a country named only by its name or demonym ("a US lawyer",
   * "Russian officials", "a British source") says whose national the person is, not for whom they
   * work, so the person takes the country with the title's own sector of titles.tsv (JUD, GOV or
   * none), or the sector a sector word of the phrase names ("a Chinese military source" MIL); any
   * other body's code stays as it is ("a Kremlin spokesman" RUSGOV, "a Moscow-based lawyer" RUS),
   * and so does a country's own role ("China's tax chief" CHNGOV) or a body named for its country
   * ("Bank of Japan chief" JPNGOV); a country's name inside a firm's ("Telekom Austria's head of
   * ...") is a nationality again.
   */
  Code national(Code of, String bodyWords, Titles.Title title, LocalDate date) {
    if (of == null || !bareCountry(of)) {
      return of;
    }
    ActorGazetteer.Hit hit = gazetteer.find(bodyWords, date);
    if (hit == null
        || hit.place()
        || !hit.entry().kind().equals("COUNTRY")
        || hit.entry().sector() != null
        || !java.util.Objects.equals(hit.entry().country(), of.country())) {
      return of;
    }
    String before = bodyWords.substring(0, hit.begin()).strip();
    String after = bodyWords.substring(hit.begin() + hit.matched().length());
    String[] words = before.isEmpty() ? new String[0] : before.split("\\s+");
    String previous = words.length == 0 ? "" : words[words.length - 1];
    if (POSSESSIVE.matcher(after).lookingAt() && !capitalised(previous)
        || previous.equals("of") && words.length > 1 && capitalised(words[words.length - 2])) {
      return of; // "China's tax chief", "Bank of Japan chief": the state's
    }
    ActorGazetteer.SectorHit word = gazetteer.sector(bodyWords);
    String sector = word != null ? word.sector() : title.sector();
    String why =
        word != null
            ? " + sectors.tsv '" + word.matched() + "'"
            : " + titles.tsv '" + title.matched() + "' " + (sector == null ? "no sector" : sector);
    return new Code(
            of.country() + (sector == null ? "" : sector),
            of.country(),
            null,
            sector,
            of.matched(),
            of.source() + why)
        .from(null, of);
  }

  private static final java.util.regex.Pattern POSSESSIVE =
      java.util.regex.Pattern.compile("['\u2019]s?(?![\\p{L}])");

  /** Whether a word is capitalised as a name's is ("Telekom", "Bank"; not a sentence's "The"). */
  private static boolean capitalised(String word) {
    return !word.isEmpty()
        && Character.isUpperCase(word.codePointAt(0))
        && !java.util.Set.of("The", "A", "An").contains(word);
  }

  /** Whether a code is a country's own (countries.tsv, its government by default), no body's. */
  private static boolean bareCountry(Code code) {
    return code.group() == null
        && code.source() != null
        && code.source().startsWith("gazetteer:countries.tsv")
        && !code.source().contains("sectors.tsv");
  }

  /**
   * Whether a shared title takes a body's sector: a state's title any sector; a business title
   * ("economist", "chief executive") not a state's sector, since a bank's economist is BUS even
   * when the state owns the bank (Phoenix: ABN AMRO NLDGOVBUS from 2008).
   */
  private static boolean adopts(Titles.Title title, String sector) {
    return sector != null
        && !("BUS".equals(title.sector())
            && (StoryCountry.OFFICE_SECTORS_AND_FORCES.contains(sector)
                || "REB".equals(sector)
                || "OPP".equals(sector)));
  }

  /** An acronym of two or more capitals ("PCS", "WRU"). */
  private static final java.util.regex.Pattern ACRONYM =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{Lu}&]+");

  /**
   * Whether a body's words are a name: two words or more ("Lions Gate"), an acronym ("PCS"), or one
   * word that is no common noun and no country's name or demonym ("Tata", "Qwest"); one capitalised
   * common noun ("Committee chairman", "Tigers boss") may name a body of the story's own state, as
   * the one-word names of codebook rule 13, and a country word ("England governor", "Welsh
   * secretary") names the state, so neither is a body here.
   */
  private boolean isName(String words) {
    String bare = words.strip().replaceFirst("^(?i)the\\s+", "");
    return bare.contains(" ")
        || ACRONYM.matcher(bare).matches()
        || !bare.isEmpty()
            && !WordNetSenses.standard().commonNoun(bare)
            && gazetteer.countryMentions(bare).isEmpty();
  }

  private static boolean placed(Code code) {
    return code.country() != null || code.group() != null;
  }

  /**
   * An occupation's code ("US rapper" USAELI, "Wales coach" GBRCVL): its sector, with the country
   * the phrase names first when that is a country's name or demonym; a capital or city names the
   * home of a club or employer, not the person's country ("Real Madrid striker", "London Irish
   * coach": CVL).
   */
  private Code occupation(String phrase, Titles.Title title, String words) {
    ActorGazetteer.Hit hit = gazetteer.find(phrase, null);
    String country = LocalPeople.nationalCountry(hit);
    return new Code(
        (country == null ? "" : country) + title.sector(),
        country,
        null,
        title.sector(),
        (country == null ? "" : hit.matched() + " + ") + title.matched(),
        words);
  }

  /**
   * The code a description gives the company it stands beside ("US media giant", "the German stock
   * exchange"): BUS, with the country the description names; null when it names no business.
   */
  Code company(String description) {
    ActorGazetteer.SectorHit sector = gazetteer.sector(description);
    if (sector == null || !sector.sector().equals("BUS")) {
      return null;
    }
    ActorGazetteer.Hit hit = gazetteer.find(description, null);
    String country =
        hit != null && hit.entry().kind().equals("COUNTRY") ? hit.entry().country() : null;
    return new Code(
        country == null ? "BUS" : country + "BUS",
        country,
        null,
        "BUS",
        (hit == null || country == null ? "" : hit.matched() + " + ") + sector.matched(),
        "sentence:company '"
            + description
            + "'"
            + (country == null ? "" : " countries.tsv " + hit.matched())
            + " + sectors.tsv '"
            + sector.matched()
            + "'");
  }

  /**
   * The code of the organisation, party or country a phrase names (for "a spokesman for X"), or
   * null: a party by its government status, groups and countries of the gazetteers (a country as
   * employer is its government, unless a business or press word names its firms: "the British
   * Chambers of Commerce" GBRBUS), then the Phoenix dictionaries.
   */
  Code organisation(String phrase, LocalDate date) {
    Parties.Party party = parties.find(phrase);
    if (party != null) {
      String sector = parties.governs(party, date) ? "GOV" : "OPP";
      return new Code(
          party.country() + sector,
          party.country(),
          null,
          sector,
          party.matched(),
          "party " + party.name() + (sector.equals("GOV") ? " governs" : " in opposition"));
    }
    ActorGazetteer.Hit hit = gazetteer.find(phrase, date);
    if (hit != null && !hit.entry().kind().equals("PERSON")) {
      ActorGazetteer.Entry e = hit.entry();
      if (e.group() == null && PARTY.matcher(phrase).find()) {
        // "the Israeli Labor Party": a party of that country that governing-parties.tsv does not
        // list, so whether it governs on the date is unknown: the country alone (codebook rule 3)
        return new Code(
            e.country(),
            e.country(),
            null,
            null,
            hit.matched(),
            UNLISTED_PARTY + hit.matched() + " + '" + phrase + "'",
            null,
            true);
      }
      if (e.group() != null) {
        return new Code(
            e.group(),
            e.country(),
            e.group(),
            e.sector(),
            hit.matched(),
            "gazetteer:groups.tsv " + hit.matched());
      }
      ActorGazetteer.SectorHit business = gazetteer.sector(phrase);
      if (business != null && NON_STATE.contains(business.sector())) {
        // "the British Chambers of Commerce", "the German newspaper": the country's firms, not
        // its government
        return new Code(
            e.country() + business.sector(),
            e.country(),
            null,
            business.sector(),
            hit.matched() + " + " + business.matched(),
            "gazetteer:countries.tsv "
                + hit.matched()
                + " + sectors.tsv '"
                + business.matched()
                + "'");
      }
      // "a Moscow-based lawyer": a place, where the person works, not for whom
      String sector = hit.place() ? null : "GOV";
      return new Code(
          e.country() + (sector == null ? "" : sector),
          e.country(),
          null,
          sector,
          hit.matched(),
          "gazetteer:countries.tsv " + hit.matched() + (hit.place() ? " (a place)" : ""));
    }
    return phoenix.find(phrase, date);
  }

  /**
   * A title of a body that the person takes the whole code of: a body with a group code ("NGOAMN",
   * "IGOUNO"), or a firm's for a shared title ("Google's vice president").
   */
  private static Code bodysCode(Code body, Titles.Title title, String words) {
    return new Code(
            body.code(),
            body.country(),
            body.group(),
            body.sector(),
            body.matched() + " + " + title.matched(),
            words + " of " + body.source())
        .from(null, body);
  }
}
