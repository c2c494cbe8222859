package org.newsevents.tools.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One TimeML ({@code .tml}) file: the file goes in; its id, creation date, the plain text of its
 * {@code TEXT} element with the tags removed, and the gold EVENT and TIMEX3 spans in that text come
 * out.
 *
 * <p>Only mentions inside {@code TEXT} are gold: EVENTs in a headline outside it are not (two
 * TimeBank files have some). The text keeps every character of {@code TEXT}, whitespace included,
 * so offsets are Java {@code char} offsets into {@link #text()}.
 */
public record TimeMlDocument(
    String docId, String dct, String text, List<Event> events, List<Timex> timexes) {

  /** A gold EVENT: its span in the text and its TimeML class. */
  public record Event(String eid, int begin, int end, String text, String timemlClass) {}

  /** A gold TIMEX3: its span in the text, its type and its normalized value. */
  public record Timex(String tid, int begin, int end, String text, String type, String value) {}

  public TimeMlDocument {
    events = List.copyOf(events);
    timexes = List.copyOf(timexes);
  }

  /** Parses a TimeML file. */
  public static TimeMlDocument read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.getFileName().toString().replaceFirst("\\.tml$", ""));
    }
  }

  /** Parses TimeML from a stream; {@code fallbackId} names it when it has no {@code DOCID}. */
  public static TimeMlDocument parse(InputStream in, String fallbackId) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      XMLStreamReader reader = factory.createXMLStreamReader(in);
      try {
        return new Parser(fallbackId).run(reader);
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      throw new IOException("not well-formed TimeML (" + fallbackId + "): " + e.getMessage(), e);
    }
  }

  /** One pass over the XML; tracks whether it is inside TEXT, DCT or DOCID. */
  private static final class Parser {
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder docId = new StringBuilder();
    private final List<Event> events = new ArrayList<>();
    private final List<Timex> timexes = new ArrayList<>();
    private final String fallbackId;
    private String dct;
    private boolean inText;
    private boolean inDct;
    private boolean inDocId;
    // The open EVENT or TIMEX3 inside TEXT (TimeML does not nest them).
    private String openName;
    private int openBegin;
    private String[] openValues;

    Parser(String fallbackId) {
      this.fallbackId = fallbackId;
    }

    TimeMlDocument run(XMLStreamReader reader) throws XMLStreamException {
      while (reader.hasNext()) {
        switch (reader.next()) {
          case XMLStreamConstants.START_ELEMENT -> start(reader);
          case XMLStreamConstants.END_ELEMENT -> end(reader.getLocalName());
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
              characters(reader.getText());
          default -> {}
        }
      }
      String id = docId.toString().strip();
      return new TimeMlDocument(
          id.isEmpty() ? fallbackId : id, dct, text.toString(), events, timexes);
    }

    private void start(XMLStreamReader reader) {
      String name = reader.getLocalName();
      switch (name) {
        case "TEXT" -> inText = true;
        case "DCT" -> inDct = true;
        case "DOCID" -> inDocId = true;
        case "TIMEX3" -> {
          if (inDct && dct == null) {
            dct = reader.getAttributeValue(null, "value");
          } else if (inText) {
            open(name, reader, "tid", "type", "value");
          }
        }
        case "EVENT" -> {
          if (inText) {
            open(name, reader, "eid", "class");
          }
        }
        default -> {}
      }
    }

    private void open(String name, XMLStreamReader reader, String... attributes) {
      openName = name;
      openBegin = text.length();
      openValues = new String[attributes.length];
      for (int i = 0; i < attributes.length; i++) {
        openValues[i] = reader.getAttributeValue(null, attributes[i]);
      }
    }

    private void end(String name) {
      switch (name) {
        case "TEXT" -> inText = false;
        case "DCT" -> inDct = false;
        case "DOCID" -> inDocId = false;
        default -> {}
      }
      if (!name.equals(openName)) {
        return;
      }
      int end = text.length();
      String surface = text.substring(openBegin, end);
      if (name.equals("EVENT")) {
        events.add(new Event(openValues[0], openBegin, end, surface, openValues[1]));
      } else {
        timexes.add(
            new Timex(openValues[0], openBegin, end, surface, openValues[1], openValues[2]));
      }
      openName = null;
    }

    private void characters(String chars) {
      if (inText) {
        text.append(chars);
      } else if (inDocId) {
        docId.append(chars);
      }
    }
  }
}
