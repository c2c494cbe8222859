package org.newsevents.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.attribution.CueFeatures;
import org.newsevents.nlp.attribution.CueModel;
import org.newsevents.nlp.events.TriggerFeatures;
import org.newsevents.nlp.features.FeatureSink;
import org.newsevents.nlp.features.FeatureTable;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.knowledge.WordNetSenses;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * The models score features given as parts (no feature strings built) exactly as they score the
 * feature strings: on every candidate token of the sample article, the cue model's probability is
 * the same double both ways, and the parts of the cue and trigger features find, in order, the
 * indices their strings have.
 */
class FeaturePartsTest {

  @Test
  void aFeatureIsFoundByItsPartsAndAnUnknownOneIsNot() {
    Index<String> index = new HashIndex<>();
    String longWord = "x".repeat(300);
    index.addAll(List.of("bias", "lemma|tag=say|VBD", "tag=null", "w=" + longWord));
    FeatureTable table = new FeatureTable(index);
    assertEquals(0, table.indexOf("bias"));
    assertEquals(1, table.indexOf("lemma|tag=", "say", "|", "VBD"));
    assertEquals(1, table.indexOf("lemma|", "tag=say|VBD"));
    assertEquals(2, table.indexOf("tag=", null));
    assertEquals(3, table.indexOf("w=", longWord));
    assertEquals(-1, table.indexOf("lemma|tag=", "say", "|", "VBZ"));
    assertEquals(-1, table.indexOf("lemma|tag=say", "|"));
    FeatureTable.Indices sink = table.sink();
    sink.add("tag=", "VBD");
    sink.add("tag=", null);
    sink.add("bias");
    assertArrayEquals(new int[] {2, 0}, sink.indices());
  }

  @Test
  void theCueModelGivesTheSameProbabilityFromPartsAsFromStrings() {
    AnnotatedText text = SharedAnalyzer.sampleText();
    CueModel model = CueModel.standard();
    CueFeatures features = new CueFeatures(text, Lexicons.standard(), Map.of());
    LinearClassifier<String, String> classifier = model.classifier();
    FeatureTable table = new FeatureTable(classifier.featureIndex());
    int candidates = 0;
    int cues = 0;
    for (int s = 0; s < text.sentenceCount(); s++) {
      List<CoreLabel> tokens = text.tokens(s);
      for (int t = 0; t < tokens.size(); t++) {
        if (!CueFeatures.candidate(tokens.get(t))) {
          continue;
        }
        candidates++;
        List<String> strings = features.of(s, t);
        FeatureTable.Indices parts = table.sink();
        features.of(s, t, parts);
        assertArrayEquals(
            known(strings, classifier.featureIndex()), parts.indices(), strings::toString);
        double p = model.probability(strings);
        assertEquals(p, model.probability(features, s, t), 0.0, strings::toString);
        if (p >= model.threshold()) {
          cues++;
        }
      }
    }
    assertTrue(candidates > 200, "candidates " + candidates);
    assertTrue(cues >= 5, "cues " + cues);
  }

  @Test
  void theTriggerFeaturesFindTheirOwnStringsByTheirParts() {
    AnnotatedText text = SharedAnalyzer.sampleText();
    int words = 0;
    for (int s = 0; s < text.sentenceCount(); s++) {
      SemanticGraph tree = text.basic(s);
      for (IndexedWord word : tree.vertexListSorted()) {
        if (TriggerFeatures.coarse(word.tag()) == null) {
          continue;
        }
        words++;
        List<String> strings =
            TriggerFeatures.of(tree, word, Lexicons.standard(), WordNetSenses.standard());
        // Every string is in the table, so the parts must find each one, in order.
        Index<String> index = new HashIndex<>();
        index.addAll(strings);
        index.add("unknown|" + strings.get(1));
        FeatureTable.Indices parts = new FeatureTable(index).sink();
        TriggerFeatures.of(tree, word, Lexicons.standard(), WordNetSenses.standard(), parts);
        assertArrayEquals(known(strings, index), parts.indices(), strings::toString);
      }
    }
    assertTrue(words > 200, "words " + words);
  }

  /** The indices of the strings the index knows, in order: what CoreNLP's scoresOf reads. */
  private static int[] known(List<String> strings, Index<String> index) {
    List<Integer> out = new ArrayList<>();
    for (String f : strings) {
      int i = index.indexOf(f);
      if (i >= 0) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void stringsJoinTheParts() {
    FeatureSink.Strings strings = FeatureSink.strings();
    strings.add("bias");
    strings.add("tag=", null);
    strings.add("lemma|tag=", "say", "|", "VBD");
    assertEquals(List.of("bias", "tag=null", "lemma|tag=say|VBD"), strings.features());
  }
}
