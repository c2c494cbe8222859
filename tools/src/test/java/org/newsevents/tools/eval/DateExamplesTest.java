package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.Datum;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.time.DateModel;

/**
 * The event date model's training pairs from an invented TimeML document: an event the TLINKs put
 * inside a time expression of its sentence is IN with it, an event of the same sentence that no
 * TLINK dates is O (the annotators leave unlinked what did not happen then), and an event linked to
 * the creation time only is O with the sentence's expression.
 */
class DateExamplesTest {

  // e1 "reported" IS_INCLUDED in "Tuesday"; e2 "loss" has no TLINK; e3 "expected" is linked to the
  // DCT only; e4 "profit" IS_INCLUDED in "March" (written from the time's side).
  private static final String TML =
      """
      <?xml version="1.0" ?>
      <TimeML>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2001-04-05" functionInDocument="CREATION_TIME">\
      20010405</TIMEX3></DCT>
      <TEXT>
      The company <EVENT eid="e1" class="REPORTING">reported</EVENT> a <EVENT eid="e2" \
      class="OCCURRENCE">loss</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2001-04-03">Tuesday\
      </TIMEX3>. Analysts had <EVENT eid="e3" class="I_STATE">expected</EVENT> a <EVENT eid="e4" \
      class="OCCURRENCE">profit</EVENT> in <TIMEX3 tid="t2" type="DATE" value="2001-03">March\
      </TIMEX3>.
      </TEXT>
      <MAKEINSTANCE eventID="e1" eiid="ei1"/>
      <MAKEINSTANCE eventID="e2" eiid="ei2"/>
      <MAKEINSTANCE eventID="e3" eiid="ei3"/>
      <MAKEINSTANCE eventID="e4" eiid="ei4"/>
      <TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
      <TLINK lid="l2" relType="BEFORE" eventInstanceID="ei3" relatedToTime="t0"/>
      <TLINK lid="l3" relType="INCLUDES" timeID="t2" relatedToEventInstance="ei4"/>
      </TimeML>
      """;

  @Test
  void linkedEventsAreInAndUnlinkedOrOtherwiseLinkedOnesAreNot() throws IOException {
    TimeMlDocument doc =
        TimeMlDocument.parse(
            new ByteArrayInputStream(TML.getBytes(StandardCharsets.UTF_8)), "test");
    ArticleAnalyzer analyzer = ArticleAnalyzer.forProfile("full");
    AnnotatedText text = analyzer.annotate(doc.text(), TimeMlEventModels.published(doc));

    List<Datum<String, String>> examples =
        TimeMlEventModels.dateExamples(
            doc, text, analyzer.timexes(text, TimeMlEventModels.published(doc)));

    Map<String, String> byLemma = new TreeMap<>();
    for (Datum<String, String> example : examples) {
      String lemma =
          example.asFeatures().stream()
              .filter(f -> f.startsWith("lemma="))
              .findFirst()
              .orElseThrow()
              .substring("lemma=".length());
      byLemma.put(lemma, example.label());
    }
    assertEquals(
        Map.of(
            "report", DateModel.IN,
            "loss", DateModel.OUT,
            "expect", DateModel.OUT,
            "profit", DateModel.IN),
        byLemma);
  }
}
