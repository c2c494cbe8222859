package org.newsevents.tools.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.tools.eval.TimeMlScorer.Mention;

/**
 * Every TIMEX value error of one normalizer on one document, as tab-separated rows for error
 * analysis ({@code eval-timeml --folds=K --timex-errors=FILE}): a gold expression whose counterpart
 * has another value ({@code wrong}), a gold expression with no counterpart ({@code missed}), and
 * one of ours that overlaps no gold expression ({@code spurious}); each with the document's
 * creation date, both sides' text, type and value, a pattern group and the sentence.
 */
final class TimexErrors {

  /** The header of the file. */
  static final String HEADER =
      "normalizer\tfile\tdct\tkind\tgroup\tgold_text\tgold_type\tgold_value\tour_text\tour_type"
          + "\tour_value\tsentence";

  private TimexErrors() {}

  /** The error rows of one document under one normalizer. */
  static List<String> rows(
      String normalizer,
      Path file,
      LocalDate dct,
      AnnotatedText text,
      List<Mention> gold,
      List<Mention> ours) {
    List<String> rows = new ArrayList<>();
    for (Mention g : TimeMlScorer.distinctSpans(gold)) {
      Mention o = TimeMlScorer.counterpart(g, ours);
      if (o != null
          && g.attribute("value") != null
          && g.attribute("value").equals(o.attribute("value"))) {
        continue;
      }
      String kind = o == null ? "missed" : "wrong";
      rows.add(row(normalizer, file, dct, kind, text, g, o));
    }
    for (Mention o : TimeMlScorer.distinctSpans(ours)) {
      if (TimeMlScorer.counterpart(o, gold) == null) {
        rows.add(row(normalizer, file, dct, "spurious", text, null, o));
      }
    }
    return rows;
  }

  /**
   * The pattern group of an error: the gold type with the shape of each value ("DATE 2013-08 vs
   * 2012-08" is {@code DATE:year}, a duration for a date {@code DATE:duration}).
   */
  static String group(String goldType, String goldValue, String ourValue) {
    if (goldValue == null) {
      return "spurious:" + shape(ourValue);
    }
    if (ourValue == null) {
      return goldType + ":missed";
    }
    String gs = shape(goldValue);
    String os = shape(ourValue);
    if (!gs.equals(os)) {
      return goldType + ":" + gs + "->" + os;
    }
    if (gs.equals("day") || gs.equals("month") || gs.equals("time")) {
      if (!goldValue.substring(0, 4).equals(ourValue.substring(0, 4))) {
        return goldType + ":" + gs + ":year";
      }
      return goldType + ":" + gs + ":other";
    }
    return goldType + ":" + gs + ":other";
  }

  /** The shape of a TIMEX3 value: day, month, year, week, decade, time, duration, ref, ... */
  static String shape(String value) {
    if (value == null) {
      return "none";
    }
    if (value.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
      return "time";
    }
    if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return "day";
    }
    if (value.matches("\\d{4}-\\d{2}")) {
      return "month";
    }
    if (value.matches("\\d{4}-W\\d+(-WE)?")) {
      return "week";
    }
    if (value.matches("\\d{4}-(Q\\d|H\\d|SP|SU|FA|WI)")) {
      return "part-of-year";
    }
    if (value.matches("\\d{4}")) {
      return "year";
    }
    if (value.matches("\\d{3}X?")) {
      return "decade";
    }
    if (value.matches("\\d{2}(XX)?")) {
      return "century";
    }
    if (value.endsWith("_REF")) {
      return "ref";
    }
    if (value.startsWith("P")) {
      return "duration";
    }
    if (value.startsWith("XXXX")) {
      return "undated";
    }
    return "other";
  }

  private static String row(
      String normalizer,
      Path file,
      LocalDate dct,
      String kind,
      AnnotatedText text,
      Mention gold,
      Mention ours) {
    Mention any = gold == null ? ours : gold;
    int sentence = text.sentenceAt(any.begin());
    String context = sentence < 0 ? "" : text.sentenceText(sentence);
    String goldType = gold == null ? "" : gold.attribute("type");
    return String.join(
        "\t",
        normalizer,
        file.getFileName().toString(),
        String.valueOf(dct),
        kind,
        group(
            goldType,
            gold == null ? null : gold.attribute("value"),
            ours == null ? null : ours.attribute("value")),
        gold == null ? "" : clean(gold.text()),
        goldType,
        gold == null ? "" : String.valueOf(gold.attribute("value")),
        ours == null ? "" : clean(ours.text()),
        ours == null ? "" : String.valueOf(ours.attribute("type")),
        ours == null ? "" : String.valueOf(ours.attribute("value")),
        clean(context));
  }

  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  /** Writes the rows and returns a summary: error counts by normalizer, kind and group. */
  static String write(Path file, List<String> rows) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.addAll(rows);
    Files.write(file, lines, StandardCharsets.UTF_8);
    Map<String, Integer> counts = new TreeMap<>();
    for (String row : rows) {
      String[] cells = row.split("\t", -1);
      counts.merge(cells[0] + " " + cells[3] + " " + cells[4], 1, Integer::sum);
    }
    StringBuilder out = new StringBuilder();
    out.append("TIMEX errors (" + rows.size() + " rows) written to " + file + "; by group:\n");
    counts.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .forEach(
            e -> out.append(String.format(Locale.ROOT, "  %5d %s%n", e.getValue(), e.getKey())));
    return out.toString();
  }
}
