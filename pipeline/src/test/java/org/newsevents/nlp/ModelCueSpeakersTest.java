package org.newsevents.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.schema.Event;
import org.newsevents.schema.Statement;

/**
 * The speaker of a statement whose cue the trained cue model found and whose content the content
 * model chose, when the parse gives the cue no subject: each statement as "rule | cue | speaker".
 */
class ModelCueSpeakersTest {

  private static List<String> statements(ArticleAnalyzer.Analysis analysis) {
    List<String> out = new ArrayList<>();
    for (Event event : analysis.events()) {
      Statement statement = event.getStatement();
      if (statement != null && statement.getCue() != null) {
        out.add(
            event.getRule()
                + " | "
                + statement.getCue().getText()
                + " | "
                + (statement.getSpeaker() == null ? "-" : statement.getSpeaker().getText()));
      }
    }
    return out;
  }

  @Test
  void theNameRightBeforeACueTheParseLeftWithoutASubject() {
    // The parse makes "said" an auxiliary of "expected"; the rules' cue is not found, the model's
    // is, and the name written right before it speaks.
    assertEquals(
        List.of(
            "model:span-after | said | President Barack Obama",
            "cue-clause | expected | he",
            "cue-clause | say | Americans"),
        statements(
            SharedAnalyzer.sentence(
                "Sunday on CNN's \"Fareed Zakaria GPS,\" when asked about Republican presidential"
                    + " nominee Donald Trump, President Barack Obama said he expected that Americans"
                    + " will say \"no\" to Trump's policy measures.")));
  }

  @Test
  void accordingToWithoutTheRulesLinkTakesTheNounAfterIt() {
    // "That's according to ...": the parse gives the rules' "according to" no clause to report, the
    // model takes "according" with the sentence before as content; its source is the noun that
    // "according to" marks.
    assertEquals(
        List.of(
            "cue-clause | say | Majorities in all five states",
            "cue-clause | want | they",
            "model:span-before | according | early results of exit polls"),
        statements(
            SharedAnalyzer.sentence(
                "Majorities in all five states say they want immigrants to be allowed to stay."
                    + " That's according to early results of exit polls conducted for The"
                    + " Associated Press and television networks.")));
  }
}
