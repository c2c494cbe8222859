package org.newsevents.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Near-duplicate groups of documents by locality-sensitive hashing of their MinHash signatures:
 * documents with their signatures go in; each document's cluster id comes out. Two documents join
 * when one of {@link #BANDS} bands of their signatures is equal and their estimated Jaccard
 * similarity is at least {@link #THRESHOLD}; groups are the connected components of those links.
 */
public final class NearDuplicates {

  /** Bands of {@link #ROWS} signature positions; 32 × 4 = {@link MinHash#HASHES}. */
  public static final int BANDS = 32;

  public static final int ROWS = MinHash.HASHES / BANDS;

  /**
   * Least estimated Jaccard similarity of 5-word shingles for two articles to be near duplicates.
   * On the BBC collection, copies and updated versions of one story (a paragraph added, a figure
   * changed) lie at 0.74–1.0, different stories on the same topic at 0.3–0.7.
   */
  public static final double THRESHOLD = 0.7;

  /** The prefix of article cluster ids. */
  public static final String PREFIX = "ac-";

  private NearDuplicates() {}

  /** The cluster id of every document: a hash of the sorted doc ids of its group. */
  public static Map<String, String> clusters(Map<String, long[]> signatures) {
    List<String> ids = new ArrayList<>(new TreeMap<>(signatures).keySet());
    UnionFind groups = new UnionFind(ids.size());
    for (int band = 0; band < BANDS; band++) {
      Map<BandKey, Integer> firstInBucket = new HashMap<>();
      Map<Integer, List<Integer>> buckets = new TreeMap<>();
      for (int i = 0; i < ids.size(); i++) {
        long[] signature = signatures.get(ids.get(i));
        if (isEmpty(signature)) {
          continue;
        }
        BandKey key = new BandKey(Arrays.copyOfRange(signature, band * ROWS, (band + 1) * ROWS));
        int first = firstInBucket.computeIfAbsent(key, k -> buckets.size());
        buckets.computeIfAbsent(first, k -> new ArrayList<>()).add(i);
      }
      for (List<Integer> bucket : buckets.values()) {
        linkSimilar(bucket, ids, signatures, groups);
      }
    }
    Map<String, String> clusterOf = new TreeMap<>();
    for (List<Integer> component : groups.components()) {
      List<String> members = component.stream().map(ids::get).toList();
      String id = ClusterIds.of(PREFIX, members);
      members.forEach(member -> clusterOf.put(member, id));
    }
    return clusterOf;
  }

  private static void linkSimilar(
      List<Integer> bucket, List<String> ids, Map<String, long[]> signatures, UnionFind groups) {
    for (int a = 0; a < bucket.size(); a++) {
      for (int b = a + 1; b < bucket.size(); b++) {
        int i = bucket.get(a);
        int j = bucket.get(b);
        if (groups.find(i) != groups.find(j)
            && MinHash.similarity(signatures.get(ids.get(i)), signatures.get(ids.get(j)))
                >= THRESHOLD) {
          groups.union(i, j);
        }
      }
    }
  }

  // A text without words has no shingles; its all-maximum signature would match every other such.
  private static boolean isEmpty(long[] signature) {
    return Arrays.stream(signature).allMatch(v -> v == Long.MAX_VALUE);
  }

  private record BandKey(long[] rows) {
    @Override
    public boolean equals(Object o) {
      return o instanceof BandKey other && Arrays.equals(rows, other.rows);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(rows);
    }
  }
}
