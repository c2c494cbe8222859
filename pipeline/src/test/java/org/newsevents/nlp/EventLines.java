package org.newsevents.nlp;

import java.util.StringJoiner;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Statement;

/** One readable line per event record, for golden tests and for inspecting output. */
public final class EventLines {

  private EventLines() {}

  /**
   * {@code TYPE trigger[begin,end] class speaker=... cue=... to=... content=... args... time=...
   * flags}.
   */
  public static String line(Event e) {
    StringJoiner out = new StringJoiner(" ");
    out.add(e.getType());
    out.add(
        e.getTrigger().getText()
            + "["
            + e.getTrigger().getBegin()
            + ","
            + e.getTrigger().getEnd()
            + "]");
    out.add(e.getTimemlClass());
    Statement s = e.getStatement();
    if (s != null) {
      out.add("speaker=" + mention(s.getSpeaker()));
      out.add("cue=" + (s.getCue() == null ? "-" : s.getCue().getText()));
      if (s.getAddressee() != null) {
        out.add("to=" + mention(s.getAddressee()));
      }
      out.add((s.getDirect() ? "direct" : "indirect") + "=\"" + s.getContent().getText() + "\"");
    }
    for (Argument a : e.getArguments()) {
      if (s != null
          && (a.getRole().equals("THEME")
              || a.getRole().equals("AGENT")
              || a.getRole().equals("RECIPIENT"))) {
        continue;
      }
      out.add(
          a.getRole()
              + "=\""
              + a.getText()
              + "\""
              + (a.getCanonical() != null && !a.getCanonical().equals(a.getText())
                  ? "->" + a.getCanonical()
                  : ""));
    }
    if (e.getTime() != null) {
      out.add(
          "time="
              + e.getTime().getValue()
              + (e.getTime().getSource().toString().equals("SENTENCE") ? "" : "(pub)"));
    }
    if (e.getNegated()) {
      out.add("NEG");
    }
    if (!e.getModality().equals("ASSERTED")) {
      out.add(e.getModality() + "(" + e.getModalCue() + ")");
    }
    if (e.getReported()) {
      out.add("reported");
    }
    return out.toString();
  }

  private static String mention(Mention m) {
    if (m == null) {
      return "UNKNOWN";
    }
    return "\""
        + m.getText()
        + "\""
        + (m.getCanonical() != null && !m.getCanonical().equals(m.getText())
            ? "->" + m.getCanonical()
            : "");
  }
}
