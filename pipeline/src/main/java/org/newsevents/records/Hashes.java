package org.newsevents.records;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 for the ids and hashes in the records: text (or a digest fed by the caller) goes in;
 * lower-case hex comes out.
 */
public final class Hashes {

  private Hashes() {}

  /** The 64 lower-case hex digits of the SHA-256 of the text's UTF-8 bytes. */
  public static String sha256Hex(String text) {
    return hex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** A fresh SHA-256 digest, for callers that hash several parts. */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  /** Lower-case hex of a digest's bytes. */
  public static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }
}
