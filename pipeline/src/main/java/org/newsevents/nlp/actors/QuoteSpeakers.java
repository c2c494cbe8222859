package org.newsevents.nlp.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsevents.records.ShallowCopies;
import org.newsevents.schema.Actor;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Span;
import org.newsevents.schema.Statement;

/**
 * The first person inside a direct quote is its speaker: an article's coded event records go in;
 * the same records come out with each "I", "me", "my", "myself" (as an AGENT, PATIENT, RECIPIENT,
 * speaker or addressee) that lies inside the quoted content of a statement whose speaker is named
 * or described (not a pronoun) and has a code given that speaker's code, replacing any code it had
 * ("'I will not stand down,' Mr Blair said": "I" is Mr Blair). "We", "us", "our" take it too: the
 * speaker's government, party or firm, which the speaker's code names ("'We will act,' the Home
 * Secretary said"). Of nested quotes the innermost decides. Other slots are not touched.
 */
final class QuoteSpeakers {

  private static final Set<String> FIRST_PERSON =
      Set.of("i", "me", "my", "myself", "mine", "we", "us", "our", "ourselves");

  /**
   * Speakers whose code is not passed on: a pronoun's code is a guess (without coreference the
   * nearest name, of either gender), and the first person ("I") is the speaker already.
   */
  private static final Set<String> PRONOUNS =
      Set.of("i", "me", "my", "he", "she", "it", "they", "we", "him", "her", "them", "us");

  /** A direct quote's content span and its speaker. */
  private record Quote(int begin, int end, Mention speaker) {}

  private QuoteSpeakers() {}

  static List<Event> recode(List<Event> events) {
    List<Quote> quotes = new ArrayList<>();
    for (Event event : events) {
      Statement s = event.getStatement();
      if (s != null
          && s.getDirect()
          && s.getContent() != null
          && s.getSpeaker() != null
          && s.getSpeaker().getActor() != null
          && !PRONOUNS.contains(s.getSpeaker().getText().strip().toLowerCase(Locale.ROOT))) {
        Span content = s.getContent();
        quotes.add(new Quote(content.getBegin(), content.getEnd(), s.getSpeaker()));
      }
    }
    if (quotes.isEmpty()) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event event : events) {
      Event coded = ShallowCopies.of(event);
      List<Argument> arguments = new ArrayList<>(event.getArguments().size());
      for (Argument a : event.getArguments()) {
        Actor actor = speakerOf(quotes, a.getText(), a.getBegin(), a.getEnd());
        arguments.add(actor == null ? a : Argument.newBuilder(a).setActor(actor).build());
      }
      coded.setArguments(arguments);
      Statement s = event.getStatement();
      if (s != null) {
        Statement statement = ShallowCopies.of(s);
        statement.setSpeaker(recoded(quotes, s.getSpeaker()));
        statement.setAddressee(recoded(quotes, s.getAddressee()));
        coded.setStatement(statement);
      }
      out.add(coded);
    }
    return out;
  }

  private static Mention recoded(List<Quote> quotes, Mention m) {
    if (m == null) {
      return null;
    }
    Actor actor = speakerOf(quotes, m.getText(), m.getBegin(), m.getEnd());
    return actor == null ? m : Mention.newBuilder(m).setActor(actor).build();
  }

  /** The speaker's actor for a first-person slot inside a quote, or null. */
  private static Actor speakerOf(List<Quote> quotes, String text, int begin, int end) {
    if (!isFirstPerson(text)) {
      return null;
    }
    Quote inner = null;
    for (Quote q : quotes) {
      if (begin >= q.begin()
          && end <= q.end()
          && (inner == null || q.end() - q.begin() < inner.end() - inner.begin())) {
        inner = q;
      }
    }
    if (inner == null) {
      return null;
    }
    Actor of = inner.speaker().getActor();
    return Actor.newBuilder(of)
        .setMatched(text.strip())
        .setBasis("SENTENCE")
        .setSource(
            "sentence:first person in the quote of '"
                + inner.speaker().getText()
                + "' <- "
                + of.getSource())
        .build();
  }

  /** "I", "me", "my": the speaker alone, who can be named ("we" may be the speaker's side). */
  private static final Set<String> FIRST_PERSON_SINGULAR =
      Set.of("i", "me", "my", "myself", "mine");

  /**
   * The same records with each "I", "me", "my", "myself", "mine" (AGENT, PATIENT, RECIPIENT, THEME,
   * speaker or addressee) that no coreference named and that lies inside the quoted content of a
   * statement whose speaker is a named person given that name as its canonical name ("'I pride
   * myself on it,' Mr Khodorkovsky said": "I" is Mikhail Khodorkovsky): the canonical name of a
   * speaker the NER tags a person, else its words, or the name a "he" or "she" speaker was resolved
   * to. Of nested quotes the innermost decides; a quote of any other speaker ("the American", "the
   * company", an unnamed "he") names nobody in it.
   */
  static List<Event> name(List<Event> events) {
    List<Quote> quotes = new ArrayList<>();
    for (Event event : events) {
      Statement s = event.getStatement();
      if (s != null && s.getDirect() && s.getContent() != null && s.getSpeaker() != null) {
        quotes.add(new Quote(s.getContent().getBegin(), s.getContent().getEnd(), s.getSpeaker()));
      }
    }
    if (quotes.isEmpty()) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event event : events) {
      Event named = ShallowCopies.of(event);
      List<Argument> arguments = new ArrayList<>(event.getArguments().size());
      for (Argument a : event.getArguments()) {
        String name =
            a.getCanonical() == null ? nameOf(quotes, a.getText(), a.getBegin(), a.getEnd()) : null;
        arguments.add(name == null ? a : Argument.newBuilder(a).setCanonical(name).build());
      }
      named.setArguments(arguments);
      Statement s = event.getStatement();
      if (s != null) {
        Statement statement = ShallowCopies.of(s);
        statement.setSpeaker(named(quotes, s.getSpeaker()));
        statement.setAddressee(named(quotes, s.getAddressee()));
        named.setStatement(statement);
      }
      out.add(named);
    }
    return out;
  }

  private static Mention named(List<Quote> quotes, Mention m) {
    if (m == null || m.getCanonical() != null) {
      return m;
    }
    String name = nameOf(quotes, m.getText(), m.getBegin(), m.getEnd());
    return name == null ? m : Mention.newBuilder(m).setCanonical(name).build();
  }

  /**
   * The name of the speaker of the innermost quote a singular first-person slot lies in, or null.
   */
  private static String nameOf(List<Quote> quotes, String text, int begin, int end) {
    if (text == null || !FIRST_PERSON_SINGULAR.contains(text.strip().toLowerCase(Locale.ROOT))) {
      return null;
    }
    Quote inner = null;
    for (Quote q : quotes) {
      if (begin >= q.begin()
          && end <= q.end()
          && (inner == null || q.end() - q.begin() < inner.end() - inner.begin())) {
        inner = q;
      }
    }
    if (inner == null) {
      return null;
    }
    Mention speaker = inner.speaker();
    String words = speaker.getText().strip().toLowerCase(Locale.ROOT);
    if ("PERSON".equals(speaker.getEntityType())) {
      return speaker.getCanonical() != null ? speaker.getCanonical() : speaker.getText().strip();
    }
    return words.equals("he") || words.equals("she") ? speaker.getCanonical() : null;
  }

  private static boolean isFirstPerson(String text) {
    return text != null && FIRST_PERSON.contains(text.strip().toLowerCase(Locale.ROOT));
  }
}
