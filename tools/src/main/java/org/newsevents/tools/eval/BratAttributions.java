package org.newsevents.tools.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a PolNeAR BRAT standoff file: the text of an {@code .ann} file goes in; one {@link
 * Attribution} per {@code E} relation comes out, each role as character-offset fragments.
 */
public final class BratAttributions {

  /**
   * One attribution relation; each role is a list of {@code [begin, end)} fragments into the
   * article text, empty when the role is missing.
   */
  public record Attribution(List<int[]> source, List<int[]> cue, List<int[]> content) {}

  private BratAttributions() {}

  public static List<Attribution> parse(Path annFile) throws IOException {
    return parse(Files.readString(annFile, StandardCharsets.UTF_8));
  }

  /** The attributions of an .ann file's text, in the order of their relation lines. */
  public static List<Attribution> parse(String ann) {
    Map<String, List<int[]>> spans = new HashMap<>();
    List<String[]> relations = new ArrayList<>();
    for (String line : ann.split("\r?\n")) {
      String[] columns = line.split("\t");
      if (columns.length < 2) {
        continue;
      }
      if (line.startsWith("T")) {
        spans.put(columns[0], fragments(columns[1]));
      } else if (line.startsWith("E")) {
        relations.add(columns[1].trim().split(" "));
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (String[] arguments : relations) {
      List<int[]> source = new ArrayList<>();
      List<int[]> cue = new ArrayList<>();
      List<int[]> content = new ArrayList<>();
      // The first argument is the relation's own trigger (Attribution:T4); the rest are roles.
      for (int i = 1; i < arguments.length; i++) {
        String[] roleAndId = arguments[i].split(":");
        List<int[]> fragments = spans.getOrDefault(roleAndId[1], List.of());
        // PolNeAR numbers repeated roles ("Content2"); they extend the role.
        String role = roleAndId[0].replaceAll("\\d+$", "");
        switch (role) {
          case "Source" -> source.addAll(fragments);
          case "Cue" -> cue.addAll(fragments);
          case "Content" -> content.addAll(fragments);
          default -> {}
        }
      }
      out.add(new Attribution(source, cue, content));
    }
    return out;
  }

  /** "Content 315 448;463 553" to [[315, 448], [463, 553]]. */
  private static List<int[]> fragments(String typeAndOffsets) {
    String offsets = typeAndOffsets.substring(typeAndOffsets.indexOf(' ') + 1);
    List<int[]> out = new ArrayList<>();
    for (String fragment : offsets.split(";")) {
      String[] bounds = fragment.trim().split(" ");
      out.add(new int[] {Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])});
    }
    return out;
  }
}
