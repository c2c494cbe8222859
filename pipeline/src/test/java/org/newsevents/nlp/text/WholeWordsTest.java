package org.newsevents.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WholeWordsTest {

  @Test
  void findsTheFirstWholeWordOccurrence() {
    assertEquals(11, WholeWords.indexOf("Koreans in Korea", "Korea"));
    assertEquals(6, WholeWords.indexOf("South Korea", "Korea"));
    assertEquals(-1, WholeWords.indexOf("the Koreans", "Korea"));
    assertEquals(4, WholeWords.indexOf("pro-Russia rebels", "Russia"));
    assertEquals(-1, WholeWords.indexOf("G20s", "G20"));
    assertEquals(-1, WholeWords.indexOf("the G7²", "G7")); // '²' is a number (No)
    assertEquals(0, WholeWords.indexOf("Müller's team", "Müller"));
    assertEquals(-1, WholeWords.indexOf("Müllerová", "Müller"));
  }

  @Test
  void agreesWithThePatternTheProjectUsed() {
    List<String> texts =
        List.of(
            "the people of Syria",
            "a solution to the conflict in Syria",
            "Syria's president, Syria",
            "  the  man ,  ",
            "Foreign Secretary William Hague",
            "the UN's UN-backed UN",
            "x",
            "");
    List<String> literals = List.of("Syria", "man", "UN", "the", "x", " ", ",", "", "Hague");
    for (String text : texts) {
      for (String literal : literals) {
        Matcher m =
            Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(literal) + "(?![\\p{L}\\p{N}])")
                .matcher(text);
        int expected = m.find() ? m.start() : -1;
        assertEquals(expected, WholeWords.indexOf(text, literal), text + " / " + literal);
      }
    }
  }

  @Test
  void wordsAreRunsOfLettersAndNumbers() {
    assertEquals(5, WholeWords.wordEnd("Korea's", 0));
    assertEquals(3, WholeWords.wordEnd("G20-summit", 0));
    assertEquals(3, WholeWords.wordEnd("a b", 2));
    assertEquals(1, WholeWords.wordEnd("a b", 1));
    assertTrue(WholeWords.isWordChar('Ⅻ')); // a letter number (Nl)
    assertFalse(WholeWords.isWordChar('-'));
    assertFalse(WholeWords.isWordChar('\''));
  }
}
