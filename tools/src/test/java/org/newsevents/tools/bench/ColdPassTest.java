package org.newsevents.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cold pass's table and the summary line it takes from each fresh JVM's log. */
class ColdPassTest {

  @TempDir Path dir;

  @Test
  void tablePrintsSecondsArticlesPerHourCpuAndTheSpeedUpOverNaive() {
    String table =
        ColdPass.table(
            "header\n",
            200,
            List.of(
                new ColdPass.Row("fast", 60.0, 100.0, 1.5, 2.0, "fast line"),
                new ColdPass.Row("naive", 144.0, 250.0, 2.0, 2.5, "naive line")));

    assertEquals(
        List.of(
            "header",
            "profile      seconds  articles/hour   naive/this     CPU s    CPU ratio  load avg"
                + " before/after",
            "fast            60.0         12,000         2.40     100.0         2.50        1.50 / 2.00",
            "naive          144.0          5,000         1.00     250.0         1.00        2.00 / 2.50",
            "  fast: fast line",
            "  naive: naive line"),
        table.lines().toList());
  }

  @Test
  void withoutNaiveTheFirstProfileIsTheBaseline() {
    String table =
        ColdPass.table(
            "",
            100,
            List.of(
                new ColdPass.Row("full", 90.0, 180.0, 1.0, 1.0, "-"),
                new ColdPass.Row("fast", 45.0, 60.0, 1.0, 1.0, "-")));

    assertEquals(
        "fast            45.0          8,000         2.00      60.0         3.00        1.00 / 1.00",
        table.lines().toList().get(2));
  }

  @Test
  void summaryIsTheLastRunOrNaiveLine() throws Exception {
    Path log = dir.resolve("run.log");
    Files.writeString(
        log,
        "newsevents: 200/200 articles, 50.0/min, 0 s left, 0 errors\n"
            + "newsevents: 200 inputs, 200 articles, 1722 statements, 0 errors -> out\n"
            + "[main] INFO something after it\n");
    assertEquals(
        "newsevents: 200 inputs, 200 articles, 1722 statements, 0 errors -> out",
        ColdPass.summary(log));

    Files.writeString(log, "loading\nnaive CoreNLP (a,b): 3 files, 2 articles annotated\n");
    assertEquals("naive CoreNLP (a,b): 3 files, 2 articles annotated", ColdPass.summary(log));

    Files.writeString(log, "Exception in thread main\n");
    assertEquals("(no summary line)", ColdPass.summary(log));
  }

  @Test
  void failureIsTheLastExceptionLineElseTheLastLine() throws Exception {
    Path log = dir.resolve("failed.log");
    Files.writeString(
        log,
        "[main] INFO edu.stanford.nlp.pipeline.StanfordCoreNLP - Adding annotator tokenize\n"
            + "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n"
            + "\tat edu.stanford.nlp.coref.Foo.bar(Foo.java:1)\n"
            + "[main] INFO shutting down\n");
    assertEquals(
        "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space",
        ColdPass.failure(log));

    Files.writeString(log, "loading\nnewsevents run: no input files match x\n");
    assertEquals("newsevents run: no input files match x", ColdPass.failure(log));
  }
}
