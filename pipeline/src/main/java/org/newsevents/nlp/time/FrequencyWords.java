package org.newsevents.nlp.time;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * Frequency words ("daily", "weekly", "hourly") as SET time expressions with their period as
 * value ({@code timex-frequencies.tsv}): HeidelTime's English rules leave them untagged. A word written with a capital inside a sentence is part of a name ("the
 * Daily News") and is left alone.
 */
final class FrequencyWords {

  private static final Map<String, String> VALUES = load();

  private FrequencyWords() {}

  private static Map<String, String> load() {
    Map<String, String> values = new HashMap<>();
    for (String[] row : Lexicons.rows("newsevents/lexicons/timex-frequencies.tsv", 2)) {
      values.put(row[0], row[1]);
    }
    return Map.copyOf(values);
  }

  /**
   * The mentions with every frequency word a SET expression: a mention of the word alone takes the
   * word's period as value, a word outside every mention is added; textual order kept.
   */
  static List<Timexes.Mention> add(AnnotatedText text, List<Timexes.Mention> mentions) {
    List<Timexes.Mention> out = new ArrayList<>();
    for (Timexes.Mention m : mentions) {
      String value = VALUES.get(m.text());
      out.add(
          value == null
              ? m
              : new Timexes.Mention(
                  m.sentence(),
                  m.start(),
                  m.end(),
                  m.begin(),
                  m.finish(),
                  m.text(),
                  "SET",
                  value,
                  m.anchor()));
    }
    for (int s = 0; s < text.sentenceCount(); s++) {
      List<CoreLabel> tokens = text.tokens(s);
      for (int t = 0; t < tokens.size(); t++) {
        CoreLabel token = tokens.get(t);
        String word = t == 0 ? lowerFirst(token.word()) : token.word();
        String value = VALUES.get(word);
        if (value == null || overlapsAny(token, out)) {
          continue;
        }
        out.add(
            new Timexes.Mention(
                s,
                t,
                t + 1,
                token.beginPosition(),
                token.endPosition(),
                token.word(),
                "SET",
                value,
                Timexes.governingVerbIndex(text.basic(s), t, t + 1)));
      }
    }
    out.sort(
        Comparator.comparingInt(Timexes.Mention::begin).thenComparingInt(Timexes.Mention::finish));
    return out;
  }

  private static String lowerFirst(String word) {
    return word.isEmpty() ? word : Character.toLowerCase(word.charAt(0)) + word.substring(1);
  }

  private static boolean overlapsAny(CoreLabel token, List<Timexes.Mention> mentions) {
    for (Timexes.Mention m : mentions) {
      if (token.beginPosition() < m.finish() && m.begin() < token.endPosition()) {
        return true;
      }
    }
    return false;
  }
}
