package org.newsevents.tools.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsevents.tools.eval.TimeMlScorer.Mention;
import org.newsevents.tools.eval.TimeMlScorer.Result;

/**
 * The running totals of a TimeML evaluation: scored documents go in; micro-averaged scores,
 * per-class counts and the most frequent errors come out as a text table or a JSON report.
 */
public final class TimeMlTally {

  static final List<String> EVENT_ATTRIBUTES = List.of("class");
  static final List<String> TIMEX_ATTRIBUTES = List.of("type", "value");

  private Result events = Result.empty(EVENT_ATTRIBUTES);
  private Result timexes = Result.empty(TIMEX_ATTRIBUTES);
  private int documents;
  private int skippedTimexes;
  private final Map<String, long[]> classes = new TreeMap<>();
  private final TimeMlErrorCounts missedEvents = new TimeMlErrorCounts();
  private final TimeMlErrorCounts spuriousEvents = new TimeMlErrorCounts();
  private final TimeMlErrorCounts wrongValues = new TimeMlErrorCounts();
  private final TimeMlErrorCounts wrongClasses = new TimeMlErrorCounts();
  private final TimeMlErrorCounts wrongClassLemmas = new TimeMlErrorCounts();
  private final TimeMlErrorCounts missedTimexes = new TimeMlErrorCounts();
  private final TimeMlErrorCounts spuriousTimexes = new TimeMlErrorCounts();
  private final List<Map<String, Object>> perDocument = new ArrayList<>();
  private final Map<String, String> failures = new LinkedHashMap<>();
  private final TimeMlEventDates dates = new TimeMlEventDates();

  // Columns of the per-class counts.
  private static final int GOLD = 0;
  private static final int MATCHED = 1;
  private static final int SAME_CLASS = 2;
  private static final int PREDICTED = 3;
  private static final int PREDICTED_CORRECT = 4;

  /** The gold EVENTs of a document as mentions with their class. */
  static List<Mention> goldEvents(TimeMlDocument doc) {
    List<Mention> gold = new ArrayList<>();
    doc.events()
        .forEach(e -> gold.add(Mention.of(e.begin(), e.end(), e.text(), "class", e.timemlClass())));
    return gold;
  }

  /** Adds one document's scores and errors. */
  public void add(EvalTimeMl.Scored scored) {
    TimeMlDocument doc = scored.doc();
    List<Mention> goldEvents = goldEvents(doc);
    List<Mention> goldTimexes = new ArrayList<>();
    doc.timexes()
        .forEach(
            t ->
                goldTimexes.add(
                    Mention.of(
                        t.begin(), t.end(), t.text(), "type", t.type(), "value", t.value())));
    Result docEvents = TimeMlScorer.score(goldEvents, scored.events(), EVENT_ATTRIBUTES);
    Result docTimexes = TimeMlScorer.score(goldTimexes, scored.timexes(), TIMEX_ATTRIBUTES);
    events = events.plus(docEvents);
    timexes = timexes.plus(docTimexes);
    documents++;
    skippedTimexes += scored.skippedTimexes();

    List<Mention> ours = TimeMlScorer.distinctSpans(scored.events());
    for (Mention gold : goldEvents) {
      Mention match = TimeMlScorer.counterpart(gold, ours);
      long[] row = classRow(gold.attribute("class"));
      row[GOLD]++;
      if (match == null) {
        missedEvents.add(lemmas(gold, scored.lemmas()), gold.text());
      } else {
        row[MATCHED]++;
        if (gold.attribute("class").equals(match.attribute("class"))) {
          row[SAME_CLASS]++;
        } else {
          String pair = gold.attribute("class") + " vs " + match.attribute("class");
          String lemma = lemmas(gold, scored.lemmas());
          wrongClasses.add(pair, lemma);
          wrongClassLemmas.add(pair + "  " + lemma, gold.text());
        }
      }
    }
    for (Mention our : ours) {
      Mention match = TimeMlScorer.counterpart(our, goldEvents);
      long[] row = classRow(our.attribute("class"));
      row[PREDICTED]++;
      if (match == null) {
        String lemma = our.attribute("lemma");
        spuriousEvents.add(lemma == null ? our.text().toLowerCase(Locale.ROOT) : lemma, our.text());
      } else if (match.attribute("class").equals(our.attribute("class"))) {
        row[PREDICTED_CORRECT]++;
      }
    }
    for (Mention gold : goldTimexes) {
      Mention match = TimeMlScorer.counterpart(gold, scored.timexes());
      if (match == null) {
        missedTimexes.add(gold.text().toLowerCase(Locale.ROOT), gold.attribute("value"));
      } else if (!String.valueOf(gold.attribute("value")).equals(match.attribute("value"))) {
        wrongValues.add(
            gold.attribute("value") + " vs " + match.attribute("value"),
            "\"" + gold.text() + "\"/\"" + match.text() + "\"");
      }
    }
    for (Mention our : scored.timexes()) {
      if (TimeMlScorer.counterpart(our, goldTimexes) == null) {
        spuriousTimexes.add(our.text().toLowerCase(Locale.ROOT), our.attribute("value"));
      }
    }
    dates.add(scored);
    perDocument.add(documentEntry(doc, docEvents, docTimexes));
  }

  /** Records a document that could not be read or analyzed. */
  public void fail(String file, String error) {
    failures.put(file, error);
  }

  public Result events() {
    return events;
  }

  public Result timexes() {
    return timexes;
  }

  public int documents() {
    return documents;
  }

  public Map<String, String> failures() {
    return failures;
  }

  /** The table printed by the command. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "documents %d (failed %d)   gold events %d   predicted events %d   gold timexes %d"
                + "   predicted timexes %d (null values skipped %d)%n%n",
            documents,
            failures.size(),
            events.strict().gold(),
            events.strict().system(),
            timexes.strict().gold(),
            timexes.strict().system(),
            skippedTimexes));
    out.append(String.format("%-22s %7s %7s %7s   %s%n", "measure", "P", "R", "F1", "counts"));
    row(out, "event strict", events.strict());
    row(out, "event relaxed", events.relaxed());
    row(out, "event class", events.attribute("class"));
    row(out, "timex strict", timexes.strict());
    row(out, "timex relaxed", timexes.relaxed());
    row(out, "timex type", timexes.attribute("type"));
    row(out, "timex value", timexes.attribute("value"));
    row(out, "event date sentence", dates.sentence());
    row(out, "event date any", dates.any());
    out.append(
        String.format(
            "%n%-12s %6s %8s %10s %10s %12s%n",
            "class", "gold", "matched", "same-class", "predicted", "pred-correct"));
    classes.forEach(
        (name, r) ->
            out.append(
                String.format(
                    "%-12s %6d %8d %10d %10d %12d%n",
                    name, r[GOLD], r[MATCHED], r[SAME_CLASS], r[PREDICTED], r[PREDICTED_CORRECT])));
    out.append('\n').append(dates.table());
    section(out, "missed gold events by lemma (top 25)", missedEvents, 25);
    section(out, "false-positive triggers by lemma (top 25)", spuriousEvents, 25);
    section(out, "wrong event classes, gold vs ours (top 15)", wrongClasses, 15);
    section(out, "wrong event classes by lemma (top 25)", wrongClassLemmas, 25);
    section(out, "wrong timex values, gold vs ours (top 15)", wrongValues, 15);
    section(out, "missed gold timexes (top 15)", missedTimexes, 15);
    section(out, "false-positive timexes (top 15)", spuriousTimexes, 15);
    if (!failures.isEmpty()) {
      out.append(String.format("%nfailures%n"));
      failures.forEach(
          (file, error) -> out.append("  ").append(file).append(": ").append(error).append('\n'));
    }
    return out.toString();
  }

  /** Writes the totals, per-class counts, errors and per-document scores as JSON. */
  public void writeJson(Path file) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("documents", documents);
    json.put("failures", failures);
    json.put("skipped_null_value_timexes", skippedTimexes);
    json.put("events", resultJson(events));
    json.put("timexes", resultJson(timexes));
    Map<String, Object> byClass = new LinkedHashMap<>();
    classes.forEach(
        (name, r) ->
            byClass.put(
                name,
                Map.of(
                    "gold", r[GOLD],
                    "matched", r[MATCHED],
                    "same_class", r[SAME_CLASS],
                    "predicted", r[PREDICTED],
                    "predicted_correct", r[PREDICTED_CORRECT])));
    json.put("classes", byClass);
    json.put("missed_events", missedEvents.top(100));
    json.put("false_positive_events", spuriousEvents.top(100));
    json.put("wrong_event_classes", wrongClasses.top(100));
    json.put("wrong_event_classes_by_lemma", wrongClassLemmas.top(100));
    json.put("wrong_timex_values", wrongValues.top(100));
    json.put("missed_timexes", missedTimexes.top(100));
    json.put("false_positive_timexes", spuriousTimexes.top(100));
    json.put("per_document", perDocument);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
  }

  private long[] classRow(String name) {
    return classes.computeIfAbsent(name == null ? "(none)" : name, k -> new long[5]);
  }

  /** The lemmas of the tokens that start inside a gold span, else its lower-cased text. */
  private static String lemmas(Mention gold, Map<Integer, String> lemmas) {
    List<String> found = new ArrayList<>();
    for (int i = gold.begin(); i < gold.end(); i++) {
      String lemma = lemmas.get(i);
      if (lemma != null) {
        found.add(lemma.toLowerCase(Locale.ROOT));
      }
    }
    return found.isEmpty() ? gold.text().toLowerCase(Locale.ROOT) : String.join(" ", found);
  }

  private static void row(StringBuilder out, String name, Prf c) {
    out.append(
        String.format(
            "%-22s %7.4f %7.4f %7.4f   sys %d/%d, gold %d/%d%n",
            name,
            c.precision(),
            c.recall(),
            c.f1(),
            c.systemCorrect(),
            c.system(),
            c.goldCorrect(),
            c.gold()));
  }

  private static void section(StringBuilder out, String title, TimeMlErrorCounts counts, int n) {
    out.append(String.format("%n%s%n", title));
    for (TimeMlErrorCounts.Entry e : counts.top(n)) {
      out.append(String.format("  %5d  %-40s e.g. %s%n", e.count(), e.key(), e.example()));
    }
  }

  private static Map<String, Object> resultJson(Result result) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("strict", result.strict().json());
    json.put("relaxed", result.relaxed().json());
    result.attributes().forEach((name, counts) -> json.put(name, counts.json()));
    return json;
  }

  private static Map<String, Object> documentEntry(
      TimeMlDocument doc, Result docEvents, Result docTimexes) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("doc_id", doc.docId());
    json.put("dct", doc.dct());
    json.put("events", resultJson(docEvents));
    json.put("timexes", resultJson(docTimexes));
    return json;
  }
}
