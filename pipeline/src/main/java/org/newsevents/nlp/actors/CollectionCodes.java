package org.newsevents.nlp.actors;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsevents.records.Roles;
import org.newsevents.records.ShallowCopies;
import org.newsevents.schema.Actor;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Statement;

/**
 * A name's country as the rest of the collection gives it: a person or organisation that one
 * article codes with a country ("England's Jonny Wilkinson", "Labour MP Robert Marshall-Andrews")
 * and another names with none ("Wilkinson said", "he said") gets the country the articles of the
 * run agree on, with basis {@code COLLECTION} and a source that names the votes. The per-article
 * coders know only their article; this is the one place where articles inform each other, so that a
 * collection's actors are coded alike.
 *
 * <p>Who votes: an actor slot (speaker, addressee, AGENT, PATIENT, RECIPIENT) whose name is a
 * person's full name (two words or more, also through a pronoun's canonical name; a peer's title
 * and one name, "Lord Falconer", as written in the slot) or an organisation's name (not a short
 * acronym: "FSA" names different bodies, codebook rule 15), and whose code has a country that is
 * not the story's country ({@code story-country:}: a guess from the article, not a fact about the
 * name) and not itself shared. Each article votes once per name and code. A name is shared when at
 * least {@link #AGREEMENT} of its article votes name one country; a slot that has a sector of its
 * own keeps it (its article's role for the person: "Committee chairman" LEG where another article
 * codes the same MP OPP), and a slot with none takes the sector when as many of that country's
 * votes agree on one. Only slots with no country and no group are filled.
 */
public final class CollectionCodes {

  /** The share of a name's article votes its country needs. */
  public static final double AGREEMENT = 0.75;

  /** The basis of a shared code. */
  public static final String BASIS = "COLLECTION";

  /** Roles whose argument carries an actor code. */
  private static final Set<String> CODED_ROLES =
      Set.of(Roles.AGENT, Roles.PATIENT, Roles.RECIPIENT);

  private static final Set<String> PERSONAL_PRONOUNS =
      Set.of("he", "she", "him", "her", "his", "himself", "herself");

  private static final Pattern SHORT_ACRONYM = Pattern.compile("[A-Z][A-Z&.]{1,5}");

  /**
   * A peer named by title and one name at the end of a mention ("Lord Falconer", "the Lord
   * Chancellor, Lord Falconer", "Baroness Scotland").
   */
  private static final Pattern PEER =
      Pattern.compile("(?<!\\S)(Lord|Lady|Baroness|Baron|Viscount|Earl)\\s+(\\S+)$");

  private CollectionCodes() {}

  /** One article's vote: a name, the article, and the country and sector it codes the name with. */
  public record Vote(String name, String docId, String country, String sector)
      implements Serializable {}

  /**
   * The code a name gets from the collection: its country, its sector or null, the articles that
   * voted for this country, all articles that voted, and the first voting article by doc id.
   */
  public record Shared(
      String name, String country, String sector, int articles, int voters, String example)
      implements Serializable {

    String code() {
      return country + (sector == null ? "" : sector);
    }
  }

  /**
   * The key of a slot's name, or null when the name cannot be shared: "p:" and the canonical name
   * (a peer's title and name when the slot reads "Lord Falconer" of the canonical "Falconer") in
   * lower case for a person (its entity type, or a personal pronoun with a canonical name), "o:"
   * for an organisation.
   */
  static String key(String text, String canonical, String entityType) {
    if (canonical == null || canonical.isBlank()) {
      return null;
    }
    String name = canonical.trim().replaceAll("\\s+", " ");
    boolean pronoun = text != null && PERSONAL_PRONOUNS.contains(text.toLowerCase(Locale.ROOT));
    if ("PERSON".equals(entityType) || entityType == null && pronoun) {
      if (name.indexOf(' ') < 0) {
        // "Lord Falconer": a peer's title and name is one person's, the NER's "Falconer" is not
        java.util.regex.Matcher peer = PEER.matcher(text == null ? "" : text.strip());
        return peer.find() && peer.group(2).equals(name)
            ? "p:" + (peer.group(1) + " " + name).toLowerCase(Locale.ROOT)
            : null;
      }
      return "p:" + name.toLowerCase(Locale.ROOT);
    }
    if ("ORGANIZATION".equals(entityType)) {
      return SHORT_ACRONYM.matcher(name).matches() ? null : "o:" + name.toLowerCase(Locale.ROOT);
    }
    return null;
  }

  /** The votes an event's actor slots cast, one per slot that has a shareable name and country. */
  public static List<Vote> votes(Event event) {
    List<Vote> votes = new ArrayList<>();
    Statement statement = event.getStatement();
    if (statement != null) {
      addVote(votes, event.getDocId(), statement.getSpeaker());
      addVote(votes, event.getDocId(), statement.getAddressee());
    }
    for (Argument argument : event.getArguments()) {
      if (CODED_ROLES.contains(argument.getRole())) {
        addVote(
            votes,
            event.getDocId(),
            key(argument.getText(), argument.getCanonical(), argument.getEntityType()),
            argument.getActor());
      }
    }
    return votes;
  }

  private static void addVote(List<Vote> votes, String docId, Mention mention) {
    if (mention != null) {
      addVote(
          votes,
          docId,
          key(mention.getText(), mention.getCanonical(), mention.getEntityType()),
          mention.getActor());
    }
  }

  private static void addVote(List<Vote> votes, String docId, String key, Actor actor) {
    if (key == null || actor == null || actor.getCountry() == null) {
      return;
    }
    String source = actor.getSource() == null ? "" : actor.getSource();
    if (source.startsWith("story-country:") || BASIS.equals(actor.getBasis())) {
      return;
    }
    votes.add(new Vote(key, docId, actor.getCountry(), actor.getSector()));
  }

  /**
   * The code the collection gives a name from its votes (repeated votes of one article for one code
   * count once), or null when fewer than {@link #AGREEMENT} of the article votes agree on a
   * country. The result does not depend on the order of the votes.
   */
  public static Shared decide(String name, Collection<Vote> votes) {
    Map<String, Set<String>> byCountry = new TreeMap<>();
    Map<String, Map<String, Set<String>>> bySector = new TreeMap<>();
    Set<String> voters = new TreeSet<>();
    for (Vote vote : votes) {
      byCountry.computeIfAbsent(vote.country(), c -> new TreeSet<>()).add(vote.docId());
      bySector
          .computeIfAbsent(vote.country(), c -> new TreeMap<>())
          .computeIfAbsent(vote.sector() == null ? "" : vote.sector(), s -> new TreeSet<>())
          .add(vote.docId());
      voters.add(vote.docId());
    }
    int total = byCountry.values().stream().mapToInt(Set::size).sum();
    String country = null;
    int best = 0;
    for (Map.Entry<String, Set<String>> entry : byCountry.entrySet()) {
      if (entry.getValue().size() > best) {
        country = entry.getKey();
        best = entry.getValue().size();
      }
    }
    if (country == null || best < AGREEMENT * total) {
      return null;
    }
    Map<String, Set<String>> sectors = bySector.get(country);
    int sectorVotes = sectors.values().stream().mapToInt(Set::size).sum();
    String sector = null;
    for (Map.Entry<String, Set<String>> entry : sectors.entrySet()) {
      if (entry.getValue().size() >= AGREEMENT * sectorVotes && !entry.getKey().isEmpty()) {
        sector = entry.getKey();
      }
    }
    return new Shared(
        name, country, sector, best, voters.size(), byCountry.get(country).iterator().next());
  }

  /**
   * The event with every actor slot that has a shared name and no country or group coded as the
   * collection codes it; the event itself when no slot changes.
   */
  public static Event fill(Event event, Map<String, Shared> shared) {
    if (shared.isEmpty()) {
      return event;
    }
    boolean changed = false;
    Statement statement = event.getStatement();
    Statement newStatement = statement;
    if (statement != null) {
      Mention speaker = filled(statement.getSpeaker(), shared);
      Mention addressee = filled(statement.getAddressee(), shared);
      if (speaker != statement.getSpeaker() || addressee != statement.getAddressee()) {
        newStatement = ShallowCopies.of(statement);
        newStatement.setSpeaker(speaker);
        newStatement.setAddressee(addressee);
        changed = true;
      }
    }
    List<Argument> arguments = new ArrayList<>(event.getArguments().size());
    for (Argument argument : event.getArguments()) {
      Argument filled = argument;
      if (CODED_ROLES.contains(argument.getRole())) {
        Actor actor =
            sharedActor(
                argument.getText(),
                argument.getCanonical(),
                argument.getEntityType(),
                argument.getActor(),
                shared);
        if (actor != null) {
          filled = ShallowCopies.of(argument);
          filled.setActor(actor);
          changed = true;
        }
      }
      arguments.add(filled);
    }
    if (!changed) {
      return event;
    }
    Event copy = ShallowCopies.of(event);
    copy.setStatement(newStatement);
    copy.setArguments(arguments);
    return copy;
  }

  private static Mention filled(Mention mention, Map<String, Shared> shared) {
    if (mention == null) {
      return null;
    }
    Actor actor =
        sharedActor(
            mention.getText(),
            mention.getCanonical(),
            mention.getEntityType(),
            mention.getActor(),
            shared);
    if (actor == null) {
      return mention;
    }
    Mention copy = ShallowCopies.of(mention);
    copy.setActor(actor);
    return copy;
  }

  /**
   * Whether the collection could code one of the event's slots: a shareable name with no country.
   */
  public static boolean fillable(Event event) {
    Statement statement = event.getStatement();
    if (statement != null
        && (fillable(statement.getSpeaker()) || fillable(statement.getAddressee()))) {
      return true;
    }
    for (Argument argument : event.getArguments()) {
      if (CODED_ROLES.contains(argument.getRole())
          && fillable(
              argument.getText(),
              argument.getCanonical(),
              argument.getEntityType(),
              argument.getActor())) {
        return true;
      }
    }
    return false;
  }

  private static boolean fillable(Mention mention) {
    return mention != null
        && fillable(
            mention.getText(), mention.getCanonical(), mention.getEntityType(), mention.getActor());
  }

  private static boolean fillable(String text, String canonical, String entityType, Actor own) {
    return (own == null || own.getCountry() == null && own.getGroup() == null)
        && key(text, canonical, entityType) != null;
  }

  /** The collection's code for a slot, or null when the slot keeps its own. */
  static Actor sharedActor(
      String text, String canonical, String entityType, Actor own, Map<String, Shared> shared) {
    if (!fillable(text, canonical, entityType, own)) {
      return null;
    }
    Shared code = shared.get(key(text, canonical, entityType));
    if (code == null) {
      return null;
    }
    String sector = own != null && own.getSector() != null ? own.getSector() : code.sector();
    String source =
        String.format(
            Locale.ROOT,
            "collection:'%s' %s in %d of %d articles (e.g. %s)",
            canonical.trim(),
            code.code(),
            code.articles(),
            code.voters(),
            code.example());
    return Actor.newBuilder()
        .setCode(code.country() + (sector == null ? "" : sector))
        .setCountry(code.country())
        .setGroup(null)
        .setSector(sector)
        .setMatched(text)
        .setBasis(BASIS)
        .setSource(
            own == null || own.getSource() == null ? source : source + " + " + own.getSource())
        .build();
  }
}
