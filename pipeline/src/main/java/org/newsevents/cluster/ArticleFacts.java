package org.newsevents.cluster;

import java.io.Serializable;
import java.net.URI;
import java.time.ZoneOffset;
import org.newsevents.schema.Article;

/**
 * What event clustering needs to know of an article: an article goes in; its doc_id, publication
 * day (UTC, or null), near-duplicate cluster and source come out.
 *
 * @param source the host of the article's URL (www. removed), else the name of the folder of its
 *     input file, else the input's URI
 */
public record ArticleFacts(
    String docId, String publishedDay, String articleClusterId, String source)
    implements Serializable {

  /** The facts of an article; its cluster id is its own doc_id when it has not been clustered. */
  public static ArticleFacts of(Article article) {
    String day =
        article.getPublished() == null
            ? null
            : article.getPublished().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    String cluster =
        article.getArticleClusterId() == null ? article.getDocId() : article.getArticleClusterId();
    return new ArticleFacts(article.getDocId(), day, cluster, source(article));
  }

  /** The host of the URL, else the folder of the input file, else the source URI itself. */
  public static String source(Article article) {
    String host = host(article.getUrl());
    if (host != null) {
      return host;
    }
    String path = article.getSource().replaceAll("#.*$", "").replaceAll("!.*$", "");
    String[] parts = path.split("/");
    return parts.length >= 2 && !parts[parts.length - 2].isBlank()
        ? parts[parts.length - 2]
        : article.getSource();
  }

  private static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
