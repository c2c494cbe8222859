package org.newsevents.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** MinHash signatures and the near-duplicate groups built from them, without Beam. */
class NearDuplicatesTest {

  private static final String STORY =
      "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn for the three months"
          + " to December, from $639m year-earlier. The firm, which is now one of the biggest"
          + " investors in Google, benefited from sales of high-speed internet connections and"
          + " higher advert sales. TimeWarner said fourth quarter sales rose 2% to $11.1bn from"
          + " $10.9bn. Its profits were buoyed by one-off gains which offset a profit dip at Warner"
          + " Bros, and less users for AOL. Time Warner said on Friday that it now owns 8% of"
          + " search-engine Google. But its own internet business, AOL, had mixed fortunes. It lost"
          + " 464,000 subscribers in the fourth quarter profits were lower than in the preceding"
          + " three quarters.";

  // The same story with its last sentence reworded, as an updated version would be.
  private static final String UPDATED =
      STORY.replace(
          "It lost 464,000 subscribers in the fourth quarter profits were lower than in the"
              + " preceding three quarters.",
          "It lost 464,000 subscribers in the fourth quarter.");

  private static final String OTHER =
      "The dollar has hit its highest level against the euro in almost three months after the"
          + " Federal Reserve head said the US trade deficit is set to stabilise. And Alan"
          + " Greenspan highlighted the US government's willingness to curb spending and rising"
          + " household savings as factors which may help to reduce it.";

  @Test
  void shinglesAreFiveLowerCasedWords() {
    assertEquals(
        List.of("the", "dollar", "has", "hit", "its", "highest"),
        MinHash.words("The dollar has hit its highest."));
    assertEquals(2, MinHash.shingleHashes("The dollar has hit its highest.").length);
    assertEquals(1, MinHash.shingleHashes("Two words").length);
    assertEquals(0, MinHash.shingleHashes(" -- ").length);
  }

  @Test
  void similarityEstimatesTheJaccardOfShingleSets() {
    double exact = jaccard(MinHash.shingleHashes(STORY), MinHash.shingleHashes(UPDATED));
    double estimate = MinHash.similarity(MinHash.signature(STORY), MinHash.signature(UPDATED));
    assertEquals(0.923, exact, 0.001);
    assertEquals(exact, estimate, 0.1);
    assertEquals(1.0, MinHash.similarity(MinHash.signature(STORY), MinHash.signature(STORY)));
    assertEquals(0.0, MinHash.similarity(MinHash.signature(STORY), MinHash.signature(OTHER)), 0.03);
  }

  @Test
  void signaturesAreTheSameInEveryRun() {
    assertArrayEquals(MinHash.signature(STORY), MinHash.signature(new String(STORY)));
  }

  @Test
  void groupsCopiesAndUpdatedVersionsOfAStoryAndNothingElse() {
    Map<String, long[]> signatures = new LinkedHashMap<>();
    signatures.put("business/001.txt", MinHash.signature(STORY));
    signatures.put("other/copy.txt", MinHash.signature(STORY));
    signatures.put("business/002.txt", MinHash.signature(OTHER));
    signatures.put("business/003.txt", MinHash.signature(UPDATED));
    signatures.put("empty-1", MinHash.signature("..."));
    signatures.put("empty-2", MinHash.signature("..."));

    Map<String, String> clusters = NearDuplicates.clusters(signatures);

    String story =
        ClusterIds.of("ac-", List.of("business/001.txt", "business/003.txt", "other/copy.txt"));
    assertEquals(story, clusters.get("business/001.txt"));
    assertEquals(story, clusters.get("business/003.txt"));
    assertEquals(story, clusters.get("other/copy.txt"));
    assertEquals(
        ClusterIds.of("ac-", List.of("business/002.txt")), clusters.get("business/002.txt"));
    // Texts without words are no evidence of duplication: each stays alone.
    assertNotEquals(clusters.get("empty-1"), clusters.get("empty-2"));
    assertEquals(6, clusters.size());
  }

  @Test
  void clusterIdsHashTheSortedMembers() {
    assertEquals(ClusterIds.of("ac-", List.of("b", "a")), ClusterIds.of("ac-", List.of("a", "b")));
    assertEquals("ac-", ClusterIds.of("ac-", List.of("a")).substring(0, 3));
    assertEquals(19, ClusterIds.of("ac-", List.of("a")).length());
  }

  private static double jaccard(long[] a, long[] b) {
    Set<Long> sa = new HashSet<>();
    Set<Long> sb = new HashSet<>();
    for (long x : a) {
      sa.add(x);
    }
    for (long x : b) {
      sb.add(x);
    }
    Set<Long> union = new HashSet<>(sa);
    union.addAll(sb);
    sa.retainAll(sb);
    return (double) sa.size() / union.size();
  }
}
