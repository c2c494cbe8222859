package org.newsevents.nlp.knowledge;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.neural.Embedding;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.ejml.simple.SimpleMatrix;

/**
 * CoreNLP's English word vectors (the 50-dimensional embeddings its neural coreference model reads,
 * {@code edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz} in the CoreNLP models jar,
 * 103,144 lower-case words), as features of the trained trigger model: a word goes in; its vector
 * scaled to length 1 comes out, or null for a word without one. A rare noun shares with the words
 * near it what they learned ("blockade" near "siege", "bailout" near "rescue").
 */
public final class WordEmbeddings {

  /** Where CoreNLP's models jar keeps the vectors. */
  public static final String RESOURCE =
      "edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz";

  /** The vectors' length. */
  public static final int DIMENSIONS = 50;

  private static volatile WordEmbeddings standard;

  private final Map<String, float[]> vectors;

  private WordEmbeddings(Map<String, float[]> vectors) {
    this.vectors = vectors;
  }

  /** The vectors of CoreNLP's models jar, read on the first use. */
  public static WordEmbeddings standard() {
    WordEmbeddings loaded = standard;
    if (loaded == null) {
      synchronized (WordEmbeddings.class) {
        loaded = standard;
        if (loaded == null) {
          loaded = load();
          standard = loaded;
        }
      }
    }
    return loaded;
  }

  /** Vectors given by word (tests); each is scaled to length 1 here. */
  public static WordEmbeddings of(Map<String, float[]> vectors) {
    Map<String, float[]> unit = new HashMap<>();
    vectors.forEach((word, vector) -> unit.put(word, unit(vector)));
    return new WordEmbeddings(unit);
  }

  /** The unit vector of {@code word} (lower-cased), or null when there is none. */
  public float[] vector(String word) {
    return word == null ? null : vectors.get(word.toLowerCase(Locale.ROOT));
  }

  private static WordEmbeddings load() {
    Embedding embedding;
    try {
      embedding = IOUtils.readObjectFromURLOrClasspathOrFileSystem(RESOURCE);
    } catch (java.io.IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot read CoreNLP's word vectors " + RESOURCE, e);
    }
    Map<String, float[]> vectors = new HashMap<>(embedding.size() * 2);
    for (Map.Entry<String, SimpleMatrix> entry : embedding.entrySet()) {
      SimpleMatrix matrix = entry.getValue();
      if (matrix.getNumElements() != DIMENSIONS) {
        continue;
      }
      float[] vector = new float[DIMENSIONS];
      for (int i = 0; i < DIMENSIONS; i++) {
        vector[i] = (float) matrix.get(i);
      }
      vectors.put(entry.getKey(), unit(vector));
    }
    return new WordEmbeddings(vectors);
  }

  private static float[] unit(float[] vector) {
    double norm = 0;
    for (float value : vector) {
      norm += (double) value * value;
    }
    norm = Math.sqrt(norm);
    float[] out = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      out[i] = norm == 0 ? 0 : (float) (vector[i] / norm);
    }
    return out;
  }
}
