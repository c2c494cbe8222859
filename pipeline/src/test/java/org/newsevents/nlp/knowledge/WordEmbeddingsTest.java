package org.newsevents.nlp.knowledge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** CoreNLP's word vectors as trigger features: unit length, lower-cased, near for near words. */
class WordEmbeddingsTest {

  private final WordEmbeddings vectors = WordEmbeddings.standard();

  @Test
  void aWordHasAUnitVectorOfFiftyDimensionsWhateverItsCase() {
    float[] attack = vectors.vector("attack");
    assertEquals(WordEmbeddings.DIMENSIONS, attack.length);
    assertEquals(1.0, dot(attack, attack), 1e-5);
    assertSame(attack, vectors.vector("Attack"));
    assertNull(vectors.vector("xqzzy"));
  }

  @Test
  void aRareEventNounLiesNearItsKindAndFarFromThings() {
    // "blockade" and "siege": 0.665; "blockade" and "table": -0.011.
    assertTrue(dot(vectors.vector("blockade"), vectors.vector("siege")) > 0.6);
    assertTrue(dot(vectors.vector("blockade"), vectors.vector("table")) < 0.1);
  }

  @Test
  void givenVectorsAreScaledToLengthOne() {
    WordEmbeddings given = WordEmbeddings.of(Map.of("war", new float[] {3, 4}));
    assertArrayEquals(new float[] {0.6f, 0.8f}, given.vector("WAR"), 1e-6f);
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
