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
 * Secretary said"). A singular first person that no coreference named also takes the speaker's name
 * as its canonical name when the speaker is a named person ("'I pride myself on it,' Mr
 * Khodorkovsky said": "I" is Mikhail Khodorkovsky): the canonical name of a speaker the NER tags a
 * person, else its words, or the name a "he" or "she" speaker was resolved to; a quote of any other
 * speaker ("the American", "the company", an unnamed "he") names nobody in it. Of nested quotes the
 * innermost decides. Other slots are not touched.
 */
final class QuoteSpeakers {

  private static final Set<String> FIRST_PERSON =
      Set.of("i", "me", "my", "myself", "mine", "we", "us", "our", "ourselves");

  /** "I", "me", "my": the speaker alone, who can be named ("we" may be the speaker's side). */
  private static final Set<String> FIRST_PERSON_SINGULAR =
      Set.of("i", "me", "my", "myself", "mine");

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
    List<Quote> coding = new ArrayList<>(); // quotes whose speaker's code is passed on
    List<Quote> naming = new ArrayList<>(); // every direct quote: its speaker may name its "I"
    for (Event event : events) {
      Statement s = event.getStatement();
      if (s != null && s.getDirect() && s.getContent() != null && s.getSpeaker() != null) {
        Span content = s.getContent();
        Quote quote = new Quote(content.getBegin(), content.getEnd(), s.getSpeaker());
        naming.add(quote);
        if (s.getSpeaker().getActor() != null
            && !PRONOUNS.contains(s.getSpeaker().getText().strip().toLowerCase(Locale.ROOT))) {
          coding.add(quote);
        }
      }
    }
    if (naming.isEmpty()) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event event : events) {
      Event coded = ShallowCopies.of(event);
      List<Argument> arguments = new ArrayList<>(event.getArguments().size());
      for (Argument a : event.getArguments()) {
        Actor actor = speakerOf(coding, a.getText(), a.getBegin(), a.getEnd());
        String name =
            a.getCanonical() == null ? nameOf(naming, a.getText(), a.getBegin(), a.getEnd()) : null;
        if (actor == null && name == null) {
          arguments.add(a);
          continue;
        }
        Argument.Builder b = Argument.newBuilder(a);
        if (actor != null) {
          b.setActor(actor);
        }
        if (name != null) {
          b.setCanonical(name);
        }
        arguments.add(b.build());
      }
      coded.setArguments(arguments);
      Statement s = event.getStatement();
      if (s != null) {
        Statement statement = ShallowCopies.of(s);
        statement.setSpeaker(recoded(coding, naming, s.getSpeaker()));
        statement.setAddressee(recoded(coding, naming, s.getAddressee()));
        coded.setStatement(statement);
      }
      out.add(coded);
    }
    return out;
  }

  private static Mention recoded(List<Quote> coding, List<Quote> naming, Mention m) {
    if (m == null) {
      return null;
    }
    Actor actor = speakerOf(coding, m.getText(), m.getBegin(), m.getEnd());
    String name =
        m.getCanonical() == null ? nameOf(naming, m.getText(), m.getBegin(), m.getEnd()) : null;
    if (actor == null && name == null) {
      return m;
    }
    Mention.Builder b = Mention.newBuilder(m);
    if (actor != null) {
      b.setActor(actor);
    }
    if (name != null) {
      b.setCanonical(name);
    }
    return b.build();
  }

  /** The speaker's actor for a first-person slot inside a quote, or null. */
  private static Actor speakerOf(List<Quote> quotes, String text, int begin, int end) {
    Quote inner = isFirstPerson(text, FIRST_PERSON) ? innermost(quotes, begin, end) : null;
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

  /**
   * The name of the speaker of the innermost quote a singular first-person slot lies in, or null.
   */
  private static String nameOf(List<Quote> quotes, String text, int begin, int end) {
    Quote inner = isFirstPerson(text, FIRST_PERSON_SINGULAR) ? innermost(quotes, begin, end) : null;
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

  /** The shortest quote that holds [begin, end), or null. */
  private static Quote innermost(List<Quote> quotes, int begin, int end) {
    Quote inner = null;
    for (Quote q : quotes) {
      if (begin >= q.begin()
          && end <= q.end()
          && (inner == null || q.end() - q.begin() < inner.end() - inner.begin())) {
        inner = q;
      }
    }
    return inner;
  }

  private static boolean isFirstPerson(String text, Set<String> words) {
    return text != null && words.contains(text.strip().toLowerCase(Locale.ROOT));
  }
}
