package org.newsevents.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.cluster.ClusterIds;
import org.newsevents.nlp.events.EventIds;

class HashesTest {

  @Test
  void sha256HexMatchesTheKnownTestVectorAndHashesUtf8() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        Hashes.sha256Hex("abc"));
    assertEquals(
        "461dd6e5e096f3d1eb9862cb4e02eaee2da35320d62b315f56a37a13d46f0d82",
        Hashes.sha256Hex("Böll"));
  }

  // Ids written before Hashes existed: the same inputs must keep giving them.
  @Test
  void eventAndClusterIdsKeepTheirValues() {
    assertEquals("c7d6470eacc7f4da73fd", EventIds.of("a.txt", "STATEMENT", 17, 21));
    assertEquals("ec-8e0f2672fb82ff23", ClusterIds.of("ec-", List.of("e2", "e1", "e2")));
  }
}
