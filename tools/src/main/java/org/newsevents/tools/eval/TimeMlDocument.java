package org.newsevents.tools.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>The TLINKs between an event and a time expression come out as {@link #timeLinks()}, read from
 * the event's side ("e1 IS_INCLUDED t2" also for {@code <TLINK timeID="t2" relType="INCLUDES"
 * relatedToEventInstance="ei1">}), with the event instance resolved to its EVENT through
 * MAKEINSTANCE; the DCT's TIMEX3 is {@link #dctTimex()}.
 */
public record TimeMlDocument(
    String docId,
    String dct,
    String text,
    List<Event> events,
    List<Timex> timexes,
    Timex dctTimex,
    List<TimeLink> timeLinks) {

  /** A gold EVENT: its span in the text and its TimeML class. */
  public record Event(String eid, int begin, int end, String text, String timemlClass) {}

  /** A gold TIMEX3: its span in the text, its type and its normalized value. */
  public record Timex(String tid, int begin, int end, String text, String type, String value) {}

  /**
   * A TLINK between an EVENT ({@code eid}) and a TIMEX3 ({@code tid}), its relation read from the
   * event to the time: "e1 IS_INCLUDED t2".
   */
  public record TimeLink(String eid, String relType, String tid) {}

  /** The relation read the other way round: INCLUDES for IS_INCLUDED, AFTER for BEFORE, ... */
  public static String inverse(String relType) {
    return switch (relType) {
      case "INCLUDES" -> "IS_INCLUDED";
      case "IS_INCLUDED" -> "INCLUDES";
      case "BEFORE" -> "AFTER";
      case "AFTER" -> "BEFORE";
      case "IBEFORE" -> "IAFTER";
      case "IAFTER" -> "IBEFORE";
      case "BEGINS" -> "BEGUN_BY";
      case "BEGUN_BY" -> "BEGINS";
      case "ENDS" -> "ENDED_BY";
      case "ENDED_BY" -> "ENDS";
      case "DURING" -> "DURING_INV";
      case "DURING_INV" -> "DURING";
      default -> relType; // SIMULTANEOUS, IDENTITY
    };
  }

  public TimeMlDocument {
    events = List.copyOf(events);
    timexes = List.copyOf(timexes);
    timeLinks = List.copyOf(timeLinks);
  }

  /** A document without TLINKs. */
  public TimeMlDocument(
      String docId, String dct, String text, List<Event> events, List<Timex> timexes) {
    this(docId, dct, text, events, timexes, null, List.of());
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
    private Timex dctTimex;
    // MAKEINSTANCE: event instance id to event id; the TLINKs as written (kind:id of each end).
    private final Map<String, String> instances = new HashMap<>();
    private final List<String[]> tlinks = new ArrayList<>();
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
          id.isEmpty() ? fallbackId : id,
          dct,
          text.toString(),
          events,
          timexes,
          dctTimex,
          timeLinks());
    }

    /** The TLINKs between an event instance and a time, from the event's side. */
    private List<TimeLink> timeLinks() {
      List<TimeLink> links = new ArrayList<>();
      for (String[] link : tlinks) {
        String relType = link[0];
        String eventInstance = link[1] != null ? link[1] : link[3];
        String time = link[2] != null ? link[2] : link[4];
        if (relType == null || eventInstance == null || time == null) {
          continue; // event-event or time-time
        }
        String eid = instances.get(eventInstance);
        if (eid == null) {
          continue;
        }
        boolean eventFirst = link[1] != null;
        links.add(new TimeLink(eid, eventFirst ? relType : inverse(relType), time));
      }
      return links;
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
            dctTimex =
                new Timex(
                    reader.getAttributeValue(null, "tid"),
                    -1,
                    -1,
                    "",
                    reader.getAttributeValue(null, "type"),
                    dct);
          } else if (inText) {
            open(name, reader, "tid", "type", "value");
          }
        }
        case "EVENT" -> {
          if (inText) {
            open(name, reader, "eid", "class");
          }
        }
        case "MAKEINSTANCE" ->
            instances.put(
                reader.getAttributeValue(null, "eiid"), reader.getAttributeValue(null, "eventID"));
        case "TLINK" -> {
          // A link from an event instance to a time, or from a time to an event instance; the
          // others (event-event, time-time) leave one of the two pairs empty.
          String fromEvent = reader.getAttributeValue(null, "eventInstanceID");
          String fromTime = reader.getAttributeValue(null, "timeID");
          String toEvent = reader.getAttributeValue(null, "relatedToEventInstance");
          String toTime = reader.getAttributeValue(null, "relatedToTime");
          String relType = reader.getAttributeValue(null, "relType");
          if (fromEvent != null && toTime != null) {
            tlinks.add(new String[] {relType, fromEvent, toTime, null, null});
          } else if (fromTime != null && toEvent != null) {
            tlinks.add(new String[] {relType, null, null, toEvent, fromTime});
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
