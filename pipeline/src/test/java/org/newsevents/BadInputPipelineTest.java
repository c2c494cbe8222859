package org.newsevents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.schema.Article;

/**
 * Every kind of real-world and bad input, generated here, through one run of the production graph
 * (fast profile, tiny articles): each document becomes exactly one article or one error record.
 */
class BadInputPipelineTest {

  private static final String BODY = "The minister resigned on Friday, officials said.\n";
  private static final int MAX_FILE_BYTES = 32 << 20;

  @TempDir static Path input;
  @TempDir static Path output;

  private static PipelineRuns.Run run;

  @BeforeAll
  static void runPipelineOnce() throws IOException {
    writeInputs();
    run =
        PipelineRuns.run(
            output,
            "--input=" + input,
            "--profile=fast",
            "--titleField=title,headline",
            "--textField=text,maintext,body",
            "--maxFileBytes=" + MAX_FILE_BYTES,
            // A guard against a hang only: under a heavy load the huge file took over 120 s.
            "--annotationTimeoutSeconds=900");
  }

  private static void writeInputs() throws IOException {
    text("plain.txt", "Minister quits\n\n05.07.2013 17:00\n\n" + BODY);
    text("no-date.txt", "Minister quits\n\n" + BODY);
    text("date-after-headline.txt", "Minister quits\n05.07.2013\n" + BODY);
    text("bom-crlf.txt", "\uFEFFMinister quits\r\n\r\n2013-07-05\r\n\r\n" + BODY.trim() + "\r\n");
    Files.write(
        input.resolve("latin1.txt"),
        "Caf\u00e9 owners\n\nThey paid \u00a35 for it, he said.\n"
            .getBytes(Charset.forName("windows-1252")));
    try (OutputStream out =
        new BZip2CompressorOutputStream(Files.newOutputStream(input.resolve("b.txt.bz2")))) {
      out.write(("Bzip headline\n\n" + BODY).getBytes(StandardCharsets.UTF_8));
    }
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(input.resolve("a.zip")))) {
      zip.putNextEntry(new ZipEntry("docs/"));
      zip.putNextEntry(new ZipEntry("docs/one.txt"));
      zip.write(("Zip one\n\n" + BODY).getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("empty.txt"));
      zip.closeEntry();
    }
    text(
        "lines.jsonl",
        "{\"id\": \"j-1\", \"title\": \"J one\", \"date\": \"2013-07-05\", \"text\": \"Jay one.\"}\n"
            + "{\"title\": \"broken\"\n"
            + "{\"title\": \"no text\"}\n"
            + "{\"id\": \"j-bad-date\", \"date\": \"sometime last week\", \"text\": \"Jay four.\"}\n");
    text(
        "np.json",
        "{\"title\": \"NP\", \"date_publish\": \"2017-09-15 00:00:00\", \"maintext\": \"NP body.\"}");
    text(
        "table.csv",
        "id,title,date,text\nc-1,C one,2013-07-05,\"Cee one, quoted.\"\nc-2,C two,,\n");
    text("custom.csv", "headline,body\nCustom,Mapped body.\n");
    text("broken.csv", "id,text\nx-1,\"never closed\n");
    text("empty.txt", "");
    text("title-only.txt", "Just a headline\n");
    Files.write(input.resolve("image.txt"), new byte[] {'G', 'I', 'F', '8', 0, 1, 2, 3, 0, 5});
    text("huge.txt", "Huge\n\n" + "Words without end. ".repeat(1_100_000)); // ~21 MB
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(input.resolve("bomb.txt.gz")))) {
      byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 40; i++) { // 40 MiB of spaces in ~40 KB
        out.write(spaces);
      }
    }
    text("run-on.txt", "Run on\n\n" + "the minister said talks would go on ".repeat(715)); // 5,005
    text(
        "quotes.txt",
        "Quotes\n\n" + "He said \"no. ".repeat(150) + "\n\n" + "\" ".repeat(400) + "\n");
  }

  @Test
  void writesOneArticlePerGoodDocument() {
    List<String> lines =
        run.articles().stream()
            .map(a -> a.getDocId() + " | " + a.getPublished() + " | " + a.getWarnings())
            .sorted()
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "a.zip!docs/one.txt | null | []",
            "b.txt.bz2 | null | []",
            "bom-crlf.txt | 2013-07-05T00:00:00Z | []",
            "c-1 | 2013-07-05T00:00:00Z | []",
            "custom.csv#R1 | null | []",
            "date-after-headline.txt | 2013-07-05T00:00:00Z | []",
            "j-1 | 2013-07-05T00:00:00Z | []",
            "j-bad-date | null | [unparseable date: \"sometime last week\"]",
            "latin1.txt | null | [decoded as windows-1252: not valid UTF-8]",
            "no-date.txt | null | []",
            "np.json | 2017-09-15T00:00:00Z | []",
            "plain.txt | 2013-07-05T17:00:00Z | []",
            "quotes.txt | null | [broke 1 overlong sentence(s) after 300 tokens (limit"
                + " --maxSentenceTokens)]",
            "run-on.txt | null | [broke 16 overlong sentence(s) after 300 tokens (limit"
                + " --maxSentenceTokens)]"),
        lines);
  }

  @Test
  void writesOneErrorPerBadDocument() {
    assertEquals(
        List.of(
            "a.zip!empty.txt | a.zip!empty.txt | read | EMPTY_DOCUMENT",
            "bomb.txt.gz | bomb.txt.gz | read | TOO_LARGE",
            "broken.csv#R1 | broken.csv#R1 | read | MALFORMED_CSV",
            "empty.txt | empty.txt | read | EMPTY_DOCUMENT",
            "huge.txt | huge.txt | normalize | TOO_LONG",
            "image.txt | image.txt | read | BINARY_CONTENT",
            "lines.jsonl#L2 | lines.jsonl#L2 | read | MALFORMED_JSON",
            "lines.jsonl#L3 | lines.jsonl#L3 | read | NO_TEXT",
            "table.csv#R2 | table.csv#R2 | read | NO_TEXT",
            "title-only.txt | title-only.txt | read | NO_BODY"),
        run.errorLines());
  }

  @Test
  void decodesTheFallbackAndKeepsTheText() {
    Article latin1 = article("latin1.txt");
    assertEquals("Caf\u00e9 owners", latin1.getTitle());
    assertTrue(latin1.getBody().contains("\u00a35"), latin1.getBody());
  }

  @Test
  void breaksTheRunOnSentenceSoThatNoSentenceIsLongerThanTheLimit() {
    Article runOn = article("run-on.txt");
    assertTrue(runOn.getTokenCount() >= 5_000, "tokens " + runOn.getTokenCount());
    assertTrue(runOn.getSentenceCount() >= 17, "sentences " + runOn.getSentenceCount());
  }

  @Test
  void countsBalance() {
    RunSummary summary = run.summary();
    assertEquals(24, summary.inputs());
    assertEquals(run.articles().size(), summary.articles());
    assertEquals(run.errors().size(), summary.errors());
    assertEquals(summary.inputs(), summary.articles() + summary.errors());
    assertTrue(summary.balanced());
    assertEquals(Map.of("read", 9L, "normalize", 1L), summary.errorsByStage());
  }

  private static Article article(String docId) {
    return run.articles().stream()
        .filter(a -> a.getDocId().equals(docId))
        .findFirst()
        .orElseThrow();
  }

  private static void text(String name, String content) throws IOException {
    Files.writeString(input.resolve(name), content, StandardCharsets.UTF_8);
  }
}
