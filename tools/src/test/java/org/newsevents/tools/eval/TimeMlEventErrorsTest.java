package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** The constructions the held-out events' error table sorts words into. */
class TimeMlEventErrorsTest {

  private static String construction(SemanticGraph graph, String word) {
    IndexedWord node =
        graph.vertexSet().stream().filter(w -> w.word().equals(word)).findFirst().orElseThrow();
    return TimeMlEventErrors.construction(
        graph,
        node,
        word.toLowerCase(java.util.Locale.ROOT),
        org.newsevents.nlp.events.TriggerFeatures.coarse(node.tag()));
  }

  @Test
  void aNounModifyingANounIsToldFromTheNounAfterItsDeterminer() {
    SemanticGraph graph =
        SemanticGraph.valueOf("[repaid/VBN nsubj:pass>[loans/NNS det>The/DT compound>war/NN]]");
    assertEquals("noun modifying a noun", construction(graph, "war"));
    assertEquals("noun after a determiner", construction(graph, "loans"));
    assertEquals("other verb", construction(graph, "repaid"));
  }

  @Test
  void aLightVerbAndItsObjectAreTheirOwnRows() {
    SemanticGraph graph =
        SemanticGraph.valueOf("[have/VB nsubj>They/PRP obj>[meeting/NN det>a/DT] aux>will/MD]");
    assertEquals("light verb with object", construction(graph, "have"));
    assertEquals("noun, object of a light verb", construction(graph, "meeting"));
    assertEquals("auxiliary", construction(graph, "will"));
  }

  @Test
  void theCopulaAndAuxiliariesAreNamed() {
    SemanticGraph graph = SemanticGraph.valueOf("[leader/NN cop>is/VBZ nsubj>He/PRP det>the/DT]");
    IndexedWord is =
        graph.vertexSet().stream().filter(w -> w.word().equals("is")).findFirst().orElseThrow();
    assertEquals("copula be", TimeMlEventErrors.construction(graph, is, "be", "V"));
    SemanticGraph passive =
        SemanticGraph.valueOf("[arrested/VBN aux:pass>was/VBD nsubj:pass>He/PRP aux>had/VBD]");
    assertEquals("auxiliary", construction(passive, "had"));
  }
}
