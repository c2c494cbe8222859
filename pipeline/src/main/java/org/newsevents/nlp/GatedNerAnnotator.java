package org.newsevents.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.newsevents.nlp.knowledge.Lexicons;

/**
 * CoreNLP's NER annotator with SUTime and the numeric classifiers run only on the sentences that
 * can hold a time, number, money or ordinal expression.
 *
 * <p>SUTime is most of NER's cost on news text: it matches its hundreds of TokensRegex rules at
 * every token of every sentence, although about half the sentences of a news article have no digit,
 * number word, time word or currency sign at all. Such a sentence is tagged by the CRF models
 * alone, which is what SUTime and the numeric classifiers would leave it with; every other sentence
 * goes through CoreNLP's NER annotator unchanged (this class is that annotator, built from the same
 * {@code ner.*} properties, NER-specific tokenization included). The words that open the gate are
 * data ({@code newsevents/lexicons/quantity-words.txt}); {@code check-ner-gate} compares the two
 * annotators tag by tag on a corpus.
 *
 * <p>Used through CoreNLP's custom annotator property in a profile, in place of {@code ner}: {@code
 * customAnnotatorClass.gatedner = org.newsevents.nlp.GatedNerAnnotator}.
 */
public final class GatedNerAnnotator extends NERCombinerAnnotator {

  static final String WORDS = "newsevents/lexicons/quantity-words.txt";

  /**
   * Part of the annotation store's fingerprint ({@link AnnotationStore#fingerprint}): bump it when
   * a change to this class changes what it tags, so that stored annotations miss instead of being
   * reused.
   */
  static final String VERSION = "1";

  private final ClassifierCombiner<CoreLabel> crfOnly;
  private final QuantityGate gate;

  public GatedNerAnnotator(String name, Properties properties) throws IOException {
    super(properties);
    this.crfOnly = new ClassifierCombiner<>(crfModels(this));
    this.gate = QuantityGate.load();
  }

  @Override
  public void doOneSentence(Annotation annotation, CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (gate.opens(tokens)) {
      super.doOneSentence(annotation, sentence);
      return;
    }
    // What NERCombinerAnnotator.doOneSentence does with the CRF models' answers when the numeric
    // classifiers find nothing: the answer is the tag, with its probabilities.
    List<CoreLabel> output =
        crfOnly.classifySentenceWithGlobalInformation(tokens, annotation, sentence);
    for (int i = 0; i < tokens.size(); i++) {
      String tag = output.get(i).get(CoreAnnotations.AnswerAnnotation.class);
      Map<String, Double> probabilities =
          output.get(i).get(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
      CoreLabel token = tokens.get(i);
      token.setNER(tag);
      token.set(CoreAnnotations.NamedEntityTagProbsAnnotation.class, probabilities);
      token.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, tag);
    }
  }

  /**
   * The CRF models the annotator loaded. CoreNLP keeps them private; reading them spares loading
   * them twice. A CoreNLP version without these fields fails here, when the profile loads.
   */
  @SuppressWarnings("unchecked")
  private static AbstractSequenceClassifier<CoreLabel>[] crfModels(NERCombinerAnnotator annotator) {
    try {
      Field nerField = NERCombinerAnnotator.class.getDeclaredField("ner");
      nerField.setAccessible(true);
      Object combiner = nerField.get(annotator);
      Field modelsField = ClassifierCombiner.class.getDeclaredField("baseClassifiers");
      modelsField.setAccessible(true);
      List<AbstractSequenceClassifier<CoreLabel>> models =
          (List<AbstractSequenceClassifier<CoreLabel>>) modelsField.get(combiner);
      return models.toArray(new AbstractSequenceClassifier[0]);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "gated NER: this CoreNLP version keeps its NER models elsewhere", e);
    }
  }

  /** Whether a sentence can hold a time, number, money or ordinal expression. */
  record QuantityGate(Set<String> words) {

    static QuantityGate load() {
      Set<String> words = new HashSet<>();
      for (String[] row : Lexicons.rows(WORDS, 1)) {
        words.add(row[0].strip().toLowerCase(Locale.ROOT));
      }
      return new QuantityGate(words);
    }

    boolean opens(List<CoreLabel> tokens) {
      for (CoreLabel token : tokens) {
        if (opens(token.word(), token.tag())) {
          return true;
        }
      }
      return false;
    }

    boolean opens(String word, String tag) {
      if ("CD".equals(tag) || words.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
      // NER-specific tokenization joins hyphenated words: "pre-Christmas", "year-on-year".
      for (String part : word.split("-")) {
        if (words.contains(part.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (Character.isDigit(c) || Character.getType(c) == Character.CURRENCY_SYMBOL || c == '%') {
          return true;
        }
      }
      return false;
    }
  }
}
