package org.newsevents.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * Values HeidelTime gives some phrases that the TimeML guidelines value otherwise:
 *
 * <ul>
 *   <li>"a couple of years" is two years (P2Y), not an unspecified number (HeidelTime's PXY);
 *   <li>"the last week" / "the past week" (not "last week", and not "the last week of June") is the
 *       seven days up to the writing: the publication date's week, where HeidelTime gives the week
 *       before it;
 *   <li>"each Thursday", "every Monday", "Tuesdays", "Tuesday nights" recur: SET {@code XXXX-WXX-4}
 *       (with the part of day: {@code XXXX-WXX-2TNI}), not the nearest such day.
 * </ul>
 */
final class PhraseValues {

  /** "a couple of" a unit, with HeidelTime's unspecified number. */
  private static final Pattern COUPLE = Pattern.compile("(?i)\\bcouple\\b");

  private static final Pattern UNSPECIFIED = Pattern.compile("^P(T?)X([A-Z]+)$");

  /** The seven days up to the writing. */
  private static final Pattern THE_LAST_WEEK =
      Pattern.compile("(?i)^the\\s+(?:last|past)\\s+week$");

  /** A week value. */
  private static final Pattern WEEK_VALUE = Pattern.compile("^\\d{4}-W\\d{2}$");

  /** A recurring weekday: "each Thursday", "every Monday night", "Tuesdays", "Tuesday nights". */
  private static final Pattern RECURRING_WEEKDAY =
      Pattern.compile(
          "(?i)^(?:(?:each|every)\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
              + "(?:\\s+(morning|afternoon|evening|night))?"
              + "|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s"
              + "|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
              + "\\s+(morning|afternoon|evening|night)s)$");

  private PhraseValues() {}

  /** The mentions with each of these phrases revalued. */
  static List<Timexes.Mention> rewrite(
      AnnotatedText text, LocalDate published, List<Timexes.Mention> mentions) {
    List<Timexes.Mention> out = new ArrayList<>();
    for (Timexes.Mention m : mentions) {
      out.add(rewrite(text, published, m));
    }
    return out;
  }

  private static Timexes.Mention rewrite(
      AnnotatedText text, LocalDate published, Timexes.Mention m) {
    if (m.value() == null) {
      return m;
    }
    String surface = m.text().strip();
    Matcher unspecified = UNSPECIFIED.matcher(m.value());
    if (COUPLE.matcher(surface).find() && unspecified.matches()) {
      return m.withValue("P" + unspecified.group(1) + "2" + unspecified.group(2));
    }
    if (THE_LAST_WEEK.matcher(surface).matches()
        && WEEK_VALUE.matcher(m.value()).matches()
        && !text.body().startsWith(" of ", m.finish())) {
      return m.withValue(
          String.format(
              Locale.ROOT,
              "%d-W%02d",
              published.get(IsoFields.WEEK_BASED_YEAR),
              published.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    }
    Matcher recurring = RECURRING_WEEKDAY.matcher(surface);
    if (recurring.matches()) {
      String day = first(recurring.group(1), recurring.group(3), recurring.group(4));
      String part = first(recurring.group(2), recurring.group(5));
      int number = DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)).getValue();
      return m.withValue("SET", "XXXX-WXX-" + number + (part == null ? "" : partOfDay(part)));
    }
    return m;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String partOfDay(String part) {
    return switch (part.toLowerCase(Locale.ROOT)) {
      case "morning" -> "TMO";
      case "afternoon" -> "TAF";
      case "evening" -> "TEV";
      default -> "TNI";
    };
  }
}
