package org.newsevents.tools.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsevents.SampleOutputs;
import org.newsevents.records.OutputRecords;
import org.newsevents.tools.Cli;
import picocli.CommandLine;

/** inspect, export and report on the output of the sample run ({@link SampleOutputs}). */
class DatasetCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path exported;

  @BeforeAll
  static void export() throws Exception {
    exported = SampleOutputs.newDirectory("export");
    assertEquals(
        0,
        Cli.commandLine()
            .execute("export", "--output=" + SampleOutputs.output(), "--to=" + exported));
  }

  @Test
  void parquetHoldsMrKerrysStatementToReporters() throws Exception {
    List<GenericRecord> rows = ParquetTables.read(exported.resolve("statements.parquet"));
    assertEquals(29, rows.size());
    List<GenericRecord> told =
        rows.stream()
            .filter(r -> "told".equals(String.valueOf(r.get("cue"))))
            .filter(r -> SampleOutputs.SAMPLE.equals(String.valueOf(r.get("doc_id"))))
            .toList();
    assertEquals(1, told.size());
    GenericRecord row = told.get(0);
    assertEquals("John Kerry", row.get("speaker").toString());
    assertEquals("Mr Kerry", row.get("speaker_text").toString());
    assertEquals("USAGOV", row.get("speaker_code").toString());
    // "Mr Kerry" takes the code of the article's full name, John Kerry's dated entry.
    assertEquals(
        "name:'Kerry' as John Kerry <- gazetteer:people.tsv John Kerry 2013-02-01..2017-01-20",
        row.get("speaker_code_source").toString());
    assertEquals("We narrowed down some of the options", row.get("content").toString());
    assertEquals(true, row.get("direct"));
    assertEquals("SPEECH", row.get("statement_kind").toString());
    // A named speaker's direct quote with its own cue: among the most often right statements.
    double confidence = (Double) row.get("statement_confidence");
    assertTrue(confidence > 0.7 && confidence <= 1, "confidence " + confidence);
    assertEquals("ec-c795d51bebe6342e", row.get("cluster_id").toString());
    assertEquals("2013-07-05", row.get("time_value").toString());
    assertEquals("PUBLICATION_DATE", row.get("time_source").toString());
    // 2013-07-05T17:00:00Z as TIMESTAMP(MILLIS).
    assertEquals(1373043600000L, row.get("published"));
  }

  @Test
  void parquetLinksAQuotationsFurtherPieceToTheStatementItContinues() throws Exception {
    List<GenericRecord> sample =
        ParquetTables.read(exported.resolve("statements.parquet")).stream()
            .filter(r -> SampleOutputs.SAMPLE.equals(String.valueOf(r.get("doc_id"))))
            .toList();
    List<GenericRecord> pieces = sample.stream().filter(r -> r.get("continues") != null).toList();
    assertEquals(1, pieces.size());
    assertTrue(pieces.get(0).get("content").toString().startsWith("I once again call on"));
    String continued = pieces.get(0).get("continues").toString();
    List<String> parent =
        sample.stream()
            .filter(r -> continued.equals(String.valueOf(r.get("event_id"))))
            .map(r -> r.get("cue") + " " + r.get("speaker_text"))
            .toList();
    assertEquals(List.of("said Mr Ban"), parent);
    // inspect's statement table shows it too, cut to its column's width.
    String piece = continued.substring(0, 9) + "…  bbc/bbc-2013-07-05";
    assertTrue(
        inspect("--records=statements", "--format=table")
            .lines()
            .anyMatch(l -> l.contains("I once again call on") && l.contains(piece)),
        piece);
  }

  @Test
  void parquetEventsCarryArgumentsTimeAndFactuality() throws Exception {
    List<GenericRecord> rows = ParquetTables.read(exported.resolve("events.parquet"));
    // The seed's events, in its two copies: 150 before the trigger model decided "progress" (no
    // event), 148 until it read word vectors (branch evt6: "made progress" an event again, as in
    // ClustersPipelineTest).
    assertEquals(150, rows.size());
    GenericRecord attack =
        rows.stream()
            .filter(r -> "ATTACK".equals(String.valueOf(r.get("type"))))
            .findFirst()
            .orElseThrow();
    assertEquals("launched", attack.get("trigger").toString());
    assertEquals("government forces", attack.get("agent").toString());
    assertEquals("rebels", attack.get("patient").toString());
    assertEquals("MIL", attack.get("agent_code").toString());
    assertEquals("gazetteer:sectors.tsv 'forces'", attack.get("agent_code_source").toString());
    assertEquals("REB", attack.get("patient_code").toString());
    assertEquals("Homs", attack.get("location").toString());
    assertEquals("2013-06-29", attack.get("time_value").toString());
    assertEquals("Saturday", attack.get("time_text").toString());
    assertEquals("SENTENCE", attack.get("time_source").toString());
    assertEquals(false, attack.get("negated"));
    assertEquals("ASSERTED", attack.get("modality").toString());
    assertEquals(SampleOutputs.SAMPLE, attack.get("doc_id").toString());
    assertEquals("ac-a1a4c198148211c5", attack.get("article_cluster_id").toString());
  }

  @Test
  void csvAndJsonLinesHoldTheSameRows() throws Exception {
    List<CSVRecord> csv;
    try (Reader in = Files.newBufferedReader(exported.resolve("articles.csv"))) {
      csv =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(in)
              .getRecords();
    }
    List<String> jsonl = Files.readAllLines(exported.resolve("articles.jsonl"));
    assertEquals(2, csv.size());
    assertEquals(2, jsonl.size());
    JsonNode copy = JSON.readTree(jsonl.get(1));
    assertEquals(SampleOutputs.COPY, copy.get("doc_id").asText());
    assertEquals(
        "Kerry and Lavrov narrow options for Syria conference", copy.get("title").asText());
    assertEquals("2013-07-05T17:00:00Z", copy.get("published").asText());
    assertEquals("ac-a1a4c198148211c5", copy.get("article_cluster_id").asText());
    assertEquals(SampleOutputs.COPY, csv.get(1).get("doc_id"));
    assertEquals("2013-07-05T17:00:00Z", csv.get(1).get("published"));
    assertEquals(copy.get("event_count").asInt(), Integer.parseInt(csv.get(1).get("event_count")));
    List<String> errors = Files.readAllLines(exported.resolve("errors.csv"));
    assertEquals(2, errors.size());
    assertTrue(errors.get(1).contains(",empty.txt,read,EMPTY_DOCUMENT,"), errors.get(1));
  }

  @Test
  void inspectFiltersStatementsByActorAndDate() throws Exception {
    String out =
        inspect("--records=statements", "--actor=kerry", "--from=2013-07-05", "--to=2013-07-05");
    List<String> lines = out.lines().toList();
    // John Kerry's three statements of the publication day (said, told, "He added"), in each
    // article; "In May, Mr Kerry and Mr Lavrov announced" lies outside the days asked for.
    assertEquals(6, lines.size(), out);
    for (String line : lines) {
      JsonNode event = JSON.readTree(line);
      assertEquals("John Kerry", event.get("statement").get("speaker").get("canonical").asText());
      assertEquals("2013-07-05", event.get("time").get("value").asText());
    }
    assertEquals(8, inspect("--records=statements", "--actor=kerry").lines().count());
  }

  @Test
  void inspectFiltersStatementsByKind() throws Exception {
    // Mr Kerry said, told, added and announced: all speech, none a belief.
    List<String> speech =
        inspect("--records=statements", "--actor=kerry", "--statement-kind=speech")
            .lines()
            .toList();
    assertEquals(8, speech.size());
    for (String line : speech) {
      assertEquals("SPEECH", JSON.readTree(line).get("statement").get("kind").asText());
      // inspect shows each statement's confidence, a probability.
      var confidence = JSON.readTree(line).get("statement").get("confidence");
      assertTrue(
          confidence.isNumber() && confidence.asDouble() >= 0 && confidence.asDouble() <= 1, line);
    }
    assertEquals(
        0,
        inspect("--records=statements", "--actor=kerry", "--statement-kind=BELIEF")
            .lines()
            .count());
  }

  @Test
  void inspectPrintsATable() throws Exception {
    String out = inspect("--records=clusters", "--format=table", "--type=ATTACK");
    List<String> lines = out.lines().toList();
    assertEquals(3, lines.size(), out);
    assertTrue(lines.get(0).startsWith("date        type           mentions  articles"), out);
    assertTrue(lines.get(2).startsWith("2013-06-29  ATTACK         1         1"), out);
    assertTrue(lines.get(2).endsWith("government forces; rebels"), out);
    assertEquals(1, inspect("--records=errors", "--limit=5").lines().count());
  }

  @Test
  void reportNamesTheTopSpeakerAndLoadsNothing() throws Exception {
    Path page = SampleOutputs.newDirectory("report").resolve("report.html");
    Report.write(OutputRecords.in(SampleOutputs.output()), page, "sample");
    String html = Files.readString(page);
    // Ban Ki-moon: "Mr Ban" takes the full name the article gives him, in each article.
    assertTrue(
        html.contains("<title>Ban Ki-moon: 14</title>"),
        () -> "top speaker bar: " + html.replaceAll("(?s).*?(<title>[^<]*: \\d+</title>).*", "$1"));
    assertTrue(html.contains("id=\"chart-events-per-day\""));
    assertTrue(html.contains("<title>read / EMPTY_DOCUMENT: 1</title>"));
    assertFalse(html.contains("http:") || html.contains("https:"), "no URLs in the page");
    assertFalse(html.matches("(?s).*\\s(src|href)=.*"), "no linked resources");
  }

  @Test
  void wrongOptionValuesAreOneLineErrors() {
    StringWriter err = new StringWriter();
    CommandLine cli = Cli.commandLine();
    cli.setErr(new PrintWriter(err));

    assertEquals(2, cli.execute("inspect", "--records=event", "--limit=5"));
    assertEquals(2, cli.execute("inspect", "--format=csv"));
    assertEquals(2, cli.execute("export", "--to=x", "--formats=parquet,xml"));
    assertEquals(
        List.of(
            "newsevents inspect: --records is events, statements, articles, errors, clusters,"
                + " not event",
            "newsevents inspect: invalid value for option '--format': expected one of [jsonl, table]"
                + " (case-sensitive) but was 'csv'",
            "newsevents export: unknown format xml (parquet, csv, jsonl)"),
        err.toString().lines().toList());
  }

  private static String inspect(String... args) {
    List<String> all = new ArrayList<>(List.of("inspect", "--output=" + SampleOutputs.output()));
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    CommandLine cli = Cli.commandLine();
    cli.setOut(new PrintWriter(out));
    assertEquals(0, cli.execute(all.toArray(String[]::new)));
    return out.toString();
  }
}
