package org.newsevents.nlp.time;

import de.unihd.dbs.uima.annotator.heideltime.resources.ResourceScanner;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * HeidelTime's resource scanner over one language's resources: a language folder name goes in;
 * HeidelTime's {@link ResourceScanner} singleton comes out, made from that folder's entries alone.
 *
 * <p>HeidelTime 2.2.1 finds its pattern, normalization and rule files by scanning the jar it was
 * loaded from, matching every entry against three patterns for every top-level folder. Inside the
 * project's fat jar (126,000 entries, 293 top-level folders) that scan took 9.6 s of CPU before the
 * first article could get its time expressions, and it took every folder (edu, org, ...) for a
 * language. Here the jar's entries are listed once, the entries of the one language folder are
 * handed to HeidelTime's own scanning method, and the result is installed as HeidelTime's singleton
 * before HeidelTime asks for it; the same files are found, so the same rules load. When HeidelTime
 * was not loaded from a jar (a classes folder), or its scanner has been made already, nothing is
 * changed.
 */
final class HeidelTimeResources {

  private HeidelTimeResources() {}

  /** Installs the scanner over {@code language}'s folder (e.g. "english") if none exists yet. */
  static synchronized void install(String language) {
    try {
      Field instance = ResourceScanner.class.getDeclaredField("INSTANCE");
      instance.setAccessible(true);
      if (instance.get(null) != null) {
        return;
      }
      File jar = codeSource();
      if (jar == null || !jar.isFile()) {
        return;
      }
      instance.set(null, scanner(jar, language + "/"));
    } catch (ReflectiveOperationException | IOException | URISyntaxException e) {
      // HeidelTime's own scan still works (slowly): say why it is used.
      System.err.println("newsevents: HeidelTime scans its whole jar (" + e + ")");
    }
  }

  /** The names of the language folder's entries, as {@link #install} hands them to HeidelTime. */
  static Set<String> entries(File jar, String folder) throws IOException {
    return languageEntries(jar, folder).keySet();
  }

  private static File codeSource() throws URISyntaxException {
    URL location = ResourceScanner.class.getProtectionDomain().getCodeSource().getLocation();
    return location == null ? null : new File(location.toURI());
  }

  private static HashMap<String, JarEntry> languageEntries(File file, String folder)
      throws IOException {
    HashMap<String, JarEntry> entries = new HashMap<>();
    try (JarFile jar = new JarFile(file)) {
      Enumeration<JarEntry> all = jar.entries();
      while (all.hasMoreElements()) {
        JarEntry entry = all.nextElement();
        if (entry.getName().startsWith(folder)) {
          entries.put(entry.getName(), entry);
        }
      }
    }
    return entries;
  }

  /**
   * A scanner as HeidelTime's constructor makes it (path "resources", empty maps, the inside scan,
   * the languages from the pattern files found), over the folder's entries only.
   */
  private static ResourceScanner scanner(File jar, String folder)
      throws ReflectiveOperationException, IOException {
    Constructor<?> bare =
        sun.reflect.ReflectionFactory.getReflectionFactory()
            .newConstructorForSerialization(
                ResourceScanner.class, Object.class.getDeclaredConstructor());
    ResourceScanner scanner = (ResourceScanner) bare.newInstance();
    set(scanner, "path", "resources");
    Set<String> languages = new HashSet<>();
    set(scanner, "languages", languages);
    Map<String, ?> repatterns = new HashMap<>();
    set(scanner, "repatterns", repatterns);
    set(scanner, "normalizations", new HashMap<>());
    set(scanner, "rules", new HashMap<>());
    Method scan =
        ResourceScanner.class.getDeclaredMethod("scanValidInsideResourcesFolder", HashMap.class);
    scan.setAccessible(true);
    scan.invoke(scanner, languageEntries(jar, folder));
    languages.addAll(repatterns.keySet());
    return scanner;
  }

  private static void set(ResourceScanner scanner, String name, Object value)
      throws ReflectiveOperationException {
    Field field = ResourceScanner.class.getDeclaredField(name);
    field.setAccessible(true);
    field.set(scanner, value);
  }
}
