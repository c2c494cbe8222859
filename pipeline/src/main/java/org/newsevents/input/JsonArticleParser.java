package org.newsevents.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import org.newsevents.records.InvalidArticleException;
import org.newsevents.schema.RawArticle;

/**
 * Maps one JSON object (news-please and similar) to a {@link RawArticle} through a field mapping.
 */
public final class JsonArticleParser implements Serializable {

  private static final ObjectMapper MAPPER = new ObjectMapper();

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
    return mapping.map(field -> value(root, field), fallbackDocId, source);
  }

  private static String value(JsonNode root, String field) {
    JsonNode value = root.get(field);
    return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
  }
}
