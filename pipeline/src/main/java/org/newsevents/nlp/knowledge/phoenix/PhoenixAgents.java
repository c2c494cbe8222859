package org.newsevents.nlp.knowledge.phoenix;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Phoenix/PETRARCH agents dictionary (role nouns: "spokesman", "police", "rebels"; MIT, shipped
 * in models/gazetteers/phoenix): a noun phrase's words go in; its agent code ("~GOV", "NGO~"), as
 * the dictionary writes it, comes out. Plurals are formed as the format says. Parsed strictly: a
 * line the format does not allow throws with file and line.
 */
public final class PhoenixAgents {

  /** An agent: the code as written ("~GOVFRM") and its first sector ("GOV"). */
  public record Agent(String code, String sector, int line) {}

  static final String FILE = "Phoenix.agents.txt";
  private static final Pattern SUBSTITUTION = Pattern.compile("(![A-Z]+!)\\s*=\\s*(.+)");
  private static final Pattern ENTRY =
      Pattern.compile("([^{\\[]+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[(~[A-Z]{3,}|[A-Z]{3,}~)[\\]}]");
  private static volatile PhoenixAgents standard;

  private final Map<String, Agent> byPhrase = new HashMap<>();
  private final Map<String, List<String>> substitutions = new HashMap<>();

  /** The shipped dictionary, loaded once per JVM. */
  public static PhoenixAgents standard() {
    if (standard == null) {
      synchronized (PhoenixAgents.class) {
        if (standard == null) {
          PhoenixAgents agents = new PhoenixAgents();
          agents.read(PhoenixActors.open("newsevents/gazetteers/phoenix/" + FILE), FILE);
          standard = agents;
        }
      }
    }
    return standard;
  }

  /** Parses one agents dictionary into this one; a malformed line throws with file:line. */
  public void read(InputStream in, String file) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String raw;
      int number = 0;
      while ((raw = reader.readLine()) != null) {
        number++;
        int hash = raw.indexOf('#');
        String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
        if (line.isEmpty() || line.startsWith("<!--")) {
          continue;
        }
        Matcher sub = SUBSTITUTION.matcher(line);
        if (sub.matches()) {
          List<String> forms = new ArrayList<>();
          for (String form : sub.group(2).split(",")) {
            forms.add(form.strip());
          }
          substitutions.put(sub.group(1), forms);
          continue;
        }
        Matcher m = ENTRY.matcher(line);
        if (!m.matches()) {
          throw PhoenixActors.malformed(
              file, number, "not PHRASE {plural} [~CODE] or !MARKER! = forms", raw);
        }
        String code = m.group(3);
        Agent agent = new Agent(code, code.replace("~", "").substring(0, 3), number);
        // Blanks ("words may come between") are read as underscores (consecutive words).
        for (String phrase : expand(m.group(1).replaceAll("\\s+", "_"), file, number, raw)) {
          put(phrase, agent);
          if (m.group(2) == null && !phrase.endsWith("_") && !m.group(1).contains("!")) {
            put(plural(phrase), agent);
          } else if (m.group(2) != null && !m.group(2).isBlank()) {
            put(m.group(2), agent);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file, e);
    }
  }

  private List<String> expand(String phrase, String file, int number, String raw) {
    int open = phrase.indexOf('!');
    if (open < 0) {
      return List.of(phrase);
    }
    int close = phrase.indexOf('!', open + 1);
    String marker = close < 0 ? null : phrase.substring(open, close + 1);
    List<String> forms = marker == null ? null : substitutions.get(marker);
    if (forms == null) {
      throw PhoenixActors.malformed(file, number, "an undefined !MARKER!", raw);
    }
    List<String> out = new ArrayList<>();
    for (String form : forms) {
      out.addAll(
          expand(
              phrase.substring(0, open) + form + phrase.substring(close + 1), file, number, raw));
    }
    return out;
  }

  private void put(String phrase, Agent agent) {
    byPhrase.putIfAbsent(PhoenixActors.key(phrase), agent);
  }

  static String plural(String word) {
    if (word.endsWith("SS")) {
      return word + "ES";
    }
    if (word.endsWith("Y")
        && word.length() > 1
        && "AEIOU".indexOf(word.charAt(word.length() - 2)) < 0) {
      return word.substring(0, word.length() - 1) + "IES";
    }
    return word + "S";
  }

  /** The agent of a phrase's words ("spokesman", "FOREIGN_MINISTER"), or null. */
  public Agent find(String words) {
    return byPhrase.get(PhoenixActors.key(words));
  }

  /** Phrases held (with generated plurals). */
  public int size() {
    return byPhrase.size();
  }
}
