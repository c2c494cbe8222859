package org.newsevents.input;

import java.util.Arrays;
import java.util.List;

/** Splits text into lines, tolerating a byte-order mark and CRLF or CR line ends. */
public final class TextLines {

  private TextLines() {}

  public static List<String> split(String text) {
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return Arrays.asList(s.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
  }
}
