package org.newsevents.nlp.actors;

import org.newsevents.schema.Actor;

/**
 * An actor code with its parts and where it came from (the Actor record's fields), and two facts
 * the coders use that the Actor record does not carry (in memory only): {@code title}, the words of
 * the title the code was read under when they are not {@code matched} (a short name's code: "Mr
 * Leigh" as "Committee chairman Edward Leigh"; null: {@code matched} itself), and {@code
 * unlistedParty}, whether the code is the country of a party that governing-parties.tsv does not
 * list, so that whether it governs is unknown ("the Israeli Labor Party": ISR).
 */
record Code(
    String code,
    String country,
    String group,
    String sector,
    String matched,
    String source,
    String title,
    boolean unlistedParty) {

  /** A code with no title of its own (its matched words are its title) and no unlisted party. */
  Code(String code, String country, String group, String sector, String matched, String source) {
    this(code, country, group, sector, matched, source, null, false);
  }

  /** The words of the title the code was read under: {@code title}, else {@code matched}. */
  String titleWords() {
    return title != null ? title : matched;
  }

  /** The same code for a short name or another mention of its name, read under its title. */
  Code as(String name, String newSource) {
    return new Code(code, country, group, sector, name, newSource, matched, false);
  }

  /**
   * The Actor record; the basis says the kind of source: PERSON (a dated entry of people.tsv, also
   * through a short name), PHOENIX (the dictionaries or their overrides), SENTENCE (a role read
   * from the sentence), or the given one.
   */
  Actor actor(String basis) {
    if (source != null && source.contains("people.tsv")) {
      basis = "PERSON";
    } else if (source != null
        && (source.startsWith("phoenix:")
            || source.startsWith("override:")
            || source.startsWith("name:") && source.contains("<- phoenix:"))) {
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
        unlistedParty);
  }
}
