package org.newsevents.input;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Resolves the input option (a file, a directory or a glob) into a file pattern and the base
 * directory that doc_ids are relative to.
 */
public final class InputFiles implements Serializable {

  private final String filepattern;
  private final String baseDirectory;

  private InputFiles(String filepattern, String baseDirectory) {
    this.filepattern = filepattern;
    this.baseDirectory = baseDirectory;
  }

  public static InputFiles resolve(String input) {
    int glob = firstGlobChar(input);
    if (glob >= 0) {
      int slash = input.lastIndexOf('/', glob);
      return new InputFiles(input, slash < 0 ? "" : input.substring(0, slash));
    }
    if (input.endsWith("/") || isLocalDirectory(input)) {
      String dir = input.endsWith("/") ? input.substring(0, input.length() - 1) : input;
      return new InputFiles(dir + "/**", dir);
    }
    int slash = input.lastIndexOf('/');
    return new InputFiles(input, slash < 0 ? "" : input.substring(0, slash));
  }

  public String filepattern() {
    return filepattern;
  }

  /** The path of {@code file} within the input, or its name when it lies outside the base. */
  public String relativePath(String file) {
    String base = absolute(baseDirectory);
    String path = absolute(file);
    if (!base.isEmpty() && path.startsWith(base + "/")) {
      return path.substring(base.length() + 1);
    }
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** A URI for a local path; other file systems' ids are URIs already. */
  public static String uri(String file) {
    return file.startsWith("/") ? Paths.get(file).toUri().toString() : file;
  }

  private static String absolute(String path) {
    if (path.isEmpty() || path.contains("://")) {
      return path;
    }
    return Paths.get(path).toAbsolutePath().normalize().toString();
  }

  private static boolean isLocalDirectory(String input) {
    try {
      return !input.contains("://") && Files.isDirectory(Path.of(input));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static int firstGlobChar(String input) {
    for (int i = 0; i < input.length(); i++) {
      if ("*?[{".indexOf(input.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
