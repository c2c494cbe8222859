package org.newsevents.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Gives the sample article bundled on the classpath as a file path that the pipeline can read. */
public final class BundledSample {

  /** Classpath resource of the sample; its file name is kept so that its doc_id says what it is. */
  public static final String RESOURCE = "samples/bbc-2013-07-05-syria-talks.txt";

  private BundledSample() {}

  /**
   * Copies the sample to a new temporary directory (deleted on exit) and returns the file's path.
   */
  public static String path() {
    try (InputStream in = BundledSample.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled sample not on the classpath: " + RESOURCE);
      }
      Path dir = Files.createTempDirectory("newsevents-sample");
      // Deleted in reverse order of registration: the file, then its directory.
      dir.toFile().deleteOnExit();
      Path file = dir.resolve(Path.of(RESOURCE).getFileName());
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the bundled sample " + RESOURCE, e);
    }
  }
}
