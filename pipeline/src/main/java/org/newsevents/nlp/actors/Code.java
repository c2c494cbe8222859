package org.newsevents.nlp.actors;

import org.newsevents.schema.Actor;

/**
 * An actor code with its parts and where it came from (the Actor record's fields), and facts the
 * coders use that the Actor record does not carry (in memory only, never read back out of {@code
 * source}): {@code title}, the words of the title the code was read under when they are not {@code
 * matched} (a short name's code: "Mr Leigh" as "Committee chairman Edward Leigh"; null: {@code
 * matched} itself); {@code unlistedParty}, whether the code is the country of a party that
 * governing-parties.tsv does not list, so that whether it governs is unknown ("the Israeli Labor
 * Party": ISR); {@code origin}, how the code itself was made; {@code person}, whether a dated entry
 * of people.tsv went into it (itself or a code it was made from); {@code fromDictionary}, whether
 * it was taken over ("<-") from a Phoenix dictionary entry's code, directly or through other codes.
 */
record Code(
    String code,
    String country,
    String group,
    String sector,
    String matched,
    String source,
    String title,
    boolean unlistedParty,
    Origin origin,
    boolean person,
    boolean fromDictionary) {

  /** How a code itself was made. */
  enum Origin {
    /** A dated entry of people.tsv. */
    PEOPLE,
    /** An entry of the Phoenix dictionaries. */
    PHOENIX,
    /** A row of phoenix-overrides.tsv. */
    OVERRIDE,
    /** The code of another mention of the same name ("Mr Howard" as "Michael Howard"). */
    NAME,
    /** An organisation coded from its own name alone, no description beside it. */
    OWN_NAME,
    /** An organisation coded from a definite description after its name ("the airline"). */
    DESCRIBED_AFTER,
    /** Anything else: a title, a description, a story's country, a sector word. */
    OTHER
  }

  /** A code with no title of its own (its matched words are its title) and no unlisted party. */
  Code(String code, String country, String group, String sector, String matched, String source) {
    this(code, country, group, sector, matched, source, null, false, Origin.OTHER, false, false);
  }

  /** A code with a title and an unlisted-party flag, made from nothing else. */
  Code(
      String code,
      String country,
      String group,
      String sector,
      String matched,
      String source,
      String title,
      boolean unlistedParty) {
    this(
        code,
        country,
        group,
        sector,
        matched,
        source,
        title,
        unlistedParty,
        Origin.OTHER,
        false,
        false);
  }

  /** The words of the title the code was read under: {@code title}, else {@code matched}. */
  String titleWords() {
    return title != null ? title : matched;
  }

  /** The same code for a short name or another mention of its name, read under its title. */
  Code as(String name, String newSource) {
    return new Code(
        code,
        country,
        group,
        sector,
        name,
        newSource,
        matched,
        false,
        Origin.NAME,
        person,
        takenOver());
  }

  /** The same code made another way (its origin). */
  Code madeAs(Origin newOrigin) {
    return new Code(
        code,
        country,
        group,
        sector,
        matched,
        source,
        title,
        unlistedParty,
        newOrigin,
        person,
        fromDictionary);
  }

  /**
   * This code with the facts of the codes it was made from: {@code takenFrom} the codes whose code
   * it takes over ("<-": a pronoun's name, a spokesperson's employer), {@code with} those it adds
   * to ("+": a title's organisation, a story's country).
   */
  Code from(Code takenFrom, Code... with) {
    boolean p = person || takenFrom != null && takenFrom.person;
    boolean d = fromDictionary || takenFrom != null && takenFrom.takenOver();
    for (Code other : with) {
      if (other != null) {
        p |= other.person;
        d |= other.fromDictionary;
      }
    }
    return new Code(
        code, country, group, sector, matched, source, title, unlistedParty, origin, p, d);
  }

  /** Whether a code taken over from this one comes from a dictionary entry. */
  private boolean takenOver() {
    return origin == Origin.PHOENIX || fromDictionary;
  }

  /**
   * The Actor record; the basis says the kind of source: PERSON (a dated entry of people.tsv, also
   * through a short name), PHOENIX (the dictionaries or their overrides, also through a short
   * name), SENTENCE (a role read from the sentence), or the given one.
   */
  Actor actor(String basis) {
    if (person) {
      basis = "PERSON";
    } else if (origin == Origin.PHOENIX
        || origin == Origin.OVERRIDE
        || origin == Origin.NAME && fromDictionary) {
      basis = "PHOENIX";
    }
    return Actor.newBuilder()
        .setCode(code)
        .setCountry(country)
        .setGroup(group)
        .setSector(sector)
        .setMatched(matched)
        .setBasis(basis)
        .setSource(source)
        .build();
  }

  /** The same code with another sector ("GBR" + OPP), keeping country or group. */
  Code withSector(String newSector, String newSource) {
    String base = group != null ? group : country;
    String newCode = group != null ? group : (base == null ? "" : base) + newSector;
    return new Code(
        newCode,
        country,
        group,
        group != null ? sector : newSector,
        matched,
        newSource,
        title,
        unlistedParty,
        origin,
        person,
        fromDictionary);
  }
}
