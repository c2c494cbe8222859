package org.newsevents.input;

import java.util.List;
import org.newsevents.records.InvalidArticleException;
import org.newsevents.schema.RawArticle;

/** Parses the plain-text layout (headline, optional date line, body) into a {@link RawArticle}. */
public final class TextArticleParser {

  private TextArticleParser() {}

  /**
   * Parses one text article.
   *
   * @throws InvalidArticleException when the content is empty or has no body after the headline
   */
  public static RawArticle parse(String docId, String source, String content) {
    List<String> lines = TextLines.split(content);
    int i = skipBlank(lines, 0);
    if (i == lines.size()) {
      throw new InvalidArticleException(InvalidArticleException.EMPTY_DOCUMENT, "empty document");
    }
    String title = lines.get(i).strip();
    i = skipBlank(lines, i + 1);
    String dateText = null;
    if (i < lines.size() && PublicationDates.looksLikeDate(lines.get(i))) {
      dateText = lines.get(i).strip();
      i = skipBlank(lines, i + 1);
    }
    int end = lines.size();
    while (end > i && lines.get(end - 1).isBlank()) {
      end--;
    }
    if (i >= end) {
      throw new InvalidArticleException(
          InvalidArticleException.NO_BODY,
          "no body after the headline" + (dateText == null ? "" : " and date line"));
    }
    return RawArticle.newBuilder()
        .setDocId(docId)
        .setSource(source)
        .setUrl(null)
        .setTitle(title)
        .setDateText(dateText)
        .setText(String.join("\n", lines.subList(i, end)))
        .build();
  }

  private static int skipBlank(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }
}
