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
import org.newsevents.nlp.attribution.CueModel;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.statements.ContentChooser;
import org.newsevents.nlp.statements.StatementExtractor;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.text.Coreference;
import org.newsevents.tools.eval.BratAttributions;

/**
 * The content-span model's training on a few hand-made documents: "X told the crowd. "…"" with the
 * quotation of the next sentence as gold content, and "X told staff. <a plain sentence>" with no
 * attribution. Trained twice it gives the same bytes; read back, it gives a cue the rules leave
 * without content ("told" with no clause) the quotation that follows as content and the cue's
 * subject as speaker, and no statement where a plain sentence follows.
 */
class ContentTrainingTest {

  /** Body, and whether its "told" is a gold cue with the next sentence's quotation as content. */
  private static final Object[][] TEXTS = {
    {"Sanders told the crowd on Tuesday. \"We will win this state.\"", true},
    {"The mayor told residents on Monday. \"The water is safe to drink.\"", true},
    {"Clinton told supporters in Ohio. \"Our campaign is growing every day.\"", true},
    {"The coach told the players after the game. \"We played our best football.\"", true},
    {"The company told employees on Monday. Shares fell sharply in Tokyo.", false},
    {"The school told parents in May. Classes ended early in June.", false},
    {"The bank told customers on Friday. Branches closed at noon in the city.", false},
  };

  private static final LocalDate DATE = LocalDate.of(2016, 7, 5);

  private static ArticleAnalyzer analyzer;
  private static List<ContentTraining.Document> documents;

  @BeforeAll
  static void annotate() {
    analyzer = ArticleAnalyzer.forProfile("full");
    documents = new ArrayList<>();
    for (int i = 0; i < TEXTS.length; i++) {
      String body = (String) TEXTS[i][0];
      List<BratAttributions.Attribution> gold = new ArrayList<>();
      if ((Boolean) TEXTS[i][1]) {
        int cue = body.indexOf("told");
        int open = body.indexOf('"');
        gold.add(
            new BratAttributions.Attribution(
                List.of(new int[] {0, body.indexOf(" told")}),
                List.of(new int[] {cue, cue + 4}),
                List.of(new int[] {open + 1, body.length() - 1})));
      }
      documents.add(
          ContentTraining.document(
              "text" + i, analyzer.annotate(body, DATE), gold, Lexicons.standard()));
    }
  }

  private static String model() {
    return ContentTraining.model(documents, 1.0, 0.5, 0, "test", "none");
  }

  @Test
  void everyToldIsACueWithoutTheRulesContentAndGetsCandidates() {
    for (int i = 0; i < TEXTS.length; i++) {
      ContentTraining.Document d = documents.get(i);
      // The first model cue of each text is "told" (a later word may be one too).
      assertTrue(!d.groups().isEmpty(), d.name());
      assertEquals(TEXTS[i][1], d.groups().get(0).anyRight(), () -> d.name() + ": " + d.groups());
      assertEquals(TEXTS[i][1], d.groups().get(0).goldCue(), d.name());
    }
  }

  @Test
  void sameDocumentsGiveTheSameModelBytes() {
    String first = model();
    assertEquals(first, model());
    assertTrue(first.contains("\nthreshold\t0.5\ncue-threshold\t0.0\n"), first);
  }

  @Test
  void trainedModelTakesTheNextQuotationAsContentWithTheSubjectAsSpeaker() throws Exception {
    CueModel model = CueModel.read(new StringReader(model()));
    StatementExtractor extractor =
        new StatementExtractor(Lexicons.standard(), CueModel.standard(), new ContentChooser(model));

    AnnotatedText quoted =
        analyzer.annotate("Kerry told reporters in Geneva. \"The talks will go on.\"", DATE);
    List<StatementExtractor.Found> found = extractor.extract(quoted, new Coreference(quoted));
    assertEquals(1, found.size(), found.toString());
    StatementExtractor.Found f = found.get(0);
    assertEquals("told", f.cue().word());
    assertEquals("Kerry", f.speaker().getText());
    // The candidate's span is trimmed of the closing period as of its marks.
    assertEquals("The talks will go on", f.content().getText());
    assertEquals("model:span-quote_next", f.rule());

    AnnotatedText plain =
        analyzer.annotate("The firm told staff on Friday. Profits rose in March.", DATE);
    assertEquals(List.of(), extractor.extract(plain, new Coreference(plain)));
  }
}
