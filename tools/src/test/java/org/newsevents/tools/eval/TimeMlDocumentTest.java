package org.newsevents.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing of a small invented TimeML document. */
class TimeMlDocumentTest {

  private static final String TML =
      """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>TEST001</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2001-02-03" functionInDocument="CREATION_TIME">\
      20010203</TIMEX3></DCT>
      <TITLE>Cats <EVENT eid="e90" class="OCCURRENCE">meet</EVENT></TITLE>
      <TEXT>
      The cats <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" \
      value="2001-02-02">yesterday</TIMEX3> &amp; <SIGNAL sid="s1">after</SIGNAL> that \
      <EVENT eid="e2" class="REPORTING">said</EVENT> so.
      </TEXT>
      <MAKEINSTANCE eventID="e1" eiid="ei1"/>
      </TimeML>
      """;

  @Test
  void textWithoutTagsAndOffsetsOfTheGoldMentions() throws IOException {
    TimeMlDocument doc =
        TimeMlDocument.parse(
            new ByteArrayInputStream(TML.getBytes(StandardCharsets.UTF_8)), "fallback");

    assertEquals("TEST001", doc.docId());
    assertEquals("2001-02-03", doc.dct());
    assertEquals("\nThe cats met yesterday & after that said so.\n", doc.text());
    assertEquals(
        List.of(
            new TimeMlDocument.Event("e1", 10, 13, "met", "OCCURRENCE"),
            new TimeMlDocument.Event("e2", 37, 41, "said", "REPORTING")),
        doc.events());
    assertEquals(
        List.of(new TimeMlDocument.Timex("t1", 14, 23, "yesterday", "DATE", "2001-02-02")),
        doc.timexes());
  }
}
