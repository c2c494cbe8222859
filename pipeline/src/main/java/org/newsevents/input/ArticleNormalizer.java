package org.newsevents.input;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsevents.schema.Article;
import org.newsevents.schema.RawArticle;

/**
 * Turns a {@link RawArticle} into an {@link Article}: parsed date, normalized body and its hash.
 */
public final class ArticleNormalizer {

  private final BodyNormalizer bodyNormalizer;

  public ArticleNormalizer(BodyNormalizer bodyNormalizer) {
    this.bodyNormalizer = bodyNormalizer;
  }

  /**
   * Normalizes one article; an unparseable date is a warning, not a failure.
   *
   * @throws InvalidArticleException when the body is empty after normalization
   */
  public Article normalize(RawArticle raw) {
    String body = bodyNormalizer.normalize(raw.getText());
    if (body.isEmpty()) {
      throw new InvalidArticleException(InvalidArticleException.NO_BODY, "body is empty");
    }
    List<String> warnings = new ArrayList<>();
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
        .setContentHash(sha256Hex(body))
        .setTimexes(new ArrayList<>())
        .setWarnings(warnings)
        .build();
  }

  static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return java.util.HexFormat.of()
          .formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
