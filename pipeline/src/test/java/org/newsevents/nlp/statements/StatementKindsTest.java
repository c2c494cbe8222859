package org.newsevents.nlp.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsevents.nlp.SharedAnalyzer;
import org.newsevents.schema.Event;

/**
 * Each statement's kind, through the shared CoreNLP pipeline: one sentence (or two) per row, then
 * the cue and kind of each statement record in textual order ("-" for a statement with no cue).
 * Rows from issue 14's BBC sample: "agreed to write off" is a commitment, and "write off" no
 * statement at all (a plain cue verb with a particle no cue sense lists is left to the cue model,
 * which does not take it); "Lord Dubs" is a name, not the verb "dub" the tagger reads; a headline
 * in title case keeps its verb; "denied reports that ..." is her statement and the reports not hers
 * (responding-verbs.tsv), while "her claims" and "made the claim" are statements of their own.
 */
class StatementKindsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '\t',
      quoteCharacter = '`',
      textBlock =
          """
          Kerry said the talks would go on.\tsaid=SPEECH
          Officials urged residents to leave the city.\turged=SPEECH
          The senator wrote that the bill was dead.\twrote=WRITTEN
          The report said the economy had shrunk.\tsaid=WRITTEN
          The ministry said in a statement that the border was closed.\tsaid=WRITTEN
          Analysts believe that the deal will fail.\tbelieve=BELIEF
          The two sides agreed to work together to end the war.\tagreed=STANCE
          The two sides agreed that the war must end.\tagreed=SPEECH
          The study found that prices had risen.\tfound=EVIDENCE
          The Paris Club agreed to write off 80% of the country's debts.\tagreed=STANCE
          Lord Dubs agreed to withdraw his bill after talks with the government.\tagreed=STANCE
          Sanders Says He Will Stay In The Race.\tSays=SPEECH
          She denied reports that her beliefs would make her refuse to serve.\tdenied=SPEECH
          He rejected her claims that the plan had failed.\trejected=STANCE claims=SPEECH
          The minister made the claim that the economy was growing.\tclaim=SPEECH
          Its ministers want to see the law changed.\twant=BELIEF
          "We will not give up."\t-=UNKNOWN
          "We will win," the minister said. "The enemy is weak."\tsaid=SPEECH -=SPEECH
          """)
  void kindOfEachStatement(String body, String expected) {
    List<Event> statements =
        SharedAnalyzer.sentence(body).events().stream()
            .filter(e -> e.getStatement() != null)
            .toList();
    String actual =
        statements.stream()
            .map(
                e ->
                    (e.getStatement().getCue() == null ? "-" : e.getStatement().getCue().getText())
                        + "="
                        + e.getStatement().getKind())
            .collect(Collectors.joining(" "));
    assertEquals(expected, actual);
  }
}
