package org.newsevents.nlp.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic ids: the same document, trigger offsets and type always give the same id. */
final class EventIds {

  private EventIds() {}

  static String of(String docId, String type, int begin, int end) {
    return sha256(docId + "\u0000" + type + "\u0000" + begin + "\u0000" + end).substring(0, 20);
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
