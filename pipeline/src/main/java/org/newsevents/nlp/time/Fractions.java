package org.newsevents.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * Durations with a half ("2 1/2 years", "5 1/2 hours"): CoreNLP keeps "2 1/2" as one token and
 * HeidelTime reads its last digit with the unit ("2 years", P2Y). The whole number before the
 * fraction joins the span and the half its value: P2Y6M, PT5H30M; decades written by HeidelTime in
 * its own unit ("two decades", P2DE) are given in years as the TimeML corpora write them (P20Y).
 */
final class Fractions {

  /** A whole number and "1/" right before the expression ("2 1/" of "2 1/2 years"). */
  private static final Pattern WHOLE_AND_HALF = Pattern.compile("(\\d+)[\\s\\u00A0]+1/$");

  /** A duration of two units, as HeidelTime reads the "2" of "1/2". */
  private static final Pattern TWO_UNITS = Pattern.compile("^P(T?)2([YDHM])$");

  /** HeidelTime's decades ("P2DE"). */
  private static final Pattern DECADES = Pattern.compile("^P(\\d+)DE$");

  private Fractions() {}

  /** The mentions with each half-unit duration and each decade duration rewritten. */
  static List<Timexes.Mention> rewrite(AnnotatedText text, List<Timexes.Mention> mentions) {
    List<Timexes.Mention> out = new ArrayList<>();
    for (Timexes.Mention m : mentions) {
      out.add(rewrite(text, m));
    }
    return out;
  }

  private static Timexes.Mention rewrite(AnnotatedText text, Timexes.Mention m) {
    if (m.value() == null) {
      return m;
    }
    Matcher decades = DECADES.matcher(m.value());
    if (decades.matches()) {
      String years = "P" + Integer.parseInt(decades.group(1)) * 10 + "Y";
      return m.withValue(years);
    }
    Matcher two = TWO_UNITS.matcher(m.value());
    if (!two.matches()) {
      return m;
    }
    int from = Math.max(0, m.begin() - 12);
    Matcher whole = WHOLE_AND_HALF.matcher(text.body().substring(from, m.begin()));
    if (!whole.find()) {
      return m;
    }
    String n = whole.group(1);
    boolean time = !two.group(1).isEmpty();
    String value =
        switch (two.group(2)) {
          case "Y" -> "P" + n + "Y6M";
          case "D" -> "P" + n + "DT12H";
          case "H" -> "PT" + n + "H30M";
          default -> time ? "PT" + n + "M30S" : null; // "M" without T is months: left alone
        };
    if (value == null) {
      return m;
    }
    int begin = from + whole.start();
    return new Timexes.Mention(
        m.sentence(),
        m.start(),
        m.end(),
        begin,
        m.finish(),
        text.body().substring(begin, m.finish()),
        m.type(),
        value,
        m.anchor());
  }
}
