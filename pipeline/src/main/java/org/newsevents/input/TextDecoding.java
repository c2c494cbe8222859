package org.newsevents.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.newsevents.records.InvalidArticleException;

/**
 * Turns the bytes of a document into text: UTF-8, or Windows-1252 with a warning when the bytes are
 * not valid UTF-8 (older BBC files are Latin-1); binary content is rejected.
 */
public final class TextDecoding {

  /** Decoded text and the warnings to carry into the article. */
  public record Decoded(String text, List<String> warnings) {}

  static final String FALLBACK_WARNING = "decoded as windows-1252: not valid UTF-8";

  /** Binary when more than this share of the first {@link #SNIFF_BYTES} are control bytes. */
  static final double MAX_CONTROL_SHARE = 0.05;

  static final int SNIFF_BYTES = 8192;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  /**
   * Decodes a document.
   *
   * @throws InvalidArticleException BINARY_CONTENT for NUL bytes or mostly control bytes
   */
  public static Decoded decode(byte[] bytes) {
    rejectBinary(bytes);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new Decoded(text, List.of());
    } catch (CharacterCodingException e) {
      return new Decoded(new String(bytes, WINDOWS_1252), List.of(FALLBACK_WARNING));
    }
  }

  private static void rejectBinary(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InvalidArticleException(
            InvalidArticleException.BINARY_CONTENT, "binary content: NUL byte at offset " + i);
      }
    }
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (control > MAX_CONTROL_SHARE * n) {
      throw new InvalidArticleException(
          InvalidArticleException.BINARY_CONTENT,
          "binary content: " + control + " control bytes in the first " + n);
    }
  }
}
