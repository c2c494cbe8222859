package org.newsevents.nlp.actors;

import org.newsevents.nlp.knowledge.ActorGazetteer;

/**
 * Codes for the people of a story whom no dictionary knows: a nationality or country in the words
 * before the name with no title among them ("Tunisian Olfa Souayah": TUN, the country alone; a
 * capital is no nationality), and the story country of the dateline for a person whose code has no
 * country ("BERLIN — ... Rainer Wendt said": DEU; a sector read from a title stays: "coach X" in a
 * Houston-datelined story is USACVL). Each code says so in its source ("sentence:nationality",
 * "story-country:").
 */
final class LocalPeople {

  private LocalPeople() {}

  /** The country the words before a name give it (a country, demonym or capital), or null. */
  static Code nationality(String before, ActorGazetteer gazetteer) {
    if (before == null) {
      return null;
    }
    ActorGazetteer.Hit hit = gazetteer.find(before, null);
    String country = nationalCountry(hit);
    if (country == null) {
      return null;
    }
    return new Code(
        country,
        country,
        null,
        null,
        hit.matched(),
        "sentence:nationality '" + before + "' countries.tsv " + hit.matched());
  }

  /**
   * The country of a gazetteer hit that is a country's name or demonym, or null: a person, a group,
   * or a capital (a seat of government, "London", "Madrid": the home of a club or firm there).
   */
  static String nationalCountry(ActorGazetteer.Hit hit) {
    return hit == null
            || !hit.entry().kind().equals("COUNTRY")
            || "GOV".equals(hit.entry().sector())
        ? null
        : hit.entry().country();
  }

  /**
   * A named person's office code with the country of the article's offices (StoryCountry.ofOffices)
   * when the code has an office sector (GOV, LEG, OPP, JUD), no country or group, and a title that
   * is an office of state (office-titles.tsv: "minister", not "chairman"); any other code as it is.
   * Null offices: the code as it is.
   */
  static Code withOfficeCountry(Code code, StoryCountry.Evidence offices) {
    if (offices == null
        || code == null
        || code.country() != null
        || code.group() != null
        || !StoryCountry.OFFICE_SECTORS.contains(code.sector())
        || !StoryCountry.officeTitle(code.titleWords())) {
      return code;
    }
    return withStoryCountry(code, offices, code.matched());
  }

  /**
   * The code with the story's country added when it has none (no country, no group), or the code as
   * it is; a person with no code gets the country alone. Null story: the code as it is.
   */
  static Code withStoryCountry(Code code, StoryCountry.Evidence story, String name) {
    if (story == null || code != null && (code.country() != null || code.group() != null)) {
      return code;
    }
    String sector = code == null ? null : code.sector();
    String source =
        "story-country:"
            + story.country()
            + " "
            + story.kind()
            + " '"
            + story.dateline()
            + "'"
            + (code == null ? "" : " + " + code.source());
    return new Code(
            story.country() + (sector == null ? "" : sector),
            story.country(),
            null,
            sector,
            code == null ? name : code.matched(),
            source)
        .from(null, code);
  }
}
