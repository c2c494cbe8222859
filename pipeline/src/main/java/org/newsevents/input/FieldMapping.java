package org.newsevents.input;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.newsevents.records.InvalidArticleException;
import org.newsevents.schema.RawArticle;

/**
 * Which fields of a JSON object or CSV record feed each article field; for each, the first present
 * non-blank one wins. Only a text field is required.
 */
public record FieldMapping(
    List<String> id, List<String> title, List<String> date, List<String> text, List<String> url)
    implements Serializable {

  /** id, title, date then date_publish, text then maintext (news-please), url. */
  public static FieldMapping defaults() {
    return new FieldMapping(
        List.of("id"),
        List.of("title"),
        List.of("date", "date_publish"),
        List.of("text", "maintext"),
        List.of("url"));
  }

  /** A mapping from comma-separated field lists, as the options give them. */
  public static FieldMapping of(String id, String title, String date, String text, String url) {
    return new FieldMapping(list(id), list(title), list(date), list(text), list(url));
  }

  /**
   * The raw article whose fields {@code value} gives (null for an absent field); the id field, when
   * present, replaces {@code fallbackDocId}.
   *
   * @throws InvalidArticleException when none of the text fields has text
   */
  public RawArticle map(Function<String, String> value, String fallbackDocId, String source) {
    String body = first(value, text);
    if (body == null) {
      throw new InvalidArticleException(
          InvalidArticleException.NO_TEXT, "no text in any of the fields " + text);
    }
    String docId = first(value, id);
    return RawArticle.newBuilder()
        .setDocId(docId != null ? docId : fallbackDocId)
        .setSource(source)
        .setUrl(first(value, url))
        .setTitle(first(value, title))
        .setDateText(first(value, date))
        .setText(body)
        .build();
  }

  private static String first(Function<String, String> value, List<String> fields) {
    for (String field : fields) {
      String v = value.apply(field);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static List<String> list(String fields) {
    List<String> names =
        Arrays.stream(fields.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (names.isEmpty()) {
      throw new IllegalArgumentException("empty field list \"" + fields + "\"");
    }
    return names;
  }
}
