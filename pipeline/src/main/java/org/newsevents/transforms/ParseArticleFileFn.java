package org.newsevents.transforms;

import java.io.IOException;
import java.nio.channels.Channels;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.newsevents.input.ArticleFiles;
import org.newsevents.input.FieldMapping;
import org.newsevents.input.InputFiles;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.schema.RawArticle;

/**
 * Reads one matched file with {@link ArticleFiles}: every document in it becomes exactly one raw
 * article or one error record, and is counted.
 */
class ParseArticleFileFn extends DoFn<FileIO.ReadableFile, RawArticle> {

  private final Counter inputs = Metrics.counter(ReadArticles.class, ReadArticles.INPUTS_COUNTER);

  private final ArticleFiles articleFiles;

  ParseArticleFileFn(InputFiles inputFiles, String format, FieldMapping mapping, long maxBytes) {
    this.articleFiles = new ArticleFiles(inputFiles, format, mapping, maxBytes);
  }

  @ProcessElement
  public void processElement(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
    String path = file.getMetadata().resourceId().toString();
    ArticleFiles.Sink sink =
        new ArticleFiles.Sink() {
          @Override
          public void article(RawArticle article) {
            inputs.inc();
            out.get(ReadArticles.ARTICLES).output(article);
          }

          @Override
          public void error(ErrorRecord error) {
            inputs.inc();
            out.get(ReadArticles.ERRORS).output(error);
          }
        };
    // Opened as stored (readMatches without decompression): ArticleFiles decompresses, capped.
    try {
      articleFiles.read(path, Channels.newInputStream(file.open()), sink);
    } catch (IOException e) {
      articleFiles.unreadable(path, e, sink);
    }
  }
}
