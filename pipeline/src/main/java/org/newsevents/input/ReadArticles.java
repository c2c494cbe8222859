package org.newsevents.input;

import java.util.Set;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.schema.RawArticle;

/**
 * Reads the articles of a file, directory or glob (plain text, JSON or JSON Lines, optionally
 * compressed) into {@link #ARTICLES}, and the files or lines that cannot be read into {@link
 * #ERRORS}.
 */
public class ReadArticles extends PTransform<PBegin, PCollectionTuple> {

  public static final TupleTag<RawArticle> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<ErrorRecord> ERRORS = new TupleTag<>() {};

  /** Every file is the text layout: headline, optional date line, body. */
  public static final String FORMAT_TEXT = "text";

  /** Every file is JSON: one object in a {@code .json} file, otherwise one object per line. */
  public static final String FORMAT_JSONL = "jsonl";

  /** JSON for {@code .json(l)[.gz]} files, text for everything else. */
  public static final String FORMAT_AUTO = "auto";

  private static final Set<String> FORMATS = Set.of(FORMAT_TEXT, FORMAT_JSONL, FORMAT_AUTO);

  private final String input;
  private final String format;

  private ReadArticles(String input, String format) {
    this.input = input;
    this.format = format;
  }

  /**
   * Reads {@code input} (a file, a directory read recursively, or a glob) in {@code format} ({@code
   * text}, {@code jsonl} or {@code auto}).
   */
  public static ReadArticles from(String input, String format) {
    if (input == null || input.isBlank()) {
      throw new IllegalArgumentException("no input given");
    }
    if (!FORMATS.contains(format)) {
      throw new IllegalArgumentException(
          "unknown input format \"" + format + "\"; expected one of text, jsonl, auto");
    }
    return new ReadArticles(input, format);
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
        begin.apply(
            "Match Files",
            FileIO.match()
                .filepattern(inputFiles.filepattern())
                .withEmptyMatchTreatment(EmptyMatchTreatment.DISALLOW));
    PCollection<FileIO.ReadableFile> files =
        matched.apply("Open Files", FileIO.readMatches().withCompression(Compression.AUTO));
    PCollectionTuple parsed =
        files.apply(
            "Parse Files",
            ParDo.of(new ParseArticleFileFn(inputFiles, format))
                .withOutputTags(ARTICLES, TupleTagList.of(ERRORS)));
    parsed.get(ARTICLES).setCoder(AvroCoder.of(RawArticle.class));
    parsed.get(ERRORS).setCoder(AvroCoder.of(ErrorRecord.class));
    return parsed;
  }
}
