package org.newsevents.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.schema.RawArticle;

/** Reads one matched file into raw articles; every failure becomes an error record. */
class ParseArticleFileFn extends DoFn<FileIO.ReadableFile, RawArticle> {

  static final String STAGE = "read";

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final InputFiles inputFiles;
  private final String format;
  private final JsonArticleParser jsonParser = new JsonArticleParser();

  ParseArticleFileFn(InputFiles inputFiles, String format) {
    this.inputFiles = inputFiles;
    this.format = format;
  }

  @ProcessElement
  public void processElement(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
    String path = file.getMetadata().resourceId().toString();
    String source = InputFiles.uri(path);
    String docId = inputFiles.relativePath(path);
    String content = null;
    try {
      content = decode(file.readFullyAsBytes());
      boolean json =
          format.equals(ReadArticles.FORMAT_JSONL)
              || (format.equals(ReadArticles.FORMAT_AUTO) && InputFiles.isJson(path));
      if (!json) {
        out.get(ReadArticles.ARTICLES).output(TextArticleParser.parse(docId, source, content));
      } else if (InputFiles.isSingleJson(path)) {
        out.get(ReadArticles.ARTICLES).output(jsonParser.parse(docId, source, content));
      } else {
        parseLines(docId, source, content, out);
      }
    } catch (Exception e) {
      out.get(ReadArticles.ERRORS).output(ErrorRecords.of(source, docId, STAGE, e, content));
    }
  }

  /** JSON Lines: each line is its own article, so one bad line fails alone. */
  private void parseLines(String docId, String source, String content, MultiOutputReceiver out) {
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
        out.get(ReadArticles.ARTICLES).output(jsonParser.parse(lineId, lineSource, line));
      } catch (Exception e) {
        ErrorRecord error = ErrorRecords.of(lineSource, lineId, STAGE, e, line);
        out.get(ReadArticles.ERRORS).output(error);
      }
    }
    if (!any) {
      throw new InvalidArticleException(InvalidArticleException.EMPTY_DOCUMENT, "empty document");
    }
  }

  /** UTF-8, or Windows-1252 when the bytes are not valid UTF-8 (older BBC files are Latin-1). */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1252);
    }
  }
}
