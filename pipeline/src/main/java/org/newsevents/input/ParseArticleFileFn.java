package org.newsevents.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.newsevents.schema.RawArticle;

/**
 * Reads one matched file into raw articles: every document in it (the file, an archive member, a
 * JSON line or a CSV record) becomes exactly one raw article or one error record, and is counted.
 */
class ParseArticleFileFn extends DoFn<FileIO.ReadableFile, RawArticle> {

  static final String STAGE = "read";

  private final Counter inputs = Metrics.counter(ReadArticles.class, ReadArticles.INPUTS_COUNTER);

  private final InputFiles inputFiles;
  private final String format;
  private final long maxFileBytes;
  private final JsonArticleParser jsonParser;
  private final CsvArticleParser csvParser;

  ParseArticleFileFn(InputFiles inputFiles, String format, FieldMapping mapping, long maxBytes) {
    this.inputFiles = inputFiles;
    this.format = format;
    this.maxFileBytes = maxBytes;
    this.jsonParser = new JsonArticleParser(mapping);
    this.csvParser = new CsvArticleParser(mapping);
  }

  @ProcessElement
  public void processElement(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
    String path = file.getMetadata().resourceId().toString();
    String source = InputFiles.uri(path);
    String docId = inputFiles.relativePath(path);
    InputDocuments.Sink sink =
        new InputDocuments.Sink() {
          @Override
          public void document(String member, byte[] bytes) {
            parseDocument(
                member == null ? docId : docId + "!" + member,
                member == null ? source : source + "!" + member,
                member == null ? path : member,
                bytes,
                out);
          }

          @Override
          public void failed(String member, Exception error) {
            error(
                member == null ? docId : docId + "!" + member,
                member == null ? source : source + "!" + member,
                error,
                null,
                out);
          }
        };
    // Opened as stored (readMatches without decompression): InputDocuments decompresses, capped.
    try (InputStream in = Channels.newInputStream(file.open())) {
      new InputDocuments(maxFileBytes).read(path, in, sink);
    } catch (IOException e) {
      sink.failed(null, e);
    }
  }

  /** One document: decoded, then parsed as its format says. */
  private void parseDocument(
      String docId, String source, String name, byte[] bytes, MultiOutputReceiver out) {
    String content = null;
    try {
      TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
      content = decoded.text();
      String docFormat = ReadArticles.formatOf(format, InputDocuments.formatName(name));
      switch (docFormat) {
        case ReadArticles.FORMAT_TEXT ->
            article(TextArticleParser.parse(docId, source, content), decoded.warnings(), out);
        case ReadArticles.FORMAT_JSON ->
            article(jsonParser.parse(docId, source, content), decoded.warnings(), out);
        case ReadArticles.FORMAT_CSV -> parseCsv(docId, source, content, decoded.warnings(), out);
        default -> parseLines(docId, source, content, decoded.warnings(), out);
      }
    } catch (Exception e) {
      error(docId, source, e, content, out);
    }
  }

  /** JSON Lines: each line is its own article, so one bad line fails alone. */
  private void parseLines(
      String docId, String source, String content, List<String> warnings, MultiOutputReceiver out) {
    List<String> lines = TextLines.split(content);
    boolean any = false;
    for (int n = 1; n <= lines.size(); n++) {
      String line = lines.get(n - 1);
      if (line.isBlank()) {
        continue;
      }
      any = true;
      String lineId = docId + "#L" + n;
      String lineSource = source + "#L" + n;
      try {
        article(jsonParser.parse(lineId, lineSource, line), warnings, out);
      } catch (Exception e) {
        error(lineId, lineSource, e, line, out);
      }
    }
    if (!any) {
      throw new InvalidArticleException(InvalidArticleException.EMPTY_DOCUMENT, "empty document");
    }
  }

  private void parseCsv(
      String docId, String source, String content, List<String> warnings, MultiOutputReceiver out) {
    csvParser.parse(
        docId,
        source,
        content,
        new CsvArticleParser.Sink() {
          @Override
          public void article(RawArticle article) {
            ParseArticleFileFn.this.article(article, warnings, out);
          }

          @Override
          public void failed(String recordId, String recordSource, Exception e, String payload) {
            error(recordId, recordSource, e, payload, out);
          }
        });
  }

  private void article(RawArticle raw, List<String> warnings, MultiOutputReceiver out) {
    if (!warnings.isEmpty()) {
      List<String> all = new ArrayList<>(warnings);
      all.addAll(raw.getWarnings());
      raw.setWarnings(all);
    }
    inputs.inc();
    out.get(ReadArticles.ARTICLES).output(raw);
  }

  private void error(
      String docId, String source, Exception e, String payload, MultiOutputReceiver out) {
    inputs.inc();
    out.get(ReadArticles.ERRORS).output(ErrorRecords.of(source, docId, STAGE, e, payload));
  }
}
