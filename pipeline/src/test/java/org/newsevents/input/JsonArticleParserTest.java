package org.newsevents.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.records.InvalidArticleException;
import org.newsevents.schema.RawArticle;

class JsonArticleParserTest {

  private final JsonArticleParser parser = new JsonArticleParser();

  @Test
  void mapsNewsPleaseFieldsAndKeepsTheFallbackIdWithoutAnId() {
    RawArticle a =
        parser.parse(
            "np/1.json",
            "file:///np/1.json",
            "{\"title\": \"Ship hits pylon\", \"date_publish\": \"2017-12-30 10:00:00\","
                + " \"maintext\": \"The accident happened.\", \"url\": \"http://x/1\","
                + " \"source_domain\": \"x\"}");

    assertEquals("np/1.json", a.getDocId());
    assertEquals("file:///np/1.json", a.getSource());
    assertEquals("Ship hits pylon", a.getTitle());
    assertEquals("2017-12-30 10:00:00", a.getDateText());
    assertEquals("The accident happened.", a.getText());
    assertEquals("http://x/1", a.getUrl());
  }

  @Test
  void preferredFieldsWinAndTheIdReplacesTheFallback() {
    RawArticle a =
        parser.parse(
            "f",
            "s",
            "{\"id\": 42, \"date\": \"2013-07-05\", \"date_publish\": \"2017-01-01\","
                + " \"text\": \"Text.\", \"maintext\": \"Main.\"}");

    assertEquals("42", a.getDocId());
    assertEquals("2013-07-05", a.getDateText());
    assertEquals("Text.", a.getText());
    assertEquals(null, a.getTitle());
  }

  @Test
  void customMappingIsUsed() {
    JsonArticleParser custom =
        new JsonArticleParser(
            new FieldMapping(
                List.of("dId"), List.of("headline"), List.of("ts"), List.of("body"), List.of()));

    RawArticle a =
        custom.parse("f", "s", "{\"dId\": \"d-7\", \"headline\": \"H\", \"body\": \"B.\"}");

    assertEquals("d-7", a.getDocId());
    assertEquals("H", a.getTitle());
    assertEquals("B.", a.getText());
  }

  @Test
  void missingTextIsRejected() {
    InvalidArticleException e =
        assertThrows(
            InvalidArticleException.class,
            () ->
                parser.parse("f", "s", "{\"title\": \"T\", \"text\": null, \"maintext\": \" \"}"));
    assertEquals(InvalidArticleException.NO_TEXT, e.code());
    assertEquals("no text in any of the fields [text, maintext]", e.getMessage());
  }

  @Test
  void malformedJsonCarriesJacksonsMessage() {
    InvalidArticleException e =
        assertThrows(InvalidArticleException.class, () -> parser.parse("f", "s", "{\"title\": "));
    assertEquals(InvalidArticleException.MALFORMED_JSON, e.code());
    assertTrue(
        e.getMessage().startsWith("malformed JSON: Unexpected end-of-input"), e.getMessage());
  }

  @Test
  void nonObjectIsRejected() {
    InvalidArticleException e =
        assertThrows(InvalidArticleException.class, () -> parser.parse("f", "s", "[1, 2]"));
    assertEquals("expected a JSON object but found ARRAY", e.getMessage());
  }
}
