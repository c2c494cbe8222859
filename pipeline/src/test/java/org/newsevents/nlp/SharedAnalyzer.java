package org.newsevents.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsevents.input.ArticleNormalizer;
import org.newsevents.input.BodyNormalizer;
import org.newsevents.input.BundledSample;
import org.newsevents.input.EnglishWords;
import org.newsevents.input.TextArticleParser;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.schema.Article;
import org.newsevents.schema.RawArticle;

/**
 * The one CoreNLP-backed analyzer all tests share (the model loads once per test JVM), with a cache
 * of analyses by article text so that each test document is annotated once.
 */
public final class SharedAnalyzer {

  private static final Map<String, ArticleAnalyzer.Analysis> CACHE = new ConcurrentHashMap<>();

  private SharedAnalyzer() {}

  static ArticleAnalyzer analyzer() {
    return ArticleAnalyzer.forProfile("full");
  }

  /** The analysis of an article in the text layout (headline, blank line, date line, body). */
  static ArticleAnalyzer.Analysis analyzeText(String docId, String content) {
    return CACHE.computeIfAbsent(
        docId + "\u0000" + content,
        key -> {
          Article article =
              new ArticleNormalizer(new BodyNormalizer(EnglishWords.bundled()))
                  .normalize(TextArticleParser.parse(docId, "test:" + docId, content));
          return analyzer().analyze(article);
        });
  }

  private static AnnotatedText sampleText;

  /** The bundled sample article's annotated text (annotated once per test JVM). */
  public static synchronized AnnotatedText sampleText() {
    if (sampleText == null) {
      Article article = sample().article();
      sampleText = analyzer().annotate(article.getBody(), ArticleAnalyzer.publishedDate(article));
    }
    return sampleText;
  }

  /** The analysis of the bundled sample article. */
  public static ArticleAnalyzer.Analysis sample() {
    try (InputStream in =
        SharedAnalyzer.class.getClassLoader().getResourceAsStream(BundledSample.RESOURCE)) {
      String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return analyzeText("bbc-2013-07-05-syria-talks.txt", content);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A one-paragraph article with no date line, as the BBC collection's articles are. */
  public static ArticleAnalyzer.Analysis undated(String body) {
    return analyzeText("test-undated.txt", "Test headline\n\n" + body + "\n");
  }

  /** A one-paragraph article published on a date written "dd.MM.yyyy". */
  public static ArticleAnalyzer.Analysis dated(String date, String body) {
    return analyzeText(
        "test-" + date + ".txt", "Test headline\n\n" + date + " 12:00\n\n" + body + "\n");
  }

  /** A one-paragraph article dated 5 July 2013 as an outlet published it at a URL. */
  public static ArticleAnalyzer.Analysis published(String url, String body) {
    return CACHE.computeIfAbsent(
        url + "\u0000" + body,
        key -> {
          RawArticle raw =
              TextArticleParser.parse(
                  "test.txt",
                  "test:test.txt",
                  "Test headline\n\n05.07.2013 17:00\n\n" + body + "\n");
          raw.setUrl(url);
          return analyzer()
              .analyze(
                  new ArticleNormalizer(new BodyNormalizer(EnglishWords.bundled())).normalize(raw));
        });
  }

  /** A one-paragraph article dated Friday 5 July 2013, as in the sample. */
  public static ArticleAnalyzer.Analysis sentence(String body) {
    return analyzeText("test.txt", "Test headline\n\n05.07.2013 17:00\n\n" + body + "\n");
  }

  /**
   * A one-paragraph article dated 5 July 2013 as the default (lean) profile reads it: the shared
   * pipeline's annotation with its coreference chains removed, so that pronouns are resolved by the
   * fallbacks of {@link org.newsevents.nlp.text.Coreference}.
   */
  public static ArticleAnalyzer.Analysis withoutCoreference(String body) {
    return CACHE.computeIfAbsent(
        "no-coreference\u0000" + body,
        key -> {
          Article article =
              new ArticleNormalizer(new BodyNormalizer(EnglishWords.bundled()))
                  .normalize(
                      TextArticleParser.parse(
                          "test.txt",
                          "test:test.txt",
                          "Test headline\n\n05.07.2013 17:00\n\n" + body + "\n"));
          LocalDate published = ArticleAnalyzer.publishedDate(article);
          AnnotatedText text = analyzer().annotate(article.getBody(), published);
          text.annotation()
              .remove(edu.stanford.nlp.coref.CorefCoreAnnotations.CorefChainAnnotation.class);
          return analyzer().extract(article, text, published);
        });
  }
}
