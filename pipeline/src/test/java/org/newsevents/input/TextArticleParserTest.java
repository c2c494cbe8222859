package org.newsevents.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsevents.records.InvalidArticleException;
import org.newsevents.schema.RawArticle;

class TextArticleParserTest {

  static String sample() throws IOException {
    try (InputStream in =
        TextArticleParserTest.class.getClassLoader().getResourceAsStream(BundledSample.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void parsesHeadlineDateLineAndBodyOfTheSample() throws IOException {
    RawArticle a = TextArticleParser.parse("s.txt", "file:///s.txt", sample());

    assertEquals("US and Russia 'making progress' on Syria peace talks", a.getTitle());
    assertEquals("05.07.2013 17:00", a.getDateText());
    assertEquals(
        "The US and Russia have made\nprogress on plans to convene a",
        a.getText().substring(0, 58));
    assertEquals("on Saturday.", a.getText().substring(a.getText().length() - 12));
    assertEquals("s.txt", a.getDocId());
    assertEquals("file:///s.txt", a.getSource());
    assertEquals(null, a.getUrl());
  }

  @Test
  void withoutDateLineTheBodyStartsAfterTheHeadline() {
    RawArticle a = TextArticleParser.parse("d", "s", "Title\n\nFirst paragraph.\n\nSecond.\n");

    assertEquals("Title", a.getTitle());
    assertEquals(null, a.getDateText());
    assertEquals("First paragraph.\n\nSecond.", a.getText());
  }

  @Test
  void toleratesBomAndCrlfAndLeadingBlankLines() {
    RawArticle a =
        TextArticleParser.parse("d", "s", "\uFEFF\r\nTitle\r\n\r\n2013-07-05\r\nBody line.\r\n");

    assertEquals("Title", a.getTitle());
    assertEquals("2013-07-05", a.getDateText());
    assertEquals("Body line.", a.getText());
  }

  @Test
  void titleOnlyIsNoBody() {
    InvalidArticleException e =
        assertThrows(
            InvalidArticleException.class,
            () -> TextArticleParser.parse("d", "s", "Title\n\n05.07.2013 17:00\n\n"));
    assertEquals(InvalidArticleException.NO_BODY, e.code());
    assertEquals("no body after the headline and date line", e.getMessage());
  }

  @Test
  void emptyDocumentIsRejected() {
    InvalidArticleException e =
        assertThrows(
            InvalidArticleException.class, () -> TextArticleParser.parse("d", "s", " \n\n"));
    assertEquals(InvalidArticleException.EMPTY_DOCUMENT, e.code());
  }
}
