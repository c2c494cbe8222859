package org.newsevents.nlp.features;

import edu.stanford.nlp.util.Index;
import java.util.Arrays;

/**
 * A linear classifier's feature index, asked by the parts of a feature instead of the feature
 * string: the index of the concatenation of the parts, or -1 when the classifier has no such
 * feature, without building the string (the hash of a concatenation is computed from the parts'
 * cached hashes, and a candidate key is compared part by part). Feature indices from {@link #sink},
 * in the order added and without the unknown ones, are what CoreNLP's {@code
 * LinearClassifier.scoresOf(Datum)} computes from the feature strings, so {@code scoresOf(int[])},
 * {@code probabilityOf(int[])} give the same numbers.
 */
public final class FeatureTable {

  /** 31 to the power of a length, for the lengths of most parts. */
  private static final int[] POWERS = new int[256];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 31;
    }
  }

  private final String[] keys;
  private final int[] hashes;
  private final int[] values;
  private final int mask;

  /** The table of every feature of the index. */
  public FeatureTable(Index<String> index) {
    int capacity = Integer.highestOneBit(Math.max(4, index.size() * 2 - 1)) << 1;
    keys = new String[capacity];
    hashes = new int[capacity];
    values = new int[capacity];
    mask = capacity - 1;
    for (int i = 0; i < index.size(); i++) {
      String key = index.get(i);
      int hash = key.hashCode();
      int slot = spread(hash) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      hashes[slot] = hash;
      values[slot] = i;
    }
  }

  /** The index of the feature that is the concatenation of the parts, or -1. */
  public int indexOf(String... parts) {
    int hash = 0;
    int length = 0;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i] == null ? "null" : parts[i];
      hash = hash * power(part.length()) + part.hashCode();
      length += part.length();
    }
    for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && matches(keys[slot], length, parts)) {
        return values[slot];
      }
    }
    return -1;
  }

  /** A sink that collects the indices of the known features added to it. */
  public Indices sink() {
    return new Indices(this);
  }

  /** The known features' indices, in the order added. */
  public static final class Indices implements FeatureSink {
    private final FeatureTable table;
    private int[] indices = new int[48];
    private int size;

    private Indices(FeatureTable table) {
      this.table = table;
    }

    @Override
    public void add(String... parts) {
      int index = table.indexOf(parts);
      if (index >= 0) {
        if (size == indices.length) {
          indices = Arrays.copyOf(indices, size * 2);
        }
        indices[size++] = index;
      }
    }

    /** The indices added, in order. */
    public int[] indices() {
      return Arrays.copyOf(indices, size);
    }
  }

  private static boolean matches(String key, int length, String[] parts) {
    if (key.length() != length) {
      return false;
    }
    int offset = 0;
    for (String part : parts) {
      String p = part == null ? "null" : part;
      if (!key.regionMatches(offset, p, 0, p.length())) {
        return false;
      }
      offset += p.length();
    }
    return true;
  }

  private static int power(int length) {
    if (length < POWERS.length) {
      return POWERS[length];
    }
    int power = 1;
    for (int i = 0; i < length; i++) {
      power *= 31;
    }
    return power;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
