package org.newsevents.tools.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.tools.eval.ActorSlots.Key;

/**
 * A gold file of actor codes: a TSV file goes in (doc_id, begin, end, role, code; a header row; '#'
 * comments); the gold code of each slot comes out. It holds offsets and codes only, no corpus text.
 */
public final class ActorGold {

  static final String HEADER = "doc_id\tbegin\tend\trole\tcode";

  private ActorGold() {}

  /** The gold codes by slot, in file order; a malformed or repeated row is an error. */
  public static Map<Key, String> read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  static Map<Key, String> parse(List<String> lines, String name) {
    Map<Key, String> gold = new LinkedHashMap<>();
    boolean header = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        if (!line.equals(HEADER)) {
          throw new IllegalArgumentException(name + ": the header row must be '" + HEADER + "'");
        }
        header = true;
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5 || f[4].isBlank()) {
        throw new IllegalArgumentException(
            name + ":" + (i + 1) + ": expected 5 tab-separated fields: " + line);
      }
      Key key = new Key(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3]);
      if (gold.put(key, f[4].strip()) != null) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": slot given twice: " + line);
      }
    }
    return gold;
  }
}
