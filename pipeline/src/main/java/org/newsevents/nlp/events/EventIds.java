package org.newsevents.nlp.events;

import org.newsevents.records.Hashes;

/** Deterministic ids: the same document, trigger offsets and type always give the same id. */
public final class EventIds {

  private EventIds() {}

  public static String of(String docId, String type, int begin, int end) {
    return Hashes.sha256Hex(docId + "\u0000" + type + "\u0000" + begin + "\u0000" + end)
        .substring(0, 20);
  }
}
