package org.newsevents.records;

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

  /** A CSV input that commons-csv cannot parse (from the failing record on). */
  public static final String MALFORMED_CSV = "MALFORMED_CSV";

  /** A file that is not text: NUL bytes or mostly control characters. */
  public static final String BINARY_CONTENT = "BINARY_CONTENT";

  /** A file (or archive) that holds, decompressed, more bytes than the read limit. */
  public static final String TOO_LARGE = "TOO_LARGE";

  /** An article whose text is longer than the article limit. */
  public static final String TOO_LONG = "TOO_LONG";

  /** An article with a run of non-space characters longer than any word or URL. */
  public static final String TOKEN_TOO_LONG = "TOKEN_TOO_LONG";

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
