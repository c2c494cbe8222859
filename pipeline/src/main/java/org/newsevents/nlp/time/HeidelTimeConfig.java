package org.newsevents.nlp.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * HeidelTime's {@code config.props}, read and checked before HeidelTime is built: a classpath
 * resource or a file goes in; the checked settings come out, or an {@link IllegalArgumentException}
 * that names the file and the bad key. (HeidelTime's own reader ends the JVM with {@code
 * System.exit} on a missing or bad file; the adapter never calls it.)
 */
public final class HeidelTimeConfig {

  /** The shipped configuration (models/heideltime/config.props). */
  public static final String RESOURCE = "newsevents/heideltime/config.props";

  /** The kinds of TIMEX3 HeidelTime looks for, each switched on or off by a boolean key. */
  static final List<String> SWITCHES =
      List.of(
          "considerDate", "considerDuration", "considerSet", "considerTime", "considerTemponym");

  /** The names of the UIMA parameters HeidelTime's annotator reads. */
  static final List<String> UIMA_NAMES =
      List.of(
          "uimaVarDate",
          "uimaVarDuration",
          "uimaVarLanguage",
          "uimaVarSet",
          "uimaVarTime",
          "uimaVarTemponym",
          "uimaVarTypeToProcess");

  private final String source;
  private final Properties properties;

  private HeidelTimeConfig(String source, Properties properties) {
    this.source = source;
    this.properties = properties;
    validate();
  }

  /** The shipped configuration. */
  public static HeidelTimeConfig standard() {
    return fromResource(RESOURCE);
  }

  /** A configuration on the classpath. */
  public static HeidelTimeConfig fromResource(String resource) {
    try (InputStream in = HeidelTimeConfig.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "HeidelTime config not found on the classpath: " + resource);
      }
      return new HeidelTimeConfig(resource, load(in));
    } catch (IOException e) {
      throw new IllegalArgumentException("HeidelTime config unreadable: " + resource, e);
    }
  }

  /** A configuration file. */
  public static HeidelTimeConfig fromFile(Path file) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new IllegalArgumentException("HeidelTime config not found or unreadable: " + file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new HeidelTimeConfig(file.toString(), load(in));
    } catch (IOException e) {
      throw new IllegalArgumentException("HeidelTime config unreadable: " + file, e);
    }
  }

  private static Properties load(InputStream in) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  private void validate() {
    for (String key : SWITCHES) {
      String value = required(key).toLowerCase(Locale.ROOT);
      if (!value.equals("true") && !value.equals("false")) {
        throw bad(key, "is '" + properties.getProperty(key) + "', not true or false");
      }
    }
    for (String key : UIMA_NAMES) {
      required(key);
    }
    String typeSystem = required("typeSystemHome");
    if (HeidelTimeConfig.class.getClassLoader().getResource(typeSystem) == null) {
      throw bad("typeSystemHome", "names '" + typeSystem + "', which is not on the classpath");
    }
  }

  private String required(String key) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      throw bad(key, "is missing");
    }
    return value.strip();
  }

  private IllegalArgumentException bad(String key, String problem) {
    return new IllegalArgumentException("HeidelTime config " + source + ": " + key + " " + problem);
  }

  /** Whether a kind of expression is switched on ({@code considerDate}, ...). */
  public boolean considers(String key) {
    if (!SWITCHES.contains(key)) {
      throw new IllegalArgumentException("not a HeidelTime switch: " + key);
    }
    return Boolean.parseBoolean(properties.getProperty(key).strip());
  }

  /** The value of a key (the UIMA parameter names, the type system resource). */
  public String get(String key) {
    String value = properties.getProperty(key);
    return value == null ? null : value.strip();
  }

  /** Where the configuration was read from. */
  public String source() {
    return source;
  }
}
