package org.newsevents.cluster;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MinHash signatures of texts over word shingles: a text goes in; {@link #HASHES} minimum hash
 * values come out, whose share of equal positions between two texts estimates the Jaccard
 * similarity of their shingle sets.
 */
public final class MinHash {

  /** Words per shingle: long enough that unrelated news texts share few shingles. */
  public static final int SHINGLE_WORDS = 5;

  /** Hash functions per signature: the estimate's standard error is about 0.04 at 128. */
  public static final int HASHES = 128;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  // Fixed seeds: the same text gives the same signature in every run and on every worker.
  private static final long[] SEEDS = seeds(HASHES, 0x6e657773L);

  private MinHash() {}

  /** The signature of a text; a text without words has a signature of {@code Long.MAX_VALUE}s. */
  public static long[] signature(String text) {
    long[] signature = new long[HASHES];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (long shingle : shingleHashes(text)) {
      for (int i = 0; i < HASHES; i++) {
        long h = mix(shingle ^ SEEDS[i]);
        if (h < signature[i]) {
          signature[i] = h;
        }
      }
    }
    return signature;
  }

  /** The share of positions where two signatures agree: an estimate of Jaccard similarity. */
  public static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  /** Lower-cased words of the text, as the shingles see them. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** 64-bit hashes of the text's shingles; a text shorter than a shingle is one shingle. */
  static long[] shingleHashes(String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return new long[0];
    }
    int count = Math.max(1, words.size() - SHINGLE_WORDS + 1);
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      String shingle =
          String.join(" ", words.subList(i, Math.min(words.size(), i + SHINGLE_WORDS)));
      hashes[i] = fnv1a64(shingle.getBytes(StandardCharsets.UTF_8));
    }
    return hashes;
  }

  private static long fnv1a64(byte[] bytes) {
    long h = 0xcbf29ce484222325L;
    for (byte b : bytes) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  // SplitMix64's finalizer: spreads the xor of a shingle hash and a seed over all 64 bits.
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] seeds = new long[n];
    for (int i = 0; i < n; i++) {
      seeds[i] = random.nextLong();
    }
    return seeds;
  }
}
