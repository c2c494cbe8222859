package org.newsevents.nlp.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.attribution.CueFeatures;
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

  /**
   * WordNet's view of a cue (CueFeatures.wordNet): a verb carries its lexicographer file and, with
   * a common-noun object, the object's lemma, file and clausal dependent ("expressed concern that
   * ..."); a common noun carries its file and the verb it derives from only in the frame of a
   * nominal cue ("Russia's announcement that ..."), never bare ("Talks with Iran resumed": the
   * 840-text model of cue11, which gave every noun these features, made "Talks" a cue).
   */
  @Test
  void wordNetFeaturesReachVerbsAndFramedNounsOnly() {
    String body =
        "Talks with Iran resumed on Monday. Russia's announcement that it would withdraw its"
            + " troops was welcomed. The minister expressed concern that the talks had failed.";
    AnnotatedText text =
        ArticleAnalyzer.forProfile("full").annotate(body, LocalDate.of(2013, 7, 5));
    CueFeatures features = new CueFeatures(text, Lexicons.standard(), Map.of());
    assertEquals("Talks", text.tokens(0).get(0).word());
    List<String> talks = features.of(0, 0);
    assertEquals(
        List.of(), talks.stream().filter(f -> f.startsWith("wn")).toList(), talks.toString());
    assertEquals("announcement", text.tokens(1).get(2).word());
    List<String> announcement = features.of(1, 2);
    assertEquals(
        true, announcement.contains("wn|wn1=noun.communication|N"), announcement.toString());
    assertEquals(true, announcement.contains("wnBase=announce"), announcement.toString());
    assertEquals("expressed", text.tokens(2).get(2).word());
    List<String> expressed = features.of(2, 2);
    assertEquals(true, expressed.contains("wn|wn1=verb.communication|V"), expressed.toString());
    assertEquals(true, expressed.contains("objLemma=concern"), expressed.toString());
    assertEquals(true, expressed.contains("objClause=ccomp"), expressed.toString());
  }

  /**
   * A stance cue the rules do not know, in a participle on a light verb's object: the shipped model
   * (WordNet features: "condemn" is verb.communication) takes "condemning" for a cue, the council
   * for its source (the model before gave no statement here).
   */
  @Test
  void shippedModelTakesAResolutionCondemningForAStatement() {
    String body = "The council approved a resolution condemning the attack.";
    List<StatementExtractor.Found> found = extract(body, CueModel.standard());
    assertEquals(1, found.size(), found.toString());
    StatementExtractor.Found statement = found.get(0);
    assertEquals("condemning", statement.cue().word());
    assertEquals("The council", statement.speaker().getText());
    assertEquals("the attack", statement.content().getText());
    assertEquals("model:span-after", statement.rule());
  }
}
