package org.newsevents.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsevents.cluster.ArticleFacts;

class ClusterEventsTest {

  private static final ArticleFacts A1 = new ArticleFacts("a", "2024-05-01", "a", "bbc");
  private static final ArticleFacts A2 = new ArticleFacts("a", "2024-05-02", "a", "bbc");
  private static final ArticleFacts B = new ArticleFacts("b", null, "a", "reuters");

  @Test
  void factsByDocIdKeepsOneFactPerDocIdWhateverTheOrder() {
    ClusterEvents.FactsByDocId combine = new ClusterEvents.FactsByDocId();
    HashMap<String, ArticleFacts> forward = combine.createAccumulator();
    for (ArticleFacts facts : List.of(A1, B, A2)) {
      forward = combine.addInput(forward, facts);
    }
    HashMap<String, ArticleFacts> first = combine.addInput(combine.createAccumulator(), A2);
    HashMap<String, ArticleFacts> second = combine.addInput(combine.createAccumulator(), B);
    second = combine.addInput(second, A1);

    Map<String, ArticleFacts> expected = Map.of("a", A1, "b", B);
    assertEquals(expected, combine.extractOutput(forward));
    assertEquals(
        expected, combine.extractOutput(combine.mergeAccumulators(List.of(first, second))));
  }

  @Test
  void shardsMustBePositive() {
    assertThrows(
        IllegalArgumentException.class, () -> ClusterEvents.ofArticles(null).withShards(0));
    assertThrows(
        IllegalArgumentException.class, () -> ClusterEvents.ofArticles(null).withShardsByType(0));
  }
}
