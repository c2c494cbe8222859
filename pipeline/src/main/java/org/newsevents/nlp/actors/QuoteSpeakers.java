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

  private static boolean isFirstPerson(String text) {
    return text != null && FIRST_PERSON.contains(text.strip().toLowerCase(Locale.ROOT));
  }
}
