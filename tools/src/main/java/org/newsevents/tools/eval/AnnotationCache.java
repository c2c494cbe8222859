package org.newsevents.tools.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.newsevents.nlp.AnnotationStore;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.LocalBlobs;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * CoreNLP annotations of evaluation and training texts kept on disk: a text's body and date go in;
 * its annotated text comes out, read from an {@link AnnotationStore} in {@code DIR} (the pipeline's
 * {@code --annotationStore}, keyed by text, date and the profile's fingerprint) when it is there,
 * else annotated with the analyzer's profile and written there. Annotating PolNeAR train takes many
 * minutes; the cache makes a second training run cost seconds.
 */
public final class AnnotationCache {

  private final AnnotationStore store;
  private final Supplier<ArticleAnalyzer> analyzer;

  /**
   * {@code dir} null: no cache, every text is annotated. {@code analyzer} (of {@code profile}) is
   * asked for only when a text is not in the cache.
   */
  public AnnotationCache(Path dir, String profile, Supplier<ArticleAnalyzer> analyzer) {
    this.store = dir == null ? null : AnnotationStore.forProfile(new LocalBlobs(dir), profile);
    this.analyzer = analyzer;
  }

  /** The annotated text of one document, from the cache or freshly annotated. */
  public AnnotatedText get(String body, LocalDate published) {
    String key = store == null ? null : store.key(body, published);
    if (store != null) {
      AnnotationStore.Lookup found = store.get(key);
      if (found.hit()) {
        return new AnnotatedText(body, found.annotation());
      }
    }
    AnnotatedText text = analyzer.get().annotate(body, published);
    if (store != null) {
      try {
        store.put(key, store.serialize(text.annotation()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return text;
  }
}
