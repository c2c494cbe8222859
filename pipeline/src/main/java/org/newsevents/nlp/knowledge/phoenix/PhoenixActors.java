package org.newsevents.nlp.knowledge.phoenix;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsevents.nlp.knowledge.Lexicons;

/**
 * The Phoenix/PETRARCH actor dictionaries (country, international, non-state; MIT, shipped in
 * models/gazetteers/phoenix): a name as words goes in; its entry, with its default code and dated
 * roles, comes out. Parsed strictly: a line the format does not allow throws with file and line.
 */
public final class PhoenixActors {

  /** A code held between two dates (inclusive; null = open), as one "[CODE from-to]" line says. */
  public record Role(String code, LocalDate from, LocalDate to, String written) {
    boolean holdsOn(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
  }

  /** One record: its first name as written and its codes (undated ones are defaults). */
  public record Entry(String name, List<Role> roles, String file, int line) {}

  /** The code an entry gives on a date, and how it was chosen (for provenance). */
  public record Coded(String code, String how) {}

  static final String[] FILES = {
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt"
  };
  private static final String DIR = "newsevents/gazetteers/phoenix/";

  /** A code, or "---", the null code. */
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3,}|---");

  /** Words separated by blanks or underscores (the format allows both), then an optional code. */
  private static final Pattern NAME = Pattern.compile("\\+?([^\\[+]+?)\\s*(\\[.*)?");

  private static final Pattern GROUP = Pattern.compile("\\[[^\\[\\]]*\\]");
  private static final Pattern DATED =
      Pattern.compile("\\[([A-Z0-9]{3,}|---)(?:\\s+(?:([<>])\\s*(\\d+)|(\\d+)-(\\d+)))?\\s*\\]");
  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static volatile PhoenixActors standard;

  private final Map<String, Entry> byName = new HashMap<>();

  /**
   * Company names without their legal suffix ("APPLE") -> entry; null when two companies share one.
   */
  private final Map<String, Entry> companies = new HashMap<>();

  private int longest;

  /** The shipped dictionaries, loaded once per JVM. */
  public static PhoenixActors standard() {
    if (standard == null) {
      synchronized (PhoenixActors.class) {
        if (standard == null) {
          PhoenixActors actors = new PhoenixActors();
          for (String file : FILES) {
            actors.read(open(DIR + file), file);
          }
          standard = actors;
        }
      }
    }
    return standard;
  }

  /** Parses one dictionary into this one; a malformed line throws with file:line. */
  public void read(InputStream in, String file) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> names = new ArrayList<>();
      List<Role> roles = new ArrayList<>();
      int first = 0;
      boolean datesBegun = false;
      String raw;
      int number = 0;
      while ((raw = reader.readLine()) != null) {
        number++;
        int hash = raw.indexOf('#');
        String line = (hash < 0 ? raw : raw.substring(0, hash)).stripTrailing();
        if (line.isBlank()) {
          continue;
        }
        boolean indented = Character.isWhitespace(line.charAt(0));
        if (indented) {
          if (names.isEmpty()) {
            throw malformed(file, number, "a date restriction before any name", raw);
          }
          roles.add(role(line.strip(), file, number, raw));
          datesBegun = true;
          continue;
        }
        if (line.startsWith("+") && !names.isEmpty() && !datesBegun) {
          names.add(name(line, file, number, raw, roles));
          continue;
        }
        if (line.startsWith("+")) {
          throw malformed(file, number, "a synonym with no name before it", raw);
        }
        add(names, roles, file, first);
        roles = new ArrayList<>();
        names = new ArrayList<>(List.of(name(line, file, number, raw, roles)));
        first = number;
        datesBegun = false;
      }
      add(names, roles, file, first);
    } catch (IOException e) {
      throw new UncheckedIOException(file, e);
    }
  }

  private void add(List<String> names, List<Role> roles, String file, int line) {
    if (names.isEmpty()) {
      return;
    }
    Entry entry = new Entry(names.get(0), List.copyOf(roles), file, line);
    boolean company = roles.stream().anyMatch(r -> r.code() != null && r.code().startsWith("MNC"));
    for (String name : names) {
      String key = key(name);
      byName.putIfAbsent(key, entry); // the first record of a name wins, as in PETRARCH's trie
      longest = Math.max(longest, key.split(" ").length);
      int space = key.lastIndexOf(' ');
      if (company && space > 0 && Suffixes.SET.contains(key.substring(space + 1))) {
        String shortName = key.substring(0, space);
        if (companies.containsKey(shortName) && companies.get(shortName) != entry) {
          companies.put(shortName, null); // two companies of one short name: no guess
        } else {
          companies.put(shortName, entry);
        }
      }
    }
  }

  /**
   * The company entry whose name, without its legal suffix
   * (models/gazetteers/company-suffixes.tsv), is these words ("Apple" for APPLE_INC_), or null:
   * none, or more than one company.
   */
  public Entry findCompany(String words) {
    return companies.get(key(words));
  }

  /** The legal-form suffixes, read once per JVM on first use (the holder idiom). */
  private static final class Suffixes {
    static final Set<String> SET =
        Lexicons.rows("newsevents/gazetteers/company-suffixes.tsv", 1).stream()
            .skip(1) // the header
            .map(row -> row[0].strip().toUpperCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * A name line: the name, then any number of "[CODE]" or dated "[CODE date-date]" groups (the
   * TABARI form, in which date restrictions may stand on the name's line). Returns the name and
   * adds the groups to roles.
   */
  private static String name(String line, String file, int number, String raw, List<Role> roles) {
    Matcher m = NAME.matcher(line.strip());
    if (!m.matches() || m.group(1).contains("]")) {
      throw malformed(file, number, "not a name followed by optional [CODE ...] groups", raw);
    }
    String rest = m.group(2) == null ? "" : m.group(2);
    Matcher g = GROUP.matcher(rest);
    int at = 0;
    while (g.find()) {
      if (!rest.substring(at, g.start()).isBlank()) {
        throw malformed(file, number, "text between [CODE ...] groups", raw);
      }
      roles.add(role(g.group(), file, number, raw));
      at = g.end();
    }
    if (!rest.substring(at).isBlank()) {
      throw malformed(file, number, "text after the [CODE ...] groups", raw);
    }
    return m.group(1).strip();
  }

  private static Role role(String text, String file, int number, String raw) {
    Matcher m = DATED.matcher(text);
    if (!m.matches()) {
      throw malformed(
          file, number, "not a [CODE], [CODE <date], [CODE >date] or [CODE date-date]", raw);
    }
    String code = m.group(1).equals("---") ? null : m.group(1);
    if (m.group(2) != null) {
      LocalDate date = date(m.group(3), file, number, raw);
      return m.group(2).equals("<")
          ? new Role(code, null, date, text)
          : new Role(code, date, null, text);
    }
    if (m.group(4) != null) {
      return new Role(
          code, date(m.group(4), file, number, raw), date(m.group(5), file, number, raw), text);
    }
    return new Role(code, null, null, text);
  }

  /** YYMMDD (00-30 are 20YY, the rest 19YY) or YYYYMMDD. */
  static LocalDate date(String digits, String file, int number, String raw) {
    try {
      if (digits.length() == 8) {
        return LocalDate.of(
            Integer.parseInt(digits.substring(0, 4)),
            Integer.parseInt(digits.substring(4, 6)),
            Integer.parseInt(digits.substring(6, 8)));
      }
      if (digits.length() == 6) {
        int yy = Integer.parseInt(digits.substring(0, 2));
        return LocalDate.of(
            yy <= 30 ? 2000 + yy : 1900 + yy,
            Integer.parseInt(digits.substring(2, 4)),
            Integer.parseInt(digits.substring(4, 6)));
      }
    } catch (java.time.DateTimeException e) {
      throw malformed(file, number, "not a date: " + digits, raw);
    }
    throw malformed(file, number, "a date of " + digits.length() + " digits (6 or 8 allowed)", raw);
  }

  static IllegalArgumentException malformed(String file, int line, String why, String raw) {
    return new IllegalArgumentException(file + ":" + line + ": " + why + ": " + raw.strip());
  }

  /** The entry of a name given as words ("Tony Blair", "TONY_BLAIR_"), or null. */
  public Entry find(String words) {
    return byName.get(key(words));
  }

  /** The most words of any name. */
  public int longest() {
    return longest;
  }

  /** Names held. */
  public int size() {
    return byName.size();
  }

  /**
   * Upper-case words separated by one space, with diacritics folded: the dictionaries write names
   * in ASCII ("NICOLAS_MADURO"), the news with their accents ("Nicolás Maduro").
   */
  public static String key(String name) {
    // ASCII text has no diacritics to fold: its decomposed form is itself.
    String folded =
        isAscii(name)
            ? name
            : DIACRITICS
                .matcher(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD))
                .replaceAll("");
    return String.join(
        " ", WHITESPACE.split(folded.replace('_', ' ').strip().toUpperCase(Locale.ROOT)));
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * The code of an entry on a date: the role holding on that date, else the default code. With no
   * date, the role that ends last (an open end is latest), flagged "undated-latest"; an entry with
   * no roles gives its default code.
   */
  public static Coded codeOn(Entry entry, LocalDate date) {
    Role undated = null;
    Role latest = null;
    for (Role role : entry.roles()) {
      if (role.from() == null && role.to() == null) {
        undated = undated == null ? role : undated;
      } else if (date != null && role.holdsOn(date)) {
        return role.code() == null ? null : new Coded(role.code(), role.written());
      } else if (date == null && (latest == null || later(role, latest))) {
        latest = role;
      }
    }
    if (latest != null && latest.code() != null) {
      return new Coded(latest.code(), latest.written() + " undated-latest");
    }
    if (undated != null && undated.code() != null) {
      return new Coded(undated.code(), undated.written() + " default");
    }
    return null;
  }

  private static boolean later(Role a, Role b) {
    if (b.to() == null) {
      return false;
    }
    return a.to() == null || a.to().isAfter(b.to());
  }

  static InputStream open(String resource) {
    InputStream in = PhoenixActors.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    return in;
  }
}
