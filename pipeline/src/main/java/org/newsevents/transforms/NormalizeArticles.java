package org.newsevents.transforms;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsevents.input.ArticleNormalizer;
import org.newsevents.input.BodyNormalizer;
import org.newsevents.input.EnglishWords;
import org.newsevents.records.ErrorRecords;
import org.newsevents.schema.Article;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.schema.RawArticle;

/**
 * Turns raw articles into {@link Article}s with a parsed date and a normalized body ({@link
 * #ARTICLES}); articles that fail go to {@link #ERRORS}.
 */
public class NormalizeArticles extends PTransform<PCollection<RawArticle>, PCollectionTuple> {

  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<ErrorRecord> ERRORS = new TupleTag<>() {};

  static final String STAGE = "normalize";

  private final int maxArticleChars;
  private final int maxSentenceTokens;

  private NormalizeArticles(int maxArticleChars, int maxSentenceTokens) {
    this.maxArticleChars = maxArticleChars;
    this.maxSentenceTokens = maxSentenceTokens;
  }

  /** Normalizes with the default limits. */
  public static NormalizeArticles create() {
    return withLimits(
        ArticleNormalizer.DEFAULT_MAX_ARTICLE_CHARS, ArticleNormalizer.DEFAULT_MAX_SENTENCE_TOKENS);
  }

  /**
   * Normalizes texts of at most {@code maxArticleChars} (longer ones fail as TOO_LONG) and breaks
   * sentences of more than {@code maxSentenceTokens} tokens.
   */
  public static NormalizeArticles withLimits(int maxArticleChars, int maxSentenceTokens) {
    if (maxArticleChars <= 0 || maxSentenceTokens <= 0) {
      throw new IllegalArgumentException("article and sentence limits must be positive");
    }
    return new NormalizeArticles(maxArticleChars, maxSentenceTokens);
  }

  @Override
  public PCollectionTuple expand(PCollection<RawArticle> raw) {
    PCollectionTuple normalized =
        raw.apply(
            "Normalize Bodies",
            ParDo.of(new NormalizeFn(maxArticleChars, maxSentenceTokens))
                .withOutputTags(ARTICLES, TupleTagList.of(ERRORS)));
    normalized.get(ARTICLES).setCoder(RecordCoder.of(Article.class));
    normalized.get(ERRORS).setCoder(RecordCoder.of(ErrorRecord.class));
    return normalized;
  }

  private static class NormalizeFn extends DoFn<RawArticle, Article> {
    private final int maxArticleChars;
    private final int maxSentenceTokens;
    private transient ArticleNormalizer normalizer;

    NormalizeFn(int maxArticleChars, int maxSentenceTokens) {
      this.maxArticleChars = maxArticleChars;
      this.maxSentenceTokens = maxSentenceTokens;
    }

    @Setup
    public void setup() {
      // The word list is loaded once per JVM and shared by every instance.
      normalizer =
          new ArticleNormalizer(
              new BodyNormalizer(EnglishWords.bundled()), maxArticleChars, maxSentenceTokens);
    }

    @ProcessElement
    public void processElement(@Element RawArticle raw, MultiOutputReceiver out) {
      try {
        out.get(ARTICLES).output(normalizer.normalize(raw));
      } catch (Exception e) {
        out.get(ERRORS)
            .output(ErrorRecords.of(raw.getSource(), raw.getDocId(), STAGE, e, raw.getText()));
      }
    }
  }
}
