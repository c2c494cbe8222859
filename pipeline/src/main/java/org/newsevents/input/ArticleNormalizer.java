package org.newsevents.input;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsevents.records.Hashes;
import org.newsevents.records.InvalidArticleException;
import org.newsevents.schema.Article;
import org.newsevents.schema.RawArticle;

/**
 * Turns a {@link RawArticle} into an {@link Article}: parsed date, normalized body and its hash.
 */
public final class ArticleNormalizer {

  /** Default for the longest text read as an article, in characters. */
  public static final int DEFAULT_MAX_ARTICLE_CHARS = 200_000;

  /** Default for the most tokens in a sentence before it is broken. */
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 300;

  /**
   * The longest run of non-space characters an article may hold. Words and URLs stay far below it;
   * a 200,000-character token (a JSON line holding one base64 blob) made CoreNLP's tokenizer and
   * tagger run out of a 6 GB heap, which on a cluster can take a worker down with every article on
   * it.
   */
  public static final int MAX_TOKEN_CHARS = 1_000;

  private final BodyNormalizer bodyNormalizer;
  private final int maxArticleChars;
  private final int maxSentenceTokens;

  public ArticleNormalizer(BodyNormalizer bodyNormalizer) {
    this(bodyNormalizer, DEFAULT_MAX_ARTICLE_CHARS, DEFAULT_MAX_SENTENCE_TOKENS);
  }

  public ArticleNormalizer(
      BodyNormalizer bodyNormalizer, int maxArticleChars, int maxSentenceTokens) {
    this.bodyNormalizer = bodyNormalizer;
    this.maxArticleChars = maxArticleChars;
    this.maxSentenceTokens = maxSentenceTokens;
  }

  /**
   * Normalizes one article; an unparseable date and a broken overlong sentence are warnings, not
   * failures.
   *
   * @throws InvalidArticleException when the text is longer than the article limit (TOO_LONG),
   *     holds a token longer than {@link #MAX_TOKEN_CHARS} (TOKEN_TOO_LONG) or the body is empty
   *     after normalization (NO_BODY)
   */
  public Article normalize(RawArticle raw) {
    // Checked before normalizing, which would cost seconds on tens of megabytes.
    if (raw.getText().length() > maxArticleChars) {
      throw new InvalidArticleException(
          InvalidArticleException.TOO_LONG,
          "text of "
              + raw.getText().length()
              + " characters, more than "
              + maxArticleChars
              + " (limit --maxArticleChars)");
    }
    int longest = longestToken(raw.getText());
    if (longest > MAX_TOKEN_CHARS) {
      throw new InvalidArticleException(
          InvalidArticleException.TOKEN_TOO_LONG,
          "a token of "
              + longest
              + " characters without a space, more than "
              + MAX_TOKEN_CHARS
              + "; not sent to CoreNLP");
    }
    String body = bodyNormalizer.normalize(raw.getText());
    if (body.isEmpty()) {
      throw new InvalidArticleException(InvalidArticleException.NO_BODY, "body is empty");
    }
    List<String> warnings = new ArrayList<>(raw.getWarnings());
    LongSentences.Result split = LongSentences.split(body, maxSentenceTokens);
    if (split.breaks() > 0) {
      body = split.body();
      warnings.add(
          "broke "
              + split.breaks()
              + " overlong sentence(s) after "
              + maxSentenceTokens
              + " tokens (limit --maxSentenceTokens)");
    }
    Instant published = null;
    if (raw.getDateText() != null) {
      Optional<Instant> parsed = PublicationDates.parse(raw.getDateText());
      if (parsed.isPresent()) {
        published = parsed.get();
      } else {
        warnings.add("unparseable date: \"" + raw.getDateText() + "\"");
      }
    }
    return Article.newBuilder()
        .setDocId(raw.getDocId())
        .setSource(raw.getSource())
        .setUrl(raw.getUrl())
        .setTitle(raw.getTitle())
        .setPublished(published)
        .setBody(body)
        .setContentHash(Hashes.sha256Hex(body))
        .setTimexes(new ArrayList<>())
        .setWarnings(warnings)
        .build();
  }

  /** The length of the longest run of non-whitespace characters. */
  static int longestToken(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
