package org.newsevents.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.TreeSet;
import org.newsevents.records.Hashes;

/** Deterministic cluster ids: member ids go in; a prefix and a hash of the sorted ids come out. */
public final class ClusterIds {

  private ClusterIds() {}

  /** {@code prefix} + the first 16 hex digits of the SHA-256 of the sorted, distinct members. */
  public static String of(String prefix, Collection<String> members) {
    MessageDigest sha = Hashes.sha256();
    for (String member : new TreeSet<>(members)) {
      sha.update(member.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    return prefix + Hashes.hex(sha.digest()).substring(0, 16);
  }
}
