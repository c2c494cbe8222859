package org.newsevents.nlp.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.attribution.CueModel;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.text.Coreference;

/**
 * A cue model's cue becomes a statement through the rules' machinery (subject as speaker, clause as
 * content) where the rules found none, and leaves the rules' statements as they are. The model here
 * is a hand-written table: "testify" (not in cues.tsv) is a cue, nothing else is.
 */
class LearnedCuesTest {

  private static final String MODEL =
      "threshold\t0.5\nbias\tO\t0\nbias\tCUE\t-10\nlemma=testify\tCUE\t20\n";

  private static List<StatementExtractor.Found> extract(String body, CueModel model) {
    AnnotatedText text =
        ArticleAnalyzer.forProfile("full").annotate(body, LocalDate.of(2013, 7, 5));
    return new StatementExtractor(Lexicons.standard(), model).extract(text, new Coreference(text));
  }

  @Test
  void modelCueGetsSpeakerAndClauseFromTheRules() throws Exception {
    CueModel model = CueModel.read(new StringReader(MODEL));
    String body = "The senator testified that he had never met the banker.";
    assertEquals(List.of(), extract(body, null));
    List<StatementExtractor.Found> found = extract(body, model);
    assertEquals(1, found.size());
    StatementExtractor.Found statement = found.get(0);
    assertEquals("testified", statement.cue().word());
    assertEquals("The senator", statement.speaker().getText());
    assertEquals("he had never met the banker", statement.content().getText());
    assertEquals("model:cue-clause", statement.rule());
  }

  @Test
  void rulesStatementsStayAsTheyAre() throws Exception {
    CueModel model = CueModel.read(new StringReader(MODEL));
    String body = "Kerry said the talks would go on.";
    List<StatementExtractor.Found> rules = extract(body, null);
    List<StatementExtractor.Found> both = extract(body, model);
    assertEquals(1, both.size());
    assertEquals("cue-clause", both.get(0).rule());
    assertEquals(rules.get(0).content().getText(), both.get(0).content().getText());
  }

  @Test
  void secondOpinionReDecidesTheModelsCandidatesOnly() throws Exception {
    CueModel model = CueModel.read(new StringReader(MODEL));
    List<String> asked = new ArrayList<>();
    CueModel vetoed =
        model.withSecondOpinion(
            (features, s, t, p) -> {
              String word = features.text().tokens(s).get(t).word();
              asked.add(word);
              return word.equals("testified") ? 0.0 : p;
            });
    assertEquals(
        List.of(), extract("The senator testified that he had never met the banker.", vetoed));
    assertEquals(true, asked.contains("testified"));
    asked.clear();
    List<StatementExtractor.Found> found = extract("Kerry said the talks would go on.", vetoed);
    assertEquals(1, found.size());
    assertEquals("cue-clause", found.get(0).rule());
    // The rules' cue is never put to the models.
    assertEquals(false, asked.contains("said"));
    assertEquals(true, asked.contains("talks"));
  }
}
