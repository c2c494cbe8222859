package org.newsevents.tools.train;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.nlp.attribution.CueFeatures;
import org.newsevents.nlp.attribution.CueModel;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.statements.LearnedCues;
import org.newsevents.nlp.statements.StatementExtractor;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.text.Coreference;

/**
 * The examples and the classifier of the cue model: annotated texts with their gold cue spans go
 * in; one example per candidate token (its {@link CueFeatures}, CUE for the head token of a gold
 * cue, O for a token outside every gold cue; the other tokens of a multi-word cue are left out)
 * comes out, and a CoreNLP linear classifier trained on them.
 */
public final class CueTraining {

  /** One candidate token of a document: features, label and character span. */
  public record Example(List<String> features, String label, int begin, int end, boolean rule) {}

  /** A document's examples with its gold cue spans (character offsets). */
  public record Document(String name, List<Example> examples, List<int[]> goldCues) {}

  private CueTraining() {}

  /** The examples of an annotated text, with the rules' votes as features. */
  public static Document examples(
      String name, AnnotatedText text, List<int[]> goldCues, Lexicons lexicons, Interner interner) {
    List<StatementExtractor.Found> found =
        new StatementExtractor(lexicons).extract(text, new Coreference(text));
    Map<Integer, String> ruleCues = LearnedCues.ruleCues(found);
    CueFeatures features = new CueFeatures(text, lexicons, ruleCues);
    Map<Integer, Boolean> heads = new HashMap<>();
    for (int[] cue : goldCues) {
      CoreLabel head = head(text, cue);
      if (head != null) {
        heads.put(head.beginPosition(), true);
      }
    }
    List<Example> examples = new ArrayList<>();
    for (int s = 0; s < text.sentenceCount(); s++) {
      List<CoreLabel> tokens = text.tokens(s);
      for (int t = 0; t < tokens.size(); t++) {
        CoreLabel token = tokens.get(t);
        if (!CueFeatures.candidate(token)) {
          continue;
        }
        boolean head = heads.containsKey(token.beginPosition());
        if (!head && inside(goldCues, token.beginPosition(), token.endPosition())) {
          continue; // another word of a multi-word cue: neither a head nor a non-cue
        }
        List<String> f = features.of(s, t);
        f.replaceAll(interner::intern);
        examples.add(
            new Example(
                f,
                head ? CueModel.CUE : CueModel.OTHER,
                token.beginPosition(),
                token.endPosition(),
                ruleCues.containsKey(token.beginPosition())));
      }
    }
    return new Document(name, examples, goldCues);
  }

  /**
   * The head token of a gold cue: a verb of the span whose basic-dependency head lies outside it,
   * else any word whose head lies outside, else the first candidate of the span.
   */
  static CoreLabel head(AnnotatedText text, int[] cue) {
    int s = text.sentenceAt(cue[0]);
    if (s < 0) {
      return null;
    }
    SemanticGraph tree = text.basic(s);
    CoreLabel outsideHeaded = null;
    CoreLabel first = null;
    for (CoreLabel token : text.tokens(s)) {
      if (token.endPosition() <= cue[0] || token.beginPosition() >= cue[1]) {
        continue;
      }
      if (!CueFeatures.candidate(token)) {
        continue;
      }
      if (first == null) {
        first = token;
      }
      IndexedWord node = tree.getNodeByIndexSafe(token.index());
      IndexedWord parent = node == null ? null : tree.getParent(node);
      boolean outside =
          parent == null || parent.endPosition() <= cue[0] || parent.beginPosition() >= cue[1];
      if (outside && token.tag().startsWith("VB")) {
        return token;
      }
      if (outside && outsideHeaded == null) {
        outsideHeaded = token;
      }
    }
    return outsideHeaded != null ? outsideHeaded : first;
  }

  static boolean inside(List<int[]> spans, int begin, int end) {
    for (int[] span : spans) {
      if (begin < span[1] && end > span[0]) {
        return true;
      }
    }
    return false;
  }

  /** A maximum-entropy classifier with a Gaussian prior of the given sigma. */
  public static LinearClassifier<String, String> train(List<Document> documents, double sigma) {
    Dataset<String, String> dataset = new Dataset<>();
    for (Document document : documents) {
      for (Example example : document.examples()) {
        dataset.add(new BasicDatum<>(example.features(), example.label()));
      }
    }
    // A feature seen once says more about its sentence than about cues.
    dataset.applyFeatureCountThreshold(2);
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(sigma);
    factory.setVerbose(false);
    return factory.trainClassifier(dataset);
  }

  /** One copy of each distinct feature string, so that a corpus of examples fits the heap. */
  public static final class Interner {
    private final Map<String, String> strings = new HashMap<>();

    public String intern(String s) {
      return strings.computeIfAbsent(s, k -> k);
    }
  }
}
