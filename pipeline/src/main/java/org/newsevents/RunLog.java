package org.newsevents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a run's log goes: the output directory goes in; Beam's and CoreNLP's log lines
 * (slf4j-simple) go to {@value #FILE_NAME} there, and the console keeps only the progress and the
 * summary. Must be called before anything creates a logger: slf4j-simple reads its settings once.
 */
public final class RunLog {

  static final String FILE_NAME = "newsevents.log";

  private RunLog() {}

  /**
   * Sends the log to {@value #FILE_NAME} in {@code output}, or in the working directory when the
   * output is not a local directory (gs://, hdfs://). Returns the log file.
   */
  static Path toFile(String output) {
    Path dir = output.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") ? Path.of(".") : Path.of(output);
    Path file = dir.resolve(FILE_NAME);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the output directory " + dir, e);
    }
    return toFile(file);
  }

  /**
   * Sends the log to {@code file} (its directory must exist), with a time on every line. Returns
   * the file as an absolute path.
   */
  public static Path toFile(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    System.setProperty("org.slf4j.simpleLogger.logFile", absolute.toString());
    System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSS");
    quietDefaults();
    return absolute;
  }

  /**
   * Settings for the log wherever it goes. After a successful write Beam's FileBasedSink matches
   * its temporary directory once more, finds it already removed, and warns "Failed to match
   * temporary files" for every output (four per clean run): its warnings are kept at ERROR.
   */
  static void quietDefaults() {
    System.setProperty(
        "org.slf4j.simpleLogger.log.org.apache.beam.sdk.io.FileBasedSink",
        System.getProperty(
            "org.slf4j.simpleLogger.log.org.apache.beam.sdk.io.FileBasedSink", "error"));
  }
}
