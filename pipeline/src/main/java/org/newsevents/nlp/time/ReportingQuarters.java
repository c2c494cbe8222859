package org.newsevents.nlp.time;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * The quarter a results report is about, and the periods compared with it: "the quarter", "the
 * latest period" and "a year earlier" in earnings news. HeidelTime resolves such an expression
 * against the last quarter mentioned before it, which is often the comparison period itself ("$6.6
 * million in the quarter compared with $361.8 million a year ago" after another "a year ago":
 * 1988-Q3 for the quarter, 1987-Q3 for the year before it, in an article of October 1989), and it
 * leaves "year-earlier" and "the latest period" untagged.
 *
 * <p>The reported quarter at a point of the text is the last quarter named with its ordinal before
 * it ("third-quarter profit", "the fourth quarter"), not a compared one ("the year-earlier third
 * quarter", "the 1988 second quarter"); before any, the last quarter completed before the
 * publication date. Then:
 *
 * <ul>
 *   <li>"the quarter", "this quarter", "the latest quarter" are the reported quarter;
 *   <li>"a year ago", "a year earlier" with a quarter as their value are the reported quarter a
 *       year back; with a year as their value, "ago" counts from the publication date and "earlier"
 *       from the last date named before it that is not itself such a comparison;
 *   <li>"year-ago" and "year-earlier" (with "the ... period/quarter" when it follows) are added:
 *       the reported quarter a year back when the text has spoken of a quarter, else the year
 *       before the publication year; "the latest period" is added as the reported quarter when it
 *       has.
 * </ul>
 *
 * Only the text and the publication date are read, so the values are the same in any order.
 */
final class ReportingQuarters {

  /** A quarter named by its ordinal. */
  private static final Pattern NAMED_QUARTER =
      Pattern.compile("(?i)\\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\\b");

  /** A quarter value. */
  private static final Pattern QUARTER_VALUE = Pattern.compile("^(\\d{4})-Q([1-4])$");

  /** A value that begins with a year. */
  private static final Pattern YEAR_VALUE = Pattern.compile("^(\\d{4})(.*)$");

  /** A year HeidelTime left unknown ("a year ago" as XXXX). */
  private static final Pattern UNKNOWN_YEAR = Pattern.compile("^XXXX$");

  /** An expression that compares with the period a year before. */
  private static final Pattern COMPARISON =
      Pattern.compile(
          "(?i)\\b(?:(?:a|one) year (?:ago|earlier|before)|year-(?:ago|earlier)"
              + "|(?:last|prior|previous) year)\\b");

  /** "a year ago" / "a year earlier" as the whole expression. */
  private static final Pattern YEAR_BACK =
      Pattern.compile("(?i)^(?:a|one) year (ago|earlier|before)$");

  /** The reported quarter named anaphorically. */
  private static final Pattern THE_QUARTER =
      Pattern.compile("(?i)^(?:the|this)\\s+(?:latest\\s+|most recent\\s+)?quarter$");

  /** A reporting period longer than a quarter. */
  private static final Pattern LONGER_PERIOD =
      Pattern.compile(
          "(?i)\\b(?:(?:six|nine|12|twelve)[- ]months?|first half|(?:fiscal )?year to date"
              + "|year-to-date)\\b");

  /** "the 1988 quarter" as HeidelTime tags it. */
  private static final Pattern THE_YEAR_PERIOD =
      Pattern.compile("(?i)^the\\s+\\d{4}\\s+(?:period|quarter)$");

  /** A year written in the expression. */
  private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b(\\d{4})\\b");

  /** "year-ago", "the year-earlier period", "the comparable year-ago quarter". */
  private static final Pattern YEAR_AGO_ADDITION =
      Pattern.compile(
          "(?i)\\bthe\\s+(?:comparable\\s+)?year-(?:ago|earlier)\\s+(?:period|quarter)\\b"
              + "|\\byear-(?:ago|earlier)\\b");

  /** "the latest period". */
  private static final Pattern LATEST_PERIOD =
      Pattern.compile("(?i)\\bthe\\s+(?:latest|most recent)\\s+period\\b");

  private ReportingQuarters() {}

  /** A quarter: its year and number. */
  private record Quarter(int year, int number) {
    Quarter yearBefore() {
      return new Quarter(year - 1, number);
    }

    String value() {
      return String.format("%04d-Q%d", year, number);
    }

    /** Whether the quarter has ended by the date. */
    boolean completedBy(LocalDate date) {
      return !LocalDate.of(year, number * 3, 1).plusMonths(1).isAfter(date);
    }

    /** The last quarter completed before the date. */
    static Quarter before(LocalDate date) {
      int number = (date.getMonthValue() - 1) / 3;
      return number == 0 ? new Quarter(date.getYear() - 1, 4) : new Quarter(date.getYear(), number);
    }
  }

  /** The mentions (in textual order) with the reporting periods resolved and added. */
  static List<Timexes.Mention> resolve(
      AnnotatedText text, LocalDate published, List<Timexes.Mention> mentions) {
    List<Timexes.Mention> out = new ArrayList<>(additions(text, mentions));
    out.sort(
        Comparator.comparingInt(Timexes.Mention::begin).thenComparingInt(Timexes.Mention::finish));
    Quarter reported = Quarter.before(published);
    boolean quarterSpoken = false;
    Integer lastYear = null; // the year of the last date named that is no comparison
    for (int i = 0; i < out.size(); i++) {
      Timexes.Mention m = out.get(i);
      String value = m.value();
      if (value == null) {
        continue;
      }
      String surface = m.text().strip();
      Matcher quarter = QUARTER_VALUE.matcher(value);
      Matcher back = YEAR_BACK.matcher(surface);
      Matcher year = YEAR_VALUE.matcher(value);
      // The period a year before the reported quarter: the quarter, or the year when the
      // sentence reports a longer period ("For the nine months, ... a year earlier").
      String yearBefore =
          yearLong(text, m) ? String.valueOf(reported.year() - 1) : reported.yearBefore().value();
      String resolved = value;
      Timexes.Mention period = quarterSpoken ? yearPeriod(text, m) : null;
      if (period != null) {
        // "the 1988 period", "the 1988 quarter": that year's quarter of the report.
        m = period;
        String named = period.text().replaceAll("\\D", "");
        resolved = yearLong(text, m) ? named : named + "-Q" + reported.number();
      } else if (PENDING_YEAR_AGO.equals(value)) {
        resolved = quarterSpoken ? yearBefore : String.valueOf(published.getYear() - 1);
      } else if (PENDING_LATEST.equals(value)) {
        if (!quarterSpoken) {
          out.remove(i--); // "the latest period" of a text that reports no quarter
          continue;
        }
        resolved = reported.value();
      } else if (THE_QUARTER.matcher(surface).matches() && quarter.matches()) {
        resolved = reported.value();
      } else if (back.matches() && quarter.matches()) {
        resolved = yearBefore;
      } else if (back.matches() && (year.matches() || UNKNOWN_YEAR.matcher(value).matches())) {
        // "ago" counts from the writing; "earlier" from the last date named, not from another
        // comparison ("a year earlier" after "a year ago" is not two years back).
        int from =
            back.group(1).equalsIgnoreCase("ago") || lastYear == null
                ? published.getYear()
                : lastYear;
        resolved = String.format("%04d", from - 1) + (year.matches() ? year.group(2) : "");
      }
      if (!resolved.equals(value)) {
        m = m.withValue(resolved);
        out.set(i, m);
      }
      boolean named = NAMED_QUARTER.matcher(surface).find();
      if (named || QUARTER_VALUE.matcher(m.value()).matches()) {
        quarterSpoken = true;
      }
      if (COMPARISON.matcher(surface).find()) {
        continue;
      }
      Matcher namedValue = QUARTER_VALUE.matcher(m.value());
      Matcher written = YEAR_IN_TEXT.matcher(surface);
      boolean olderYear =
          written.find() && Integer.parseInt(written.group(1)) < published.getYear();
      if (named && namedValue.matches() && !olderYear) {
        Quarter q =
            new Quarter(
                Integer.parseInt(namedValue.group(1)), Integer.parseInt(namedValue.group(2)));
        if (q.completedBy(published)) {
          reported = q; // "expects fourth-quarter earnings to fall" reports nothing yet
        }
      }
      Matcher calendar = YEAR_VALUE.matcher(m.value());
      if (calendar.matches() && m.isCalendarValue()) {
        lastYear = Integer.parseInt(calendar.group(1));
      }
    }
    return out;
  }

  /**
   * "the 1988 period" or "the 1988 quarter" as one expression (HeidelTime tags the year alone, or
   * reads "1988 quarter" as a duration), else null.
   */
  private static Timexes.Mention yearPeriod(AnnotatedText text, Timexes.Mention m) {
    String surface = m.text().strip();
    if (THE_YEAR_PERIOD.matcher(surface).matches()) {
      return m;
    }
    if (!surface.matches("\\d{4}")) {
      return null;
    }
    List<CoreLabel> tokens = text.tokens(m.sentence());
    if (m.start() < 1
        || m.end() >= tokens.size()
        || !tokens.get(m.start() - 1).word().equalsIgnoreCase("the")
        || !tokens.get(m.end()).word().matches("(?i)period|quarter")) {
      return null;
    }
    int begin = tokens.get(m.start() - 1).beginPosition();
    int finish = tokens.get(m.end()).endPosition();
    return new Timexes.Mention(
        m.sentence(),
        m.start() - 1,
        m.end() + 1,
        begin,
        finish,
        text.body().substring(begin, finish),
        "DATE",
        m.value(),
        m.anchor());
  }

  /**
   * Whether the sentence reports a period longer than a quarter ("For the nine months, ... a year
   * earlier"): what it compares with is the year before, not its quarter.
   */
  private static boolean yearLong(AnnotatedText text, Timexes.Mention m) {
    return LONGER_PERIOD.matcher(text.sentenceText(m.sentence())).find();
  }

  /** The placeholder values of the additions, resolved in the pass over the text. */
  private static final String PENDING_YEAR_AGO = "PENDING_YEAR_AGO";

  private static final String PENDING_LATEST = "PENDING_LATEST";

  /** "year-earlier", "the year-ago period" and "the latest period", where nothing overlaps. */
  private static List<Timexes.Mention> additions(
      AnnotatedText text, List<Timexes.Mention> mentions) {
    List<Timexes.Mention> out = new ArrayList<>(mentions);
    for (int s = 0; s < text.sentenceCount(); s++) {
      List<CoreLabel> tokens = text.tokens(s);
      int offset = tokens.get(0).beginPosition();
      String sentence = text.body().substring(offset, tokens.get(tokens.size() - 1).endPosition());
      add(text, s, tokens, offset, YEAR_AGO_ADDITION.matcher(sentence), PENDING_YEAR_AGO, out);
      add(text, s, tokens, offset, LATEST_PERIOD.matcher(sentence), PENDING_LATEST, out);
    }
    return out;
  }

  private static void add(
      AnnotatedText text,
      int s,
      List<CoreLabel> tokens,
      int offset,
      Matcher m,
      String value,
      List<Timexes.Mention> out) {
    while (m.find()) {
      int begin = offset + m.start();
      int finish = offset + m.end();
      int start = -1;
      int end = -1;
      for (int t = 0; t < tokens.size(); t++) {
        if (tokens.get(t).beginPosition() == begin) {
          start = t;
        }
        if (tokens.get(t).endPosition() == finish) {
          end = t + 1;
        }
      }
      if (start < 0 || end < 0 || overlapsAny(begin, finish, out)) {
        continue;
      }
      out.add(
          new Timexes.Mention(
              s,
              start,
              end,
              begin,
              finish,
              text.body().substring(begin, finish),
              "DATE",
              value,
              Timexes.anchorIndex(text.basic(s), start, end)));
    }
  }

  private static boolean overlapsAny(int begin, int finish, List<Timexes.Mention> mentions) {
    for (Timexes.Mention m : mentions) {
      if (begin < m.finish() && m.begin() < finish) {
        return true;
      }
    }
    return false;
  }
}
