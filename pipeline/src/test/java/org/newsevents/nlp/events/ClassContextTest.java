package org.newsevents.nlp.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The class model's context features on hand-made trees (words, tags and lemmas set here, so no
 * parser is involved): WordNet's files of the word, its governor and its object, its verb base,
 * aspect (also with the lemma), negation, the complement it is and the copula.
 */
class ClassContextTest {

  /** A tree from CoreNLP's bracket notation with each word's tag and lemma from {@code tags}. */
  private static SemanticGraph tree(String brackets, Map<String, String[]> tags) {
    SemanticGraph tree = SemanticGraph.valueOf(brackets);
    for (IndexedWord word : tree.vertexSet()) {
      String[] tagAndLemma = tags.get(word.word());
      word.setTag(tagAndLemma[0]);
      word.setLemma(tagAndLemma[1]);
    }
    return tree;
  }

  private static IndexedWord node(SemanticGraph tree, String word) {
    return tree.vertexSet().stream().filter(w -> w.word().equals(word)).findFirst().orElseThrow();
  }

  @Test
  void aToComplementUnderANegatedModalVerb() {
    SemanticGraph tree =
        tree(
            "[decide nsubj>board aux>would advmod>not xcomp>[sell mark>to obj>house]]",
            Map.of(
                "decide", new String[] {"VB", "decide"},
                "board", new String[] {"NN", "board"},
                "would", new String[] {"MD", "would"},
                "not", new String[] {"RB", "not"},
                "sell", new String[] {"VB", "sell"},
                "to", new String[] {"TO", "to"},
                "house", new String[] {"NN", "house"}));
    List<String> decide = EventClassFeatures.of(tree, node(tree, "decide"));
    assertTrue(decide.contains("wn1=verb.cognition|V"), decide::toString);
    assertTrue(decide.contains("aspect|pos=modal|V"), decide::toString);
    assertTrue(decide.contains("negated|pos=V"), decide::toString);
    assertTrue(decide.contains("base=decide"), decide::toString);
    assertTrue(decide.contains("lemma|aspect|pos=modal|V|decide"), decide::toString);
    assertTrue(decide.contains("lemma|copular=decide|false"), decide::toString);
    List<String> sell = EventClassFeatures.of(tree, node(tree, "sell"));
    assertTrue(sell.contains("wn1=verb.possession|V"), sell::toString);
    assertTrue(sell.contains("head-wn1=verb.cognition|xcomp"), sell::toString);
    assertTrue(sell.contains("complement-of=xcomp|to|V"), sell::toString);
    assertTrue(sell.contains("obj-wn1=noun.artifact"), sell::toString);
    assertTrue(sell.contains("aspect|pos=-|V"), sell::toString);
    assertFalse(sell.contains("negated|pos=V"), sell::toString);
  }

  @Test
  void aCopularPredicateInThePerfectPassiveAndProgressive() {
    SemanticGraph state =
        tree(
            "[advocate nsubj>Germany aux>has cop>been]",
            Map.of(
                "advocate", new String[] {"NN", "advocate"},
                "Germany", new String[] {"NNP", "Germany"},
                "has", new String[] {"VBZ", "have"},
                "been", new String[] {"VBN", "be"}));
    List<String> advocate = EventClassFeatures.of(state, node(state, "advocate"));
    assertTrue(advocate.contains("copular|pos=N"), advocate::toString);
    assertTrue(advocate.contains("lemma|copular=advocate|true"), advocate::toString);
    assertTrue(advocate.contains("aspect|pos=-+perfect|N"), advocate::toString);
    SemanticGraph passive =
        tree(
            "[killed nsubj:pass>soldiers aux:pass>were]",
            Map.of(
                "killed", new String[] {"VBN", "kill"},
                "soldiers", new String[] {"NNS", "soldier"},
                "were", new String[] {"VBD", "be"}));
    List<String> killed = EventClassFeatures.of(passive, node(passive, "killed"));
    assertTrue(killed.contains("aspect|pos=-+passive|V"), killed::toString);
    assertFalse(killed.contains("copular|pos=V"), killed::toString);
    SemanticGraph progressive =
        tree(
            "[fighting nsubj>rebels aux>are]",
            Map.of(
                "fighting", new String[] {"VBG", "fight"},
                "rebels", new String[] {"NNS", "rebel"},
                "are", new String[] {"VBP", "be"}));
    List<String> fighting = EventClassFeatures.of(progressive, node(progressive, "fighting"));
    assertTrue(fighting.contains("aspect|pos=-+progressive|V"), fighting::toString);
  }
}
