package org.newsevents.nlp.actors;

import org.newsevents.schema.Actor;

/** An actor code with its parts and where it came from (the Actor record's fields). */
record Code(
    String code, String country, String group, String sector, String matched, String source) {

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
        newCode, country, group, group != null ? sector : newSector, matched, newSource);
  }
}
