package org.newsevents.nlp.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inner words of the article's coded full names, for a short name that is not the last word of
 * its full name: the first of two surnames ("Mr. Cubillo" for "Enio Cubillo Araya", "Mr. Porras"
 * for "Idier Porras Guzmán") or a middle name. A word that is the first or last word of any person
 * name of two words or more in the article, or an inner word of two differently coded names, gives
 * nothing.
 */
final class ShortNames {

  private ShortNames() {}

  /** Inner word -> the code of the one coded full name that has it (null: ambiguous). */
  static Map<String, Code> innerNames(List<ArticleNames.Run> runs) {
    Set<String> outer = new HashSet<>();
    for (ArticleNames.Run run : runs) {
      String[] words = run.name().split("\\s+");
      if (!run.org() && words.length > 1) {
        outer.add(words[0]);
        outer.add(words[words.length - 1]);
      }
    }
    Map<String, Code> inner = new HashMap<>();
    for (ArticleNames.Run run : runs) {
      if (run.org() || run.code() == null) {
        continue;
      }
      String[] words = run.name().split("\\s+");
      for (int i = 1; i < words.length - 1; i++) {
        String word = words[i];
        if (outer.contains(word) || !isName(word)) {
          continue;
        }
        Code before = inner.putIfAbsent(word, run.code());
        if (before != null && !before.code().equals(run.code().code())) {
          inner.put(word, null); // two people share it: no guess
        }
      }
    }
    return inner;
  }

  /** A capitalised word of two letters or more, not an initial ("R.") nor a particle ("de"). */
  private static boolean isName(String word) {
    return word.length() >= 2
        && Character.isUpperCase(word.charAt(0))
        && word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
  }
}
