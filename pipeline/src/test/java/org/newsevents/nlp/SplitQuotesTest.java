package org.newsevents.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.schema.Event;
import org.newsevents.schema.Statement;

/**
 * A quoted sentence that the attribution splits in two ("'The plan,' he said, 'will end
 * poverty.'"): both pieces are the speaker's, one the statement with the cue and the other a piece
 * that continues it. Each statement as "speaker -> canonical | cue | content | continues the cue's
 * statement or not".
 */
class SplitQuotesTest {

  private static List<String> statements(ArticleAnalyzer.Analysis analysis) {
    List<String> out = new ArrayList<>();
    String withCue = null;
    for (Event event : analysis.events()) {
      if (event.getStatement() != null && event.getStatement().getCue() != null) {
        withCue = event.getEventId();
      }
    }
    for (Event event : analysis.events()) {
      Statement statement = event.getStatement();
      if (statement == null) {
        continue;
      }
      out.add(
          statement.getSpeaker().getText()
              + " -> "
              + statement.getSpeaker().getCanonical()
              + " | "
              + (statement.getCue() == null ? "-" : statement.getCue().getText())
              + " | "
              + statement.getContent().getText()
              + " | "
              + (statement.getContinues() == null
                  ? "first"
                  : statement.getContinues().equals(withCue) ? "continues" : "continues another"));
    }
    return out;
  }

  @Test
  void theQuotedSubjectIsNoSpeakerAndThePieceBeforeTheCueIsTheSpeakers() {
    // The parse makes "plan" the subject of "said"; it is inside a quotation, so the speaker is
    // the name next to the cue. "The plan" is a piece of his statement, not of the paragraph's
    // statement before it.
    assertEquals(
        List.of(
            "Roger Morvell -> Roger Morvell | said | The talks failed | first",
            "Mr Morvell -> Roger Morvell | said | The talks failed. | first",
            "Peter Grantwell -> Peter Grantwell | - | The plan | continues",
            "Peter Grantwell -> Peter Grantwell | said | will end poverty. | first"),
        statements(
            SharedAnalyzer.sentence(
                "\"The talks failed,\" Roger Morvell said on Monday. Mr Morvell said: \"The talks"
                    + " failed.\" \"The plan,\" Peter Grantwell said, \"will end poverty.\"")));
  }

  @Test
  void aQuotationANonStatementCueTookIsLeftToTheSpeaker() {
    // "believe" under "I" makes no statement ("I think" is a turn of speech); the quotation it was
    // offered stays for "said", whose clause it holds, and the piece before the cue continues it.
    assertEquals(
        List.of(
            "Peter Grantwell -> Peter Grantwell | - | What I believe | continues",
            "Peter Grantwell -> Peter Grantwell | said | is that the plan will end poverty. | first"),
        statements(
            SharedAnalyzer.sentence(
                "\"What I believe,\" Peter Grantwell said, \"is that the plan will end"
                    + " poverty.\"")));
  }
}
