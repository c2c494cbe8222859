package org.newsevents.input;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newsevents.records.InvalidArticleException;
import org.newsevents.schema.RawArticle;

/**
 * Parses CSV with a header row: each record is one article through the {@link FieldMapping}; its
 * doc_id falls back to {@code <file>#R<n>} for the n-th record.
 */
public final class CsvArticleParser implements java.io.Serializable {

  /** Receives each record as an article or a failure, in order. */
  public interface Sink {
    void article(RawArticle article);

    void failed(String docId, String source, Exception error, String payload);
  }

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setAllowMissingColumnNames(true)
          .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
          .get();

  private final FieldMapping mapping;

  public CsvArticleParser(FieldMapping mapping) {
    this.mapping = mapping;
  }

  /**
   * Parses the records of {@code content}; a record without text fails alone, a syntax error fails
   * the rest of the file as one {@code MALFORMED_CSV} failure.
   *
   * @throws InvalidArticleException when there is no header or no record at all
   */
  public void parse(String docId, String source, String content, Sink sink) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    long records = 0;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      Iterator<CSVRecord> it = parser.iterator();
      while (true) {
        CSVRecord record;
        try {
          if (!it.hasNext()) {
            break;
          }
          record = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          String at = docId + "#R" + (records + 1);
          sink.failed(
              at,
              source + "#R" + (records + 1),
              new InvalidArticleException(
                  InvalidArticleException.MALFORMED_CSV,
                  "malformed CSV from record " + (records + 1) + ": " + e.getMessage(),
                  e),
              null);
          return;
        }
        records++;
        String recordId = docId + "#R" + record.getRecordNumber();
        String recordSource = source + "#R" + record.getRecordNumber();
        Map<String, String> fields = record.toMap();
        try {
          sink.article(mapping.map(fields::get, recordId, recordSource));
        } catch (RuntimeException e) {
          sink.failed(recordId, recordSource, e, String.join(",", record.values()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (records == 0) {
      throw new InvalidArticleException(
          InvalidArticleException.EMPTY_DOCUMENT, "CSV without records");
    }
  }
}
