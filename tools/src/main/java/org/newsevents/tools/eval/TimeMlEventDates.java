package org.newsevents.tools.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsevents.tools.eval.TimeMlScorer.Mention;

/**
 * "The date each event happened" scored against TimeML TLINKs: a document's gold events and links
 * and our events (with their {@code date}, {@code source} and {@code mod} attributes) go in; counts
 * per outcome and the P/R/F1 of the event date come out.
 *
 * <p>The gold date of an event is the value of each time expression (a DATE or TIME in the text, or
 * the document creation time) that it is linked to as IS_INCLUDED, DURING, SIMULTANEOUS or IDENTITY
 * (read from the event's side, so "t2 INCLUDES e1" counts), when that value is a calendar value (it
 * starts with a four-digit year): an event may have several (the day and the DCT); ours is right
 * when it equals one of them exactly. The DCT counts at its day ("1999-06-07" for
 * "1999-06-07T19:00", as AQUAINT writes some): the article is published on that day, at no known
 * hour. An event with no such link but linked BEFORE, IBEFORE, AFTER or IAFTER the DCT has a gold
 * relation to the publication date and no date. Other events say nothing about their date and are
 * left out.
 *
 * <p>Each gold event with a gold date or DCT relation is matched to our event as the class F1
 * matches it ({@link TimeMlScorer#counterpart}: same span, else the largest overlap). The event
 * date's P/R/F1 counts gold events: gold = events with a gold date (missed triggers included);
 * predicted = matched events with a gold date or DCT relation to which we give a date, counting
 * either only our dates from the sentence ({@code source=SENTENCE}) or also the publication-date
 * fallback (its value, whatever its mod); correct = predicted events whose date is one of the gold
 * ones. A publication-date fallback with a mod (ON_OR_BEFORE for a past verb) is also counted as a
 * range: consistent or not with the gold dates or DCT relation ({@link #consistent}).
 */
final class TimeMlEventDates {

  /** The relations (event to time) that date an event. */
  static final Set<String> DATING = Set.of("IS_INCLUDED", "DURING", "SIMULTANEOUS", "IDENTITY");

  /** What the gold says of one event's time: its dates, else its relation to the DCT, or null. */
  record Gold(Set<String> dates, String dctRelation) {
    boolean dated() {
      return !dates.isEmpty();
    }
  }

  /** The outcomes of matched gold events, in the order printed. */
  static final List<String> OUTCOMES =
      List.of(
          "dated: ours from the sentence, equal",
          "dated: ours the publication date, equal",
          "dated: ours a range from the publication date, consistent",
          "dated: ours a range from the publication date, inconsistent",
          "dated: ours from the sentence, another value",
          "dated: ours the publication date, gold another date",
          "dated: ours none",
          "before/after DCT only: ours from the sentence",
          "before/after DCT only: ours a range from the publication date, consistent",
          "before/after DCT only: ours a range from the publication date, inconsistent",
          "before/after DCT only: ours the publication date",
          "before/after DCT only: ours none");

  private final Map<String, Long> outcomes = new LinkedHashMap<>();
  private long goldDated;
  private long goldRelationOnly;
  private long missedDated;
  private Prf sentence = Prf.ZERO;
  private Prf any = Prf.ZERO;
  private final List<String> errors = new ArrayList<>();

  TimeMlEventDates() {
    OUTCOMES.forEach(o -> outcomes.put(o, 0L));
  }

  /** The gold time of each event of the document that has one, by event id. */
  static Map<String, Gold> gold(TimeMlDocument doc) {
    Map<String, TimeMlDocument.Timex> times = new LinkedHashMap<>();
    doc.timexes().forEach(t -> times.put(t.tid(), t));
    TimeMlDocument.Timex dct = doc.dctTimex();
    if (dct != null && dct.tid() != null) {
      times.put(dct.tid(), dct);
    }
    Map<String, Set<String>> dates = new LinkedHashMap<>();
    Map<String, String> dctRelations = new LinkedHashMap<>();
    for (TimeMlDocument.TimeLink link : doc.timeLinks()) {
      TimeMlDocument.Timex time = times.get(link.tid());
      if (time == null || time.value() == null) {
        continue;
      }
      boolean isDct = time == dct;
      if (DATING.contains(link.relType())
          && (isDct || "DATE".equals(time.type()) || "TIME".equals(time.type()))
          && time.value().matches("\\d{4}.*")) {
        // The DCT at its day: the article is published on that day, at no known hour.
        String value =
            isDct && time.value().length() > 10 ? time.value().substring(0, 10) : time.value();
        dates.computeIfAbsent(link.eid(), e -> new LinkedHashSet<>()).add(value);
      } else if (isDct) {
        String relation =
            switch (link.relType()) {
              case "BEFORE", "IBEFORE" -> "BEFORE";
              case "AFTER", "IAFTER" -> "AFTER";
              default -> null;
            };
        if (relation != null) {
          dctRelations.putIfAbsent(link.eid(), relation);
        }
      }
    }
    Map<String, Gold> gold = new LinkedHashMap<>();
    for (TimeMlDocument.Event event : doc.events()) {
      Set<String> d = dates.get(event.eid());
      if (d != null) {
        gold.put(event.eid(), new Gold(d, null));
      } else if (dctRelations.containsKey(event.eid())) {
        gold.put(event.eid(), new Gold(Set.of(), dctRelations.get(event.eid())));
      }
    }
    return gold;
  }

  /** Adds one scored document (our events carry {@code date}, {@code source}, {@code mod}). */
  void add(EvalTimeMl.Scored scored) {
    TimeMlDocument doc = scored.doc();
    Map<String, Gold> gold = gold(doc);
    List<Mention> ours = TimeMlScorer.distinctSpans(scored.events());
    long predictedSentence = 0;
    long predictedAny = 0;
    long correctSentence = 0;
    long correctAny = 0;
    long dated = 0;
    for (TimeMlDocument.Event event : doc.events()) {
      Gold g = gold.get(event.eid());
      if (g == null) {
        continue;
      }
      if (g.dated()) {
        dated++;
        goldDated++;
      } else {
        goldRelationOnly++;
      }
      Mention match =
          TimeMlScorer.counterpart(Mention.of(event.begin(), event.end(), event.text()), ours);
      if (match == null) {
        if (g.dated()) {
          missedDated++;
        }
        continue;
      }
      boolean fromSentence = "SENTENCE".equals(match.attribute("source"));
      String date = match.attribute("date");
      String mod = match.attribute("mod");
      // The publication date with a mod: a range from it that the verb's tense gives.
      boolean range = !fromSentence && date != null && mod != null;
      boolean equal = date != null && g.dates().contains(date);
      if (date != null) {
        predictedAny++;
        correctAny += equal ? 1 : 0;
        if (fromSentence) {
          predictedSentence++;
          correctSentence += equal ? 1 : 0;
        }
      }
      String outcome;
      if (date == null) {
        outcome = g.dated() ? "dated: ours none" : "before/after DCT only: ours none";
      } else if (fromSentence) {
        outcome =
            !g.dated()
                ? "before/after DCT only: ours from the sentence"
                : equal
                    ? "dated: ours from the sentence, equal"
                    : "dated: ours from the sentence, another value";
      } else if (range) {
        outcome =
            (g.dated() ? "dated" : "before/after DCT only")
                + ": ours a range from the publication date, "
                + (consistent(g, date, mod) ? "consistent" : "inconsistent");
      } else {
        outcome =
            !g.dated()
                ? "before/after DCT only: ours the publication date"
                : equal
                    ? "dated: ours the publication date, equal"
                    : "dated: ours the publication date, gold another date";
      }
      outcomes.merge(outcome, 1L, Long::sum);
      if (!equal && !outcome.endsWith(", consistent")) {
        errors.add(errorRow(doc, event, g, match, outcome));
      }
    }
    sentence = sentence.plus(Prf.of(correctSentence, predictedSentence, dated));
    any = any.plus(Prf.of(correctAny, predictedAny, dated));
  }

  /**
   * Whether a range from the publication day ({@code mod} BEFORE, ON_OR_BEFORE, AFTER or
   * ON_OR_AFTER of {@code day}) holds for the gold: its DCT relation, or each gold date, compared
   * with the day on their common prefix ("1998-08" is before "1998-09-02"; a date inside the day or
   * the day inside it is the day). A gold date that is no year, month, day or time is never
   * consistent.
   */
  static boolean consistent(Gold gold, String day, String mod) {
    if (!gold.dated()) {
      return mod.endsWith(gold.dctRelation());
    }
    for (String date : gold.dates()) {
      if (!date.matches("\\d{4}(-\\d{2}(-\\d{2}(T.*)?)?)?")) {
        return false;
      }
      int n = Math.min(10, Math.min(date.length(), day.length()));
      int order = date.substring(0, n).compareTo(day.substring(0, n));
      boolean holds =
          switch (mod) {
            case "BEFORE" -> order < 0;
            case "ON_OR_BEFORE" -> order <= 0;
            case "AFTER" -> order > 0;
            case "ON_OR_AFTER" -> order >= 0;
            default -> false;
          };
      if (!holds) {
        return false;
      }
    }
    return true;
  }

  /** Adds the counts of another tally. */
  void addAll(TimeMlEventDates other) {
    other.outcomes.forEach((o, n) -> outcomes.merge(o, n, Long::sum));
    goldDated += other.goldDated;
    goldRelationOnly += other.goldRelationOnly;
    missedDated += other.missedDated;
    sentence = sentence.plus(other.sentence);
    any = any.plus(other.any);
    errors.addAll(other.errors);
  }

  /** The event date counted over our dates from the sentence only. */
  Prf sentence() {
    return sentence;
  }

  /** The event date counted over all our dates, the publication-date fallback included. */
  Prf any() {
    return any;
  }

  Map<String, Long> outcomes() {
    return outcomes;
  }

  /** Every matched gold event whose date we got wrong, as TSV rows (outcome first). */
  List<String> errors() {
    return errors;
  }

  /** The outcome counts, as printed under the CV tables. */
  String table() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "event dates against the TLINKs: %d gold events with a gold date (%d of them missed"
                + " as events), %d linked only before/after the DCT; matched events by outcome:%n",
            goldDated,
            missedDated,
            goldRelationOnly));
    outcomes.forEach((o, n) -> out.append(String.format(Locale.ROOT, "  %-62s %6d%n", o, n)));
    return out.toString();
  }

  private static String errorRow(
      TimeMlDocument doc, TimeMlDocument.Event event, Gold g, Mention match, String outcome) {
    String text = doc.text();
    String context =
        text.substring(Math.max(0, event.begin() - 100), event.begin())
            + "[["
            + event.text()
            + "]]"
            + text.substring(event.end(), Math.min(text.length(), event.end() + 80));
    return String.join(
        "\t",
        outcome,
        doc.docId(),
        doc.dct(),
        event.text(),
        g.dated() ? String.join("|", g.dates()) : g.dctRelation() + " DCT",
        String.valueOf(match.attribute("date")),
        String.valueOf(match.attribute("source")),
        String.valueOf(match.attribute("mod")),
        String.valueOf(match.attribute("timex")),
        context.replaceAll("\\s+", " "));
  }
}
