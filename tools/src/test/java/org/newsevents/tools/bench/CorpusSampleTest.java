package org.newsevents.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusSampleTest {

  @TempDir Path dir;

  @Test
  void spreadPicksEvenlyOverTheList() {
    assertEquals(List.of(0, 2, 5, 7), CorpusSample.spread(10, 4));
    assertEquals(List.of(0, 1, 2), CorpusSample.spread(3, 0));
    assertEquals(List.of(0, 1, 2), CorpusSample.spread(3, 5));
  }

  @Test
  void everyNthPicksFromTheFirstUpToTheLimit() {
    // benchmark --cold --every=11 --limit=200 over the 2,225 BBC files: 0, 11, ..., 2189.
    List<Integer> bbc = CorpusSample.every(2225, 11, 200);
    assertEquals(200, bbc.size());
    assertEquals(List.of(0, 11, 22), bbc.subList(0, 3));
    assertEquals(2189, bbc.get(199));
    assertEquals(List.of(0, 3, 6, 9), CorpusSample.every(10, 3, 0));
    assertEquals(List.of(0, 3), CorpusSample.every(10, 3, 2));
    assertEquals(CorpusSample.spread(10, 4), CorpusSample.every(10, 0, 4));
  }

  @Test
  void stagesTheChosenFilesAndNormalizesThemAsThePipelineDoes() throws Exception {
    Path corpus = dir.resolve("corpus");
    write(
        corpus.resolve("business/001.txt"), "Ad sales boost profits\n\nQuarterly profits rose.\n");
    write(corpus.resolve("business/002.txt"), "Headline only\n");
    write(corpus.resolve("sport/001.txt"), "Cup final\n\nThe team won the cup.\n");
    write(corpus.resolve("sport/002.txt"), "Not chosen\n\nThis one is left out.\n");

    CorpusSample.Sample sample = CorpusSample.take(corpus, 3, dir.resolve("staged"));

    assertEquals(
        List.of(Path.of("business/001.txt"), Path.of("business/002.txt"), Path.of("sport/001.txt")),
        sample.files());
    assertTrue(Files.isRegularFile(dir.resolve("staged/sport/001.txt")));
    assertEquals(2, sample.articles().size());
    assertEquals("Quarterly profits rose.", sample.articles().get(0).getBody());
    assertEquals("The team won the cup.", sample.articles().get(1).getBody());
    assertEquals(
        1, sample.invalid()); // "Headline only" has no body: an error record in the pipeline
  }

  @Test
  void distinctSamplePassesOverAnExactCopyForTheNextFile() throws Exception {
    Path corpus = dir.resolve("corpus");
    write(corpus.resolve("tech/211.txt"), "Phone sales\n\nSales of phones rose in May.\n");
    write(corpus.resolve("tech/212.txt"), "Phone sales again\n\nSales of phones rose in May.\n");
    write(corpus.resolve("tech/213.txt"), "Chips\n\nChip makers cut prices.\n");
    write(corpus.resolve("tech/214.txt"), "Games\n\nA games console went on sale.\n");

    // spread(4, 3) picks 211, 212, 213; 212 has 211's body, so 213 takes its place, 214 the next.
    CorpusSample.Sample sample = CorpusSample.takeDistinct(corpus, 3, dir.resolve("staged"));

    assertEquals(
        List.of(Path.of("tech/211.txt"), Path.of("tech/213.txt"), Path.of("tech/214.txt")),
        sample.files());
    assertEquals(3, sample.articles().size());
    assertEquals(
        List.of(Path.of("tech/211.txt"), Path.of("tech/212.txt"), Path.of("tech/213.txt")),
        CorpusSample.take(corpus, 3, dir.resolve("plain")).files());
  }

  private static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
