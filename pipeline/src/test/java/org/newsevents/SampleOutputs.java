package org.newsevents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsevents.input.BundledSample;

/**
 * One pipeline run per test JVM over the bundled sample, a syndicated copy of it (another headline,
 * its last paragraph cut, in another folder) and an empty file, with the fast profile; shared by
 * the tests of clusters, inspect, export and report.
 */
public final class SampleOutputs {

  public static final String SAMPLE = "bbc/bbc-2013-07-05-syria-talks.txt";
  public static final String COPY = "wire/syria-talks-copy.txt";
  static final String EMPTY = "empty.txt";

  private static PipelineRuns.Run run;
  private static Path root;

  private SampleOutputs() {}

  /** The run, made on first use. */
  static synchronized PipelineRuns.Run run() {
    if (run == null) {
      try {
        root = Files.createTempDirectory("newsevents-sample-outputs");
        Path input = root.resolve("input");
        Files.createDirectories(input.resolve("bbc"));
        Files.createDirectories(input.resolve("wire"));
        String sample = sampleText();
        Files.writeString(input.resolve(SAMPLE), sample);
        Files.writeString(input.resolve(COPY), copyOf(sample));
        Files.writeString(input.resolve(EMPTY), "");
        run = PipelineRuns.run(root.resolve("out"), "--input=" + input, "--profile=fast");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return run;
  }

  /** The output directory of the run. */
  public static Path output() {
    run();
    return root.resolve("out");
  }

  /** A fresh directory beside the run's output. */
  public static Path newDirectory(String name) throws IOException {
    run();
    return Files.createTempDirectory(root, name);
  }

  static String copyOf(String sample) {
    String lastParagraph = "They said they were particularly worried";
    return sample
        .substring(0, sample.indexOf(lastParagraph))
        .replace(
            "US and Russia 'making progress' on Syria peace talks",
            "Kerry and Lavrov narrow options for Syria conference");
  }

  private static String sampleText() throws IOException {
    try (InputStream in =
        SampleOutputs.class.getClassLoader().getResourceAsStream(BundledSample.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
