package org.newsevents.nlp.time;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * Time expressions that HeidelTime's English rules leave untagged and TimeML marks ("daily" as SET
 * P1D, "the future" as FUTURE_REF, "for years" as PXY, "by year-end" as the publication year), from
 * {@code timex-additions.tsv}: each pattern is matched over every sentence, and a match that begins
 * and ends on token boundaries and overlaps no expression already found is added with the row's
 * type and value.
 */
final class AddedTimexes {

  /** One row: the pattern, the TIMEX3 type and value. */
  private record Addition(Pattern pattern, String type, String value) {}

  private static final List<Addition> ADDITIONS = load();

  private AddedTimexes() {}

  private static List<Addition> load() {
    List<Addition> additions = new ArrayList<>();
    for (String[] row : Lexicons.rows("newsevents/lexicons/timex-additions.tsv", 4)) {
      additions.add(new Addition(Pattern.compile(row[0]), row[1], row[2]));
    }
    return List.copyOf(additions);
  }

  /**
   * The mentions with the additions of every sentence, in textual order; a value's {@code {year}}
   * is the publication year.
   */
  static List<Timexes.Mention> add(
      AnnotatedText text, LocalDate published, List<Timexes.Mention> mentions) {
    String year = String.format("%04d", published.getYear());
    List<Timexes.Mention> out = new ArrayList<>(mentions);
    for (int s = 0; s < text.sentenceCount(); s++) {
      List<CoreLabel> tokens = text.tokens(s);
      int offset = tokens.get(0).beginPosition();
      String sentence = text.body().substring(offset, tokens.get(tokens.size() - 1).endPosition());
      for (Addition addition : ADDITIONS) {
        Matcher m = addition.pattern().matcher(sentence);
        while (m.find()) {
          int begin = offset + m.start();
          int finish = offset + m.end();
          int start = tokenStarting(tokens, begin);
          int end = tokenEnding(tokens, finish);
          if (start < 0 || end < 0 || overlapsAny(begin, finish, out)) {
            continue;
          }
          out.add(
              new Timexes.Mention(
                  s,
                  start,
                  end + 1,
                  begin,
                  finish,
                  text.body().substring(begin, finish),
                  addition.type(),
                  addition.value().replace("{year}", year),
                  Timexes.anchorIndex(text.basic(s), start, end + 1)));
        }
      }
    }
    out.sort(
        Comparator.comparingInt(Timexes.Mention::begin).thenComparingInt(Timexes.Mention::finish));
    return out;
  }

  private static int tokenStarting(List<CoreLabel> tokens, int begin) {
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.get(t).beginPosition() == begin) {
        return t;
      }
    }
    return -1;
  }

  private static int tokenEnding(List<CoreLabel> tokens, int finish) {
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.get(t).endPosition() == finish) {
        return t;
      }
    }
    return -1;
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
