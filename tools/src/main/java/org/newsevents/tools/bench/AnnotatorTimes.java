package org.newsevents.tools.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CoreNLP's accumulated time per annotator, read from {@code StanfordCoreNLP.timingInformation()}:
 * the text goes in; seconds per annotator come out, and the difference of two readings gives one
 * stretch of work.
 */
final class AnnotatorTimes {

  // "NERCombinerAnnotator: 49.1 sec." — CoreNLP's format; the TOTAL line is left out.
  private static final Pattern LINE = Pattern.compile("^(\\w+Annotator): ([0-9.]+) sec\\.$");

  private AnnotatorTimes() {}

  static Map<String, Double> parse(String timingInformation) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    for (String line : timingInformation.split("\\R")) {
      Matcher m = LINE.matcher(line.strip());
      if (m.matches()) {
        seconds.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
      }
    }
    return seconds;
  }

  /** {@code after - before} per key of {@code after} (a key missing before counts as 0). */
  static Map<String, Double> difference(Map<String, Double> after, Map<String, Double> before) {
    Map<String, Double> diff = new LinkedHashMap<>();
    after.forEach((name, value) -> diff.put(name, value - before.getOrDefault(name, 0.0)));
    return diff;
  }
}
