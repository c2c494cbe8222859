package org.newsevents.input;

/**
 * An input that cannot become an article, with a short code that becomes the error record's type.
 */
public class InvalidArticleException extends RuntimeException {

  /** The file or line holds nothing but whitespace. */
  public static final String EMPTY_DOCUMENT = "EMPTY_DOCUMENT";

  /** A text article has a headline (and maybe a date) but no body. */
  public static final String NO_BODY = "NO_BODY";

  /** A JSON article has no usable text field. */
  public static final String NO_TEXT = "NO_TEXT";

  /** A JSON input that Jackson cannot parse, or that is not an object. */
  public static final String MALFORMED_JSON = "MALFORMED_JSON";

  private final String code;

  public InvalidArticleException(String code, String message) {
    super(message);
    this.code = code;
  }

  public InvalidArticleException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
