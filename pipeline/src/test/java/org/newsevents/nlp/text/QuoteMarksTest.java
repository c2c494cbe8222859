package org.newsevents.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteMarksTest {

  /** Each row: the body, then the text CoreNLP reads ("\n" for a line break). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          ''We will not give up,'' Mr. Kerry said.|``We will not give up,'' Mr. Kerry said.
          He said, ''This isn't tax reform.''|He said, ``This isn't tax reform.''
          a ''carried interest'' loophole|a ``carried interest'' loophole
          citing Exodus 18:21 (''select out of all the people'')|citing Exodus 18:21 (``select out of all the people'')
          say to him, '''Sir, we've decided to stay.''' he said|say to him, ``'Sir, we've decided to stay.''' he said
          ''$12 an hour?'' she asked.|``$12 an hour?'' she asked.
          the students'' union voted|the students'' union voted
          Mr. O''Brien said no.|Mr. O''Brien said no.
          'Manhattan poor,' '' she said|'Manhattan poor,' '' she said
          ''It is hard,'' he said.\\n\\n''We will go on,'' she said.|``It is hard,'' he said.\\n\\n``We will go on,'' she said.
          ''It is hard to say.\\n\\n''We will go on,'' she said.|``It is hard to say.\\n\\n  We will go on,'' she said.
          ``It is hard to say.\\n\\n``We will go on,'' she said.|``It is hard to say.\\n\\n  We will go on,'' she said.
          ''A quote with no close.\\n\\nThe next paragraph.\\n\\n''New,'' he said.|``A quote with no close.\\n\\nThe next paragraph.\\n\\n``New,'' he said.
          """)
  void opensTwoApostrophesAndJoinsParagraphs(String body, String expected) {
    String in = body.replace("\\n", "\n");
    String out = QuoteMarks.forCoreNlp(in);
    assertEquals(expected.replace("\\n", "\n"), out);
    assertEquals(in.length(), out.length());
  }

  @Test
  void aBodyWithoutDoubleMarksIsGivenAsItIs() {
    String body = "\"We will not give up,\" he said. The students' union met.";
    assertSame(body, QuoteMarks.forCoreNlp(body));
  }
}
