package org.newsevents.tools.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsevents.tools.eval.BratAttributions.Attribution;

/**
 * Reads a PolNeAR split at run time: a split directory (with {@code text/} and {@code
 * attributions/}, and {@code metadata.tsv} beside or above it) goes in; its texts with their gold
 * attributions and publication dates come out. A text annotated by several annotators is scored
 * against the first annotation file by file name.
 */
public final class PolnearCorpus {

  /** One gold text; {@code published} is null when the metadata has no date for it. */
  public record Document(
      String name,
      String text,
      List<Attribution> gold,
      String annotationFile,
      int annotationFiles,
      LocalDate published) {}

  private PolnearCorpus() {}

  /** The texts of a split sorted by file name, at most {@code limit} of them (0: all). */
  public static List<Document> load(Path split, int limit) {
    try {
      Map<String, LocalDate> dates = publicationDates(split);
      List<Path> texts;
      try (Stream<Path> files = Files.list(split.resolve("text"))) {
        texts =
            files
                .filter(f -> f.getFileName().toString().endsWith(".txt"))
                .sorted()
                .collect(Collectors.toList());
      }
      List<Path> annotations;
      try (Stream<Path> files = Files.list(split.resolve("attributions"))) {
        annotations =
            files
                .filter(f -> f.getFileName().toString().endsWith(".ann"))
                .sorted()
                .collect(Collectors.toList());
      }
      List<Document> out = new ArrayList<>();
      for (Path textFile : texts) {
        if (limit > 0 && out.size() >= limit) {
          break;
        }
        String name = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
        List<Path> own =
            annotations.stream()
                .filter(a -> isAnnotationOf(a.getFileName().toString(), name))
                .collect(Collectors.toList());
        if (own.isEmpty()) {
          continue;
        }
        // Read unchanged: gold offsets point into exactly these characters.
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        out.add(
            new Document(
                name,
                text,
                BratAttributions.parse(own.get(0)),
                own.get(0).getFileName().toString(),
                own.size(),
                dates.get(name)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "{name}_{annotator}.ann", the annotator being a run of letters and digits. */
  private static boolean isAnnotationOf(String annotationFile, String name) {
    return annotationFile.startsWith(name + "_")
        && annotationFile.substring(name.length() + 1).matches("[A-Za-z0-9]+\\.ann");
  }

  /** Publication dates by file name from the nearest metadata.tsv at or above the split. */
  private static Map<String, LocalDate> publicationDates(Path split) throws IOException {
    Map<String, LocalDate> dates = new HashMap<>();
    for (Path dir = split.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path metadata = dir.resolve("metadata.tsv");
      if (!Files.isRegularFile(metadata)) {
        continue;
      }
      List<String> lines = Files.readAllLines(metadata, StandardCharsets.UTF_8);
      List<String> header = List.of(lines.get(0).split("\t", -1));
      int file = header.indexOf("filename");
      int date = header.indexOf("publication_date");
      for (String line : lines.subList(1, lines.size())) {
        String[] columns = line.split("\t", -1);
        if (file >= 0 && date >= 0 && columns.length > Math.max(file, date)) {
          try {
            dates.put(columns[file], LocalDate.parse(columns[date]));
          } catch (java.time.format.DateTimeParseException e) {
            // No usable date: the article stays undated.
          }
        }
      }
      break;
    }
    return dates;
  }
}
