package org.newsevents.tools.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsevents.tools.eval.AttributionScorer.Prediction;

/**
 * CoreNLP's own quote attribution as a baseline: an article text goes in; one cue-less direct
 * prediction per top-level quotation comes out, its content the quote without the marks and its
 * source the mention CoreNLP attributes it to.
 */
public final class CoreNlpQuoteBaseline {

  private final StanfordCoreNLP pipeline;

  public CoreNlpQuoteBaseline() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    properties.setProperty("coref.algorithm", "fastneural");
    properties.setProperty("quote.attributeQuotes", "true");
    properties.setProperty("ner.applyFineGrained", "false");
    this.pipeline = new StanfordCoreNLP(properties);
  }

  public List<Prediction> predict(String text) {
    // Convert in, annotate, convert out.
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    return predictions(annotation);
  }

  private static List<Prediction> predictions(Annotation annotation) {
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    List<Prediction> out = new ArrayList<>();
    List<CoreMap> quotes = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
    for (CoreMap quote : quotes == null ? List.<CoreMap>of() : quotes) {
      int begin = quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      List<int[]> content = List.of(new int[] {begin + 1, Math.max(begin + 1, end - 1)});
      Integer mentionBegin = quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
      Integer mentionEnd = quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
      List<int[]> source =
          mentionBegin == null || mentionEnd == null
              ? List.of()
              : List.of(
                  new int[] {
                    tokens.get(mentionBegin).beginPosition(), tokens.get(mentionEnd).endPosition()
                  });
      String speaker = quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
      out.add(new Prediction(source, speaker, List.of(), content, true));
    }
    return out;
  }
}
