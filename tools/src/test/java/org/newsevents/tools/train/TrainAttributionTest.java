package org.newsevents.tools.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.attribution.CueFeatures;
import org.newsevents.nlp.attribution.CueModel;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * The cue model's training on a few hand-made documents (gold cues marked by the test): trained
 * twice it gives the same bytes, and the model read back takes "said" in a sentence it never saw
 * for a cue and the nouns around it for none.
 */
class TrainAttributionTest {

  /** Each text with its gold cue words (every occurrence is a cue). */
  private static final String[][] TEXTS = {
    {"Lavrov said the meeting would be delayed. The meeting was in Geneva.", "said"},
    {"Officials said the road was closed after the storm. Traffic was heavy.", "said"},
    {"The minister told reporters that prices would rise next year.", "told"},
    {"The company announced that it would cut 300 jobs. Its shares fell.", "announced"},
    {"Police said two men were arrested. The men were taken to a station.", "said"},
    {"Ban Ki-moon said the crisis was getting worse. Aid arrived on Monday.", "said"},
  };

  private static List<CueTraining.Document> documents;

  @BeforeAll
  static void annotate() {
    ArticleAnalyzer analyzer = ArticleAnalyzer.forProfile("full");
    CueTraining.Interner interner = new CueTraining.Interner();
    documents = new ArrayList<>();
    for (int i = 0; i < TEXTS.length; i++) {
      String body = TEXTS[i][0];
      AnnotatedText text = analyzer.annotate(body, LocalDate.of(2013, 7, 5));
      documents.add(
          CueTraining.examples(
              "text" + i, text, cues(body, TEXTS[i][1]), Lexicons.standard(), interner));
    }
  }

  private static List<int[]> cues(String body, String word) {
    List<int[]> cues = new ArrayList<>();
    for (int at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
      cues.add(new int[] {at, at + word.length()});
    }
    return cues;
  }

  @Test
  void sameDocumentsGiveTheSameModelBytes() {
    String first = TrainAttribution.model(documents, 1.0, 0.5, "test", "none");
    String second = TrainAttribution.model(documents, 1.0, 0.5, "test", "none");
    assertEquals(first, second);
    assertTrue(first.contains("\nthreshold\t0.5\n"), first);
  }

  @Test
  void trainedModelFindsSaidAsACue() throws Exception {
    CueModel model =
        CueModel.read(
            new StringReader(TrainAttribution.model(documents, 1.0, 0.5, "test", "none")));
    assertEquals(0.5, model.threshold());
    String body = "Kerry said the talks would go on.";
    AnnotatedText text =
        ArticleAnalyzer.forProfile("full").annotate(body, LocalDate.of(2013, 7, 5));
    CueFeatures features = new CueFeatures(text, Lexicons.standard(), java.util.Map.of());
    // Tokens: Kerry(0) said(1) the(2) talks(3) ...
    assertEquals("said", text.tokens(0).get(1).word());
    assertTrue(
        model.isCue(features.of(0, 1)), () -> "P(said) " + model.probability(features.of(0, 1)));
    assertEquals("talks", text.tokens(0).get(3).word());
    assertTrue(
        !model.isCue(features.of(0, 3)), () -> "P(talks) " + model.probability(features.of(0, 3)));
  }

  @Test
  void goldHeadOfAMultiWordCueIsItsVerb() {
    AnnotatedText text =
        ArticleAnalyzer.forProfile("full")
            .annotate("The ministry said in a statement that talks failed.", null);
    // "said in a statement" [13, 32): the verb heads the span.
    assertEquals("said", CueTraining.head(text, new int[] {13, 32}).word());
  }
}
