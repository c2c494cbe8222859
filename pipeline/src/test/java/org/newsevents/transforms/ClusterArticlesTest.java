package org.newsevents.transforms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

class ClusterArticlesTest {

  @Test
  void signatureRoundTripsAndComparesByContent() throws Exception {
    ClusterArticles.Signature signature =
        new ClusterArticles.Signature("bbc/001.txt", new long[] {Long.MIN_VALUE, -1, 0, 42});
    ClusterArticles.Signature decoded =
        CoderUtils.clone(ClusterArticles.Signature.CODER, signature);
    assertEquals("bbc/001.txt", decoded.docId());
    assertArrayEquals(new long[] {Long.MIN_VALUE, -1, 0, 42}, decoded.values());
    // The direct runner's mutation check: a decoded copy has the same structural value.
    CoderProperties.structuralValueDecodeEncodeEqual(ClusterArticles.Signature.CODER, signature);
  }

  @Test
  void accumulatorOfSignaturesRoundTrips() throws Exception {
    Map<String, long[]> all = new TreeMap<>();
    all.put("a", new long[] {1, 2, 3});
    all.put("b", new long[0]);
    MapCoder<String, long[]> coder =
        MapCoder.of(StringUtf8Coder.of(), ClusterArticles.LongArrayCoder.INSTANCE);
    Map<String, long[]> decoded = CoderUtils.clone(coder, all);
    assertEquals(all.keySet(), new TreeMap<>(decoded).keySet());
    assertArrayEquals(new long[] {1, 2, 3}, decoded.get("a"));
    assertArrayEquals(new long[0], decoded.get("b"));
    CoderProperties.structuralValueDecodeEncodeEqual(coder, all);
  }
}
