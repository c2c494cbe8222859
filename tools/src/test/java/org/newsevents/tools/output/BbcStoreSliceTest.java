package org.newsevents.tools.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.PipelineRuns;
import org.newsevents.RunSummary;
import org.newsevents.tools.SharedData;

/**
 * The annotation store on six BBC articles (fast profile), two of them the same file under two
 * names ({@code tech/211.txt}, {@code tech/226.txt}): the first run annotates five texts and stores
 * them; the second annotates none and writes the same records, compared as {@code compare-outputs}
 * compares runs. Skipped when {@code ../shared/data/bbc-news} is absent.
 */
class BbcStoreSliceTest {

  private static final List<String> FILES =
      List.of(
          "tech/211.txt",
          "tech/226.txt",
          "business/001.txt",
          "politics/050.txt",
          "sport/100.txt",
          "entertainment/150.txt");

  @TempDir static Path input;
  @TempDir static Path store;
  @TempDir static Path cold;
  @TempDir static Path warm;

  private static RunSummary coldSummary;
  private static RunSummary warmSummary;

  @BeforeAll
  static void runTwiceWithOneStore() throws IOException {
    Path bbc = SharedData.corpusOrSkip("bbc-news", "BBC collection");
    for (String file : FILES) {
      Path copy = input.resolve(file);
      Files.createDirectories(copy.getParent());
      Files.copy(bbc.resolve(file), copy);
    }
    String[] args = {"--input=" + input, "--profile=fast", "--annotationStore=" + store};
    coldSummary = PipelineRuns.run(cold, args).summary();
    warmSummary = PipelineRuns.run(warm, args).summary();
  }

  @Test
  void theFirstRunAnnotatesEachTextOnce() {
    assertEquals(6, coldSummary.articles());
    assertEquals(0, coldSummary.errors());
    assertEquals(5, coldSummary.annotated());
    assertEquals(1, coldSummary.copiesReused());
    assertEquals(5, coldSummary.storeMisses());
    assertEquals(0, coldSummary.storeHits());
  }

  @Test
  void theSecondRunAnnotatesNothingAndWritesTheSameRecords() throws IOException {
    assertEquals(6, warmSummary.articles());
    assertEquals(0, warmSummary.annotated());
    assertEquals(5, warmSummary.storeHits());
    assertEquals(0, warmSummary.storeMisses());
    CompareOutputs.Comparison comparison = CompareOutputs.compare(cold, warm);
    assertEquals(List.of(), comparison.differences());
    assertEquals(6, comparison.articles());
  }
}
