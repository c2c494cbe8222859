package org.newsevents.transforms;

import java.util.Set;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsevents.input.ArticleFiles;
import org.newsevents.input.BundledSample;
import org.newsevents.input.FieldMapping;
import org.newsevents.input.InputFiles;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.schema.RawArticle;

/**
 * Reads the articles of a file, directory or glob (plain text, JSON, JSON Lines or CSV, optionally
 * compressed with gzip or bzip2 or in zip archives) into {@link #ARTICLES}, and the documents that
 * cannot be read into {@link #ERRORS}; the counter {@value #INPUTS_COUNTER} counts both.
 */
public class ReadArticles extends PTransform<PBegin, PCollectionTuple> {

  public static final TupleTag<RawArticle> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<ErrorRecord> ERRORS = new TupleTag<>() {};

  /** Every file is the text layout: headline, optional date line, body. */
  public static final String FORMAT_TEXT = ArticleFiles.FORMAT_TEXT;

  /** Every file is JSON: one object in a {@code .json} file, otherwise one object per line. */
  public static final String FORMAT_JSONL = ArticleFiles.FORMAT_JSONL;

  /** Every file is CSV with a header row, one article per record. */
  public static final String FORMAT_CSV = ArticleFiles.FORMAT_CSV;

  /** By the name: {@code .json}, {@code .jsonl}, {@code .csv}, text for everything else. */
  public static final String FORMAT_AUTO = ArticleFiles.FORMAT_AUTO;

  /** Counts the documents read: files, archive members, JSON lines, CSV records. */
  public static final String INPUTS_COUNTER = "inputs";

  /** Default for {@link #withMaxFileBytes}: 100 MiB decompressed per input file. */
  public static final long DEFAULT_MAX_FILE_BYTES = 100L << 20;

  private static final Set<String> FORMATS =
      Set.of(FORMAT_TEXT, FORMAT_JSONL, FORMAT_CSV, FORMAT_AUTO);

  private final String input;
  private final String format;
  private final FieldMapping mapping;
  private final long maxFileBytes;

  private ReadArticles(String input, String format, FieldMapping mapping, long maxFileBytes) {
    this.input = input;
    this.format = format;
    this.mapping = mapping;
    this.maxFileBytes = maxFileBytes;
  }

  /**
   * Reads {@code input} (a file, a directory read recursively, or a glob) in {@code format} ({@code
   * text}, {@code jsonl}, {@code csv} or {@code auto}) with the default field mapping and limit.
   */
  public static ReadArticles from(String input, String format) {
    if (input == null || input.isBlank()) {
      throw new IllegalArgumentException("no input given");
    }
    if (!FORMATS.contains(format)) {
      throw new IllegalArgumentException(
          "unknown input format \"" + format + "\"; expected one of text, jsonl, csv, auto");
    }
    return new ReadArticles(input, format, FieldMapping.defaults(), DEFAULT_MAX_FILE_BYTES);
  }

  /** Maps JSON and CSV fields to article fields with {@code mapping}. */
  public ReadArticles withFieldMapping(FieldMapping mapping) {
    return new ReadArticles(input, format, mapping, maxFileBytes);
  }

  /** Reads at most {@code maxFileBytes} decompressed bytes per input file (else TOO_LARGE). */
  public ReadArticles withMaxFileBytes(long maxFileBytes) {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
    }
    return new ReadArticles(input, format, mapping, maxFileBytes);
  }

  /** Reads the sample article bundled with the pipeline. */
  public static ReadArticles bundledSample() {
    return from(BundledSample.path(), FORMAT_TEXT);
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    InputFiles inputFiles = InputFiles.resolve(input);
    // DISALLOW: a mistyped path fails the run with the pattern in the message, not an empty output.
    PCollection<MatchResult.Metadata> matched =
        begin
            .apply("Input Pattern", Create.of(inputFiles.filepattern()))
            .apply(
                "Match Files",
                // Reading is cheap: the matched files stay in one bundle rather than one bundle
                // per file, which the direct runner prepares every downstream transform for.
                FileIO.matchAll()
                    .withEmptyMatchTreatment(EmptyMatchTreatment.DISALLOW)
                    .withOutputParallelization(false));
    PCollection<FileIO.ReadableFile> files =
        matched.apply("Open Files", FileIO.readMatches().withCompression(Compression.UNCOMPRESSED));
    PCollectionTuple parsed =
        files.apply(
            "Parse Files",
            ParDo.of(new ParseArticleFileFn(inputFiles, format, mapping, maxFileBytes))
                .withOutputTags(ARTICLES, TupleTagList.of(ERRORS)));
    parsed.get(ARTICLES).setCoder(RecordCoder.of(RawArticle.class));
    parsed.get(ERRORS).setCoder(RecordCoder.of(ErrorRecord.class));
    return parsed;
  }
}
