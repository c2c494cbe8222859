package org.newsevents.tools.eval;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * CoreNLP annotations of training texts kept on disk: a text's name and body go in; its annotated
 * text comes out, read from {@code DIR/<name>.ser.gz} (CoreNLP's protobuf serialization) when it is
 * there, else annotated with the analyzer's profile and written there. Annotating PolNeAR train
 * takes many minutes; the cache makes a second training run cost seconds.
 */
public final class AnnotationCache {

  private final Path dir;
  private final Supplier<ArticleAnalyzer> analyzer;
  private final ProtobufAnnotationSerializer serializer = new ProtobufAnnotationSerializer(false);

  /**
   * {@code dir} null: no cache, every text is annotated. {@code analyzer} is asked for only when a
   * text is not in the cache.
   */
  public AnnotationCache(Path dir, Supplier<ArticleAnalyzer> analyzer) {
    this.dir = dir;
    this.analyzer = analyzer;
  }

  /** The annotated text of one document, from the cache or freshly annotated. */
  public AnnotatedText get(String name, String body, LocalDate published) {
    Path file = dir == null ? null : dir.resolve(name + ".ser.gz");
    try {
      if (file != null && Files.isRegularFile(file)) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          Annotation annotation = serializer.read(in).first;
          return new AnnotatedText(body, annotation);
        } catch (ClassNotFoundException e) {
          throw new IOException("unreadable cached annotation " + file, e);
        }
      }
      AnnotatedText text = analyzer.get().annotate(body, published);
      if (file != null) {
        Files.createDirectories(dir);
        Path partial = dir.resolve(name + ".ser.gz.partial");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial))) {
          serializer.write(text.annotation(), out);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
