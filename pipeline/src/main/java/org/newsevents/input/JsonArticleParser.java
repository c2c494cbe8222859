package org.newsevents.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.util.List;
import org.newsevents.schema.RawArticle;

/**
 * Maps one JSON object (news-please and similar) to a {@link RawArticle} through a field mapping.
 */
public final class JsonArticleParser implements Serializable {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Which JSON fields feed each article field; for each, the first present non-blank one wins. */
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
  }

  private final FieldMapping mapping;

  public JsonArticleParser() {
    this(FieldMapping.defaults());
  }

  public JsonArticleParser(FieldMapping mapping) {
    this.mapping = mapping;
  }

  /**
   * Parses one JSON object; its id field, when present, replaces {@code fallbackDocId}.
   *
   * @throws InvalidArticleException when the JSON is malformed, not an object, or has no text
   */
  public RawArticle parse(String fallbackDocId, String source, String json) {
    if (json.isBlank()) {
      throw new InvalidArticleException(InvalidArticleException.EMPTY_DOCUMENT, "empty document");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidArticleException(
          InvalidArticleException.MALFORMED_JSON, "malformed JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new InvalidArticleException(
          InvalidArticleException.MALFORMED_JSON,
          "expected a JSON object but found " + (root == null ? "nothing" : root.getNodeType()));
    }
    String text = first(root, mapping.text());
    if (text == null) {
      throw new InvalidArticleException(
          InvalidArticleException.NO_TEXT, "no text in any of the fields " + mapping.text());
    }
    String id = first(root, mapping.id());
    return RawArticle.newBuilder()
        .setDocId(id != null ? id : fallbackDocId)
        .setSource(source)
        .setUrl(first(root, mapping.url()))
        .setTitle(first(root, mapping.title()))
        .setDateText(first(root, mapping.date()))
        .setText(text)
        .build();
  }

  private static String first(JsonNode root, List<String> fields) {
    for (String field : fields) {
      JsonNode value = root.get(field);
      if (value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
        return value.asText().strip();
      }
    }
    return null;
  }
}
