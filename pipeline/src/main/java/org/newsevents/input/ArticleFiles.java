package org.newsevents.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsevents.records.ErrorRecords;
import org.newsevents.records.InvalidArticleException;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.schema.RawArticle;

/**
 * Reads one input file into raw articles: the file's path and bytes go in; every document in it
 * (the file, an archive member, a JSON line or a CSV record) comes out as exactly one raw article
 * or one error record.
 */
public final class ArticleFiles implements Serializable {

  /** Every file is the text layout: headline, optional date line, body. */
  public static final String FORMAT_TEXT = "text";

  /** Every file is JSON: one object in a {@code .json} file, otherwise one object per line. */
  public static final String FORMAT_JSONL = "jsonl";

  /** Every file is CSV with a header row, one article per record. */
  public static final String FORMAT_CSV = "csv";

  /** By the name: {@code .json}, {@code .jsonl}, {@code .csv}, text for everything else. */
  public static final String FORMAT_AUTO = "auto";

  /** One JSON object per document; chosen per file, not an option value. */
  static final String FORMAT_JSON = "json";

  /** The stage named in the error records of unreadable documents. */
  public static final String STAGE = "read";

  /** Receives each document of a file as an article or an error, in order. */
  public interface Sink {
    void article(RawArticle article);

    void error(ErrorRecord error);
  }

  private final InputFiles inputFiles;
  private final String format;
  private final long maxFileBytes;
  private final JsonArticleParser jsonParser;
  private final CsvArticleParser csvParser;

  public ArticleFiles(InputFiles inputFiles, String format, FieldMapping mapping, long maxBytes) {
    this.inputFiles = inputFiles;
    this.format = format;
    this.maxFileBytes = maxBytes;
    this.jsonParser = new JsonArticleParser(mapping);
    this.csvParser = new CsvArticleParser(mapping);
  }

  /** The format of one document named {@code name} (compression suffix removed) in a run. */
  static String formatOf(String format, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean json = lower.endsWith(".json");
    return switch (format) {
      case FORMAT_TEXT, FORMAT_CSV -> format;
      case FORMAT_JSONL -> json ? FORMAT_JSON : FORMAT_JSONL;
      default ->
          json
              ? FORMAT_JSON
              : lower.endsWith(".jsonl")
                  ? FORMAT_JSONL
                  : lower.endsWith(".csv") ? FORMAT_CSV : FORMAT_TEXT;
    };
  }

  /** Reads the file at {@code path}, opened as stored ({@code in}), into {@code out}. */
  public void read(String path, InputStream in, Sink out) {
    String source = InputFiles.uri(path);
    String docId = inputFiles.relativePath(path);
    InputDocuments.Sink documents =
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
    // InputDocuments decompresses, capped.
    try (in) {
      new InputDocuments(maxFileBytes).read(path, in, documents);
    } catch (IOException e) {
      documents.failed(null, e);
    }
  }

  /** The file at {@code path} could not be opened: one error record for it. */
  public void unreadable(String path, IOException e, Sink out) {
    error(inputFiles.relativePath(path), InputFiles.uri(path), e, null, out);
  }

  /** One document: decoded, then parsed as its format says. */
  private void parseDocument(String docId, String source, String name, byte[] bytes, Sink out) {
    String content = null;
    try {
      TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
      content = decoded.text();
      String docFormat = formatOf(format, InputDocuments.formatName(name));
      switch (docFormat) {
        case FORMAT_TEXT ->
            article(TextArticleParser.parse(docId, source, content), decoded.warnings(), out);
        case FORMAT_JSON ->
            article(jsonParser.parse(docId, source, content), decoded.warnings(), out);
        case FORMAT_CSV -> parseCsv(docId, source, content, decoded.warnings(), out);
        default -> parseLines(docId, source, content, decoded.warnings(), out);
      }
    } catch (Exception e) {
      error(docId, source, e, content, out);
    }
  }

  /** JSON Lines: each line is its own article, so one bad line fails alone. */
  private void parseLines(
      String docId, String source, String content, List<String> warnings, Sink out) {
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
      String docId, String source, String content, List<String> warnings, Sink out) {
    csvParser.parse(
        docId,
        source,
        content,
        new CsvArticleParser.Sink() {
          @Override
          public void article(RawArticle article) {
            ArticleFiles.this.article(article, warnings, out);
          }

          @Override
          public void failed(String recordId, String recordSource, Exception e, String payload) {
            error(recordId, recordSource, e, payload, out);
          }
        });
  }

  private static void article(RawArticle raw, List<String> warnings, Sink out) {
    if (!warnings.isEmpty()) {
      List<String> all = new ArrayList<>(warnings);
      all.addAll(raw.getWarnings());
      raw.setWarnings(all);
    }
    out.article(raw);
  }

  private static void error(String docId, String source, Exception e, String payload, Sink out) {
    out.error(ErrorRecords.of(source, docId, STAGE, e, payload));
  }
}
