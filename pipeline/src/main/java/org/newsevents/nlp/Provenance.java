package org.newsevents.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.newsevents.records.Hashes;

/**
 * The versions behind a record: the pipeline's version, and for a CoreNLP profile a model version
 * naming the profile, the CoreNLP version and a digest of everything under {@code newsevents/} in
 * the models (profiles, lexicons, rules, gazetteers), so that two records with the same
 * model_version were made with the same extraction knowledge.
 */
public final class Provenance {

  private static final String MODELS_DIR = "newsevents/";
  // A file every models build has; it locates the directory or jar the models come from.
  private static final String MODELS_MARKER = "newsevents/lexicons/event-types.tsv";
  private static final Properties VERSIONS = load();
  private static volatile String modelsDigest;

  private Provenance() {}

  /** The pipeline's version ("0.1.0-SNAPSHOT"). */
  public static String pipelineVersion() {
    return VERSIONS.getProperty("pipeline", "unknown");
  }

  /** The version of the Avro schemas (module schemas/) the pipeline was built with. */
  public static String schemaVersion() {
    return VERSIONS.getProperty("schemas", "unknown");
  }

  /** The version of Stanford CoreNLP the pipeline was built with. */
  public static String coreNlpVersion() {
    return VERSIONS.getProperty("corenlp", "unknown");
  }

  /** "full;corenlp-4.5.10;models-3f2a9c01b7d4": profile, CoreNLP version, models digest. */
  public static String modelVersion(String profile) {
    return profile + ";corenlp-" + coreNlpVersion() + ";models-" + modelsDigest();
  }

  /** The first 12 hex digits of SHA-256 over the names and bytes of the model files, in order. */
  public static String modelsDigest() {
    if (modelsDigest == null) {
      modelsDigest = digest(modelFiles()).substring(0, 12);
    }
    return modelsDigest;
  }

  static String digest(TreeMap<String, byte[]> files) {
    MessageDigest sha = Hashes.sha256();
    for (var file : files.entrySet()) {
      sha.update(file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(file.getValue());
    }
    return Hashes.hex(sha.digest());
  }

  private static TreeMap<String, byte[]> modelFiles() {
    URL marker = Provenance.class.getClassLoader().getResource(MODELS_MARKER);
    if (marker == null) {
      throw new IllegalStateException("models not on the classpath: " + MODELS_MARKER);
    }
    TreeMap<String, byte[]> files = new TreeMap<>();
    try {
      if (marker.getProtocol().equals("jar")) {
        String path = marker.getPath();
        String jar = path.substring("file:".length(), path.indexOf("!/"));
        try (JarFile file = new JarFile(java.net.URLDecoder.decode(jar, "UTF-8"))) {
          for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
            JarEntry entry = e.nextElement();
            if (entry.getName().startsWith(MODELS_DIR) && !entry.isDirectory()) {
              try (InputStream in = file.getInputStream(entry)) {
                files.put(entry.getName(), in.readAllBytes());
              }
            }
          }
        }
      } else {
        Path root = Path.of(marker.toURI()).getParent().getParent();
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(Files::isRegularFile).forEach(paths::add);
        }
        for (Path p : paths) {
          files.put(
              MODELS_DIR + root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in =
        Provenance.class
            .getClassLoader()
            .getResourceAsStream("org/newsevents/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
