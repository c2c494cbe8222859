package org.newsevents.nlp.actors;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsevents.nlp.knowledge.ActorGazetteer;
import org.newsevents.nlp.knowledge.phoenix.PhoenixActors;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.text.Coreference;
import org.newsevents.nlp.text.WholeWords;
import org.newsevents.records.Roles;
import org.newsevents.records.ShallowCopies;
import org.newsevents.schema.Actor;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Statement;

/**
 * Actor codes for the participants of events: an article's event records go in; the same records
 * come out with an {@link Actor} on each AGENT, PATIENT and RECIPIENT argument and on each speaker
 * and addressee that the gazetteers know. The phrase as written is tried first, then its canonical
 * name, then the other mentions of the same entity ("Mr Kerry" -> "Secretary of State John Kerry").
 */
public final class ActorCodes {

  private static final Set<String> ACTOR_ROLES =
      Set.of(Roles.AGENT, Roles.PATIENT, Roles.RECIPIENT);
  private static final Set<String> PRONOUNS =
      Set.of("i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** An "of" phrase after the head: "the people of Syria". */
  private static final Pattern OF_AFTER = Pattern.compile("(?s)\\s+of\\s.*");

  private final ActorGazetteer gazetteer;
  private final PhoenixCodes phoenix;
  private final RoleReader roles;

  public ActorCodes(ActorGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.phoenix = new PhoenixCodes(PhoenixActors.standard(), gazetteer);
    this.roles = new RoleReader(gazetteer, phoenix, Parties.standard(), Titles.standard());
  }

  /** The records with actor codes added; nothing else changes. */
  public List<Event> code(
      List<Event> events, AnnotatedText text, Coreference coreference, LocalDate published) {
    return code(events, text, coreference, published, null);
  }

  /**
   * The records with actor codes added, for an article published at a URL (null: none): the
   * outlet's country is evidence of the story's country (StoryCountry.ofOutlet).
   */
  public List<Event> code(
      List<Event> events,
      AnnotatedText text,
      Coreference coreference,
      LocalDate published,
      String url) {
    // Short acronyms need the article's support (codebook rule 15): per-article views.
    ActorGazetteer gazetteer = this.gazetteer.forArticle(text.body());
    PhoenixCodes phoenix = this.phoenix.forArticle(gazetteer, text.body());
    RoleReader roles =
        gazetteer == this.gazetteer && phoenix == this.phoenix
            ? this.roles
            : this.roles.forArticle(gazetteer, phoenix);
    ArticleNames names = new ArticleNames(text, published, gazetteer, phoenix, roles, url);
    SentenceSlots slots = new SentenceSlots(text, names, roles, published);
    List<Event> out = new ArrayList<>(events.size());
    for (Event event : events) {
      Event coded = ShallowCopies.of(event);
      List<Argument> arguments = new ArrayList<>(event.getArguments().size());
      for (Argument argument : event.getArguments()) {
        if (ACTOR_ROLES.contains(argument.getRole())) {
          boolean named = isNamed(argument.getText(), argument.getEntityType());
          List<String> others =
              named
                  ? otherMentions(text, coreference, argument.getBegin(), argument.getEnd())
                  : List.of();
          Actor fromSentence =
              slots.actor(
                  argument.getBegin(),
                  argument.getEnd(),
                  argument.getText(),
                  others.isEmpty(),
                  argument.getCanonical());
          String phrase = upToHead(argument.getText(), argument.getHead());
          String canonical = named ? argument.getCanonical() : null;
          String entityType = argument.getEntityType();
          String described =
              argument.getCanonical() == null && described(fromSentence)
                  ? slots.referentName(argument.getBegin(), argument.getEnd())
                  : null;
          argument = ShallowCopies.of(argument);
          if (described != null) { // "the company": the name of the actor it refers to
            argument.setCanonical(described);
          }
          argument.setActor(
              choose(
                  fromSentence,
                  () ->
                      actor(phrase, canonical, others, published, gazetteer, phoenix, entityType)));
        }
        arguments.add(argument);
      }
      coded.setArguments(arguments);
      Statement statement = event.getStatement();
      if (statement != null) {
        Statement codedStatement = ShallowCopies.of(statement);
        codedStatement.setSpeaker(
            coded(statement.getSpeaker(), text, coreference, published, slots, gazetteer, phoenix));
        codedStatement.setAddressee(
            coded(
                statement.getAddressee(), text, coreference, published, slots, gazetteer, phoenix));
        coded.setStatement(codedStatement);
      }
      out.add(coded);
    }
    return QuoteSpeakers.recode(DefiniteDescriptions.standard().sameHead(out, text, gazetteer));
  }

  private Mention coded(
      Mention mention,
      AnnotatedText text,
      Coreference coreference,
      LocalDate published,
      SentenceSlots slots,
      ActorGazetteer gazetteer,
      PhoenixCodes phoenix) {
    if (mention == null) {
      return null;
    }
    boolean named = isNamed(mention.getText(), mention.getEntityType());
    List<String> others =
        named ? otherMentions(text, coreference, mention.getBegin(), mention.getEnd()) : List.of();
    Actor fromSentence =
        slots.actor(
            mention.getBegin(),
            mention.getEnd(),
            mention.getText(),
            others.isEmpty(),
            mention.getCanonical());
    String canonical = named ? mention.getCanonical() : null;
    Mention coded = ShallowCopies.of(mention);
    if (mention.getCanonical() == null && described(fromSentence)) { // "the company": its name
      coded.setCanonical(slots.referentName(mention.getBegin(), mention.getEnd()));
    }
    coded.setActor(
        choose(
            fromSentence,
            () ->
                actor(
                    mention.getText(),
                    canonical,
                    others,
                    published,
                    gazetteer,
                    phoenix,
                    mention.getEntityType())));
    return coded;
  }

  /** Whether a code is a definite description's, taken from the actor it refers to. */
  private static boolean described(Actor fromSentence) {
    return fromSentence != null
        && fromSentence.getSource() != null
        && fromSentence.getSource().startsWith("sentence:definite");
  }

  /**
   * The sentence's code, else the gazetteers'; a story's country guessed for a person (dateline,
   * outlet) yields to a code with a country that the slot's own words give ("Mayor of London Sadiq
   * Khan" GBRGOV, not the story's GBR).
   */
  private static Actor choose(Actor fromSentence, java.util.function.Supplier<Actor> gazetteers) {
    if (fromSentence != null
        && (fromSentence.getSource() == null
            || !fromSentence.getSource().startsWith("story-country:"))) {
      return fromSentence;
    }
    Actor own = gazetteers.get();
    return fromSentence == null || own != null && own.getCountry() != null ? own : fromSentence;
  }

  /** The actor of a participant, or null when no source names a country, group or sector. */
  Actor actor(String written, String canonical, List<String> others, LocalDate published) {
    return actor(written, canonical, others, published, gazetteer, phoenix, null);
  }

  /** The same, for a participant of the given entity type (PERSON: see {@link #inName}). */
  Actor actor(
      String written,
      String canonical,
      List<String> others,
      LocalDate published,
      String entityType) {
    return actor(written, canonical, others, published, gazetteer, phoenix, entityType);
  }

  private static Actor actor(
      String written,
      String canonical,
      List<String> others,
      LocalDate published,
      ActorGazetteer gazetteer,
      PhoenixCodes phoenix,
      String entityType) {
    written = WHITESPACE.matcher(written).replaceAll(" ");
    String surname = "PERSON".equals(entityType) ? lastWord(written) : null;
    ActorGazetteer.Hit hit = gazetteer.find(written, published);
    String basis = "TEXT";
    String found = written;
    if (hit == null && canonical != null) {
      hit = gazetteer.find(canonical, published);
      basis = "CANONICAL";
      found = canonical;
    }
    for (int i = 0; hit == null && i < others.size(); i++) {
      hit = gazetteer.find(others.get(i), published);
      basis = "COREFERENCE";
      found = others.get(i);
    }
    ActorGazetteer.SectorHit sector = inName(gazetteer, written, surname);
    String sectorBasis = "TEXT";
    for (int i = 0; sector == null && i < others.size(); i++) {
      sector = inName(gazetteer, others.get(i), surname); // "Secretary of State John Kerry": GOV
      sectorBasis = "COREFERENCE";
    }
    if (hit == null || hit.entry().kind().equals("COUNTRY") && sector == null) {
      Code dictionary = phoenix.find(written, published);
      if (dictionary == null && canonical != null) {
        dictionary = phoenix.find(canonical, published);
      }
      for (int i = 0; dictionary == null && i < others.size(); i++) {
        dictionary = phoenix.find(others.get(i), published);
      }
      if (dictionary != null
          && (hit == null || hit.begin() >= written.indexOf(dictionary.matched()))) {
        return dictionary.actor("PHOENIX");
      }
    }
    if (hit == null && sector == null) {
      return null;
    }
    ActorGazetteer.Entry entry = hit == null ? null : hit.entry();
    // A group's own sector outranks a title ("UN Secretary General" stays IGO).
    String sectorCode =
        entry != null && entry.sector() != null && entry.group() != null
            ? entry.sector()
            : sector != null ? sector.sector() : entry.sector();
    if (sector == null && inLongerName(entityType, entry, hit, found)) {
      sectorCode = null; // "Real Madrid", "the Paris Club": a capital in a name is a home, no state
    }
    String code;
    if (entry == null) {
      code = sectorCode;
    } else if (entry.group() != null) {
      code = entry.group(); // a group's code already says what it is ("IGOUNO")
    } else {
      code = entry.country() + (sectorCode == null ? "" : sectorCode);
    }
    return Actor.newBuilder()
        .setCode(code)
        .setCountry(entry == null ? null : entry.country())
        .setGroup(entry == null ? null : entry.group())
        .setSector(sectorCode)
        .setMatched(matched(hit, sector))
        .setBasis(hit == null ? sectorBasis : entry.kind().equals("PERSON") ? "PERSON" : basis)
        .setSource(source(hit, sector, published))
        .build();
  }

  /**
   * Whether a country's capital or seat of government (countries.tsv, GOV) is found inside a longer
   * organisation name ("Real Madrid", "the Paris Club", "Lloyds of London"): the organisation's
   * home, not the state ("the Kremlin", "the White House", named alone, stay GOV).
   */
  private static boolean inLongerName(
      String entityType, ActorGazetteer.Entry entry, ActorGazetteer.Hit hit, String found) {
    return "ORGANIZATION".equals(entityType)
        && entry != null
        && entry.kind().equals("COUNTRY")
        && "GOV".equals(entry.sector())
        && !WHITESPACE
            .matcher(found.strip())
            .replaceAll(" ")
            .replaceFirst("^(?i)(the|an?) ", "")
            .equals(hit.matched());
  }

  /**
   * The sector word of a mention, not counting a person's surname: a word of sectors.tsv that ends
   * a person's name is part of the name ("Mr King", "Paul King": no GOV), not a role word.
   */
  private static ActorGazetteer.SectorHit inName(
      ActorGazetteer gazetteer, String mention, String surname) {
    String words = WHITESPACE.matcher(mention.strip()).replaceAll(" ");
    if (surname != null
        && words.endsWith(surname)
        && (words.length() == surname.length()
            || words.charAt(words.length() - surname.length() - 1) == ' ')) {
      words = words.substring(0, words.length() - surname.length());
    }
    return gazetteer.sector(words);
  }

  /**
   * The last word of a mention that is a name and nothing else, every word capitalised ("King" of
   * "Mr King"), or null: "Grant Wilson of Mellon Bank" ends with an organisation, not a surname.
   */
  private static String lastWord(String name) {
    String stripped = name.strip();
    for (String word : WHITESPACE.split(stripped)) {
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
        return null;
      }
    }
    return stripped.substring(stripped.lastIndexOf(' ') + 1);
  }

  private static String source(
      ActorGazetteer.Hit hit, ActorGazetteer.SectorHit sector, LocalDate published) {
    String words = sector == null ? "" : " + sectors.tsv '" + sector.matched() + "'";
    if (hit == null) {
      return "gazetteer:sectors.tsv '" + sector.matched() + "'";
    }
    ActorGazetteer.Entry e = hit.entry();
    String file =
        switch (e.kind()) {
          case "PERSON" -> "people.tsv";
          case "GROUP" -> "groups.tsv";
          default -> "countries.tsv";
        };
    String dates =
        e.from() == null && e.to() == null
            ? ""
            : " " + e.from() + ".." + e.to() + (published == null ? " (undated)" : "");
    return "gazetteer:" + file + " '" + hit.matched() + "'" + dates + words;
  }

  private static String matched(ActorGazetteer.Hit hit, ActorGazetteer.SectorHit sector) {
    if (hit == null) {
      return sector.matched();
    }
    if (sector == null || hit.matched().contains(sector.matched())) {
      return hit.matched();
    }
    return hit.matched() + " + " + sector.matched(); // two matches, perhaps from two mentions
  }

  /**
   * Only a name or a pronoun takes the code of its canonical name or its other mentions: "the
   * conflict" must not become Syria because coreference linked it to "the conflict in Syria".
   */
  private static boolean isNamed(String written, String entityType) {
    String word = WHITESPACE.matcher(written.strip()).replaceAll(" ");
    return entityType != null || PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The phrase through its head, and an "of" phrase after it: "a solution to the conflict in Syria"
   * is no Syrian actor, "the people of Syria" is.
   */
  static String upToHead(String phrase, String head) {
    if (head == null) {
      return phrase;
    }
    int at = WholeWords.indexOf(phrase, head);
    if (at < 0) {
      return phrase;
    }
    int end = at + head.length();
    return OF_AFTER.matcher(phrase.substring(end)).matches() ? phrase : phrase.substring(0, end);
  }

  /** The texts of the other mentions in the coreference chain of the phrase's last word. */
  private static List<String> otherMentions(
      AnnotatedText text, Coreference coreference, int begin, int end) {
    int sentence = text.sentenceAt(begin);
    if (sentence < 0) {
      return List.of();
    }
    List<CoreLabel> tokens = text.tokens(sentence);
    int head = -1;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      if (token.beginPosition() >= begin && token.endPosition() <= end) {
        head = i;
      }
    }
    return head < 0 ? List.of() : coreference.sameEntity(sentence, head);
  }
}
