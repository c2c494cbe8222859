package org.newsevents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The run's command line: help, --verbose, the output directory and unknown options. */
class RunArgumentsTest {

  @Test
  void takesHelpAndVerboseOutOfBeamsArguments() {
    RunArguments given = RunArguments.of(new String[] {"--verbose", "--output=runs/a", "--help"});

    assertTrue(given.help());
    assertTrue(given.verbose());
    assertEquals("runs/a", given.output());
    assertArrayEquals(new String[] {"--output=runs/a"}, given.beamArgs());
  }

  @Test
  void theOutputDefaultsToTheOptionsDefault() {
    RunArguments given = RunArguments.of(new String[] {"--profile=fast"});

    assertFalse(given.help());
    assertEquals("out", given.output());
  }

  @Test
  void aMisspeltOptionNamesTheNearestOne() {
    RunArguments given = RunArguments.of(new String[] {"--outptu=x", "--profile=fast"});

    RunArguments.UsageException e =
        assertThrows(RunArguments.UsageException.class, given::beamArgs);
    assertEquals("unknown option --outptu (did you mean --output?)", e.getMessage());
  }

  @Test
  void runnerOptionsAreKnown() {
    RunArguments given =
        RunArguments.of(new String[] {"--runner=FlinkRunner", "--flinkMaster=[local]"});

    assertArrayEquals(
        new String[] {"--runner=FlinkRunner", "--flinkMaster=[local]"}, given.beamArgs());
  }

  @Test
  void helpListsTheOptionsWithTheirDefaults() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RunArguments.printHelp(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String help = bytes.toString(StandardCharsets.UTF_8);

    assertTrue(help.startsWith("Usage: newsevents run [--name=value ...]\n"), help);
    assertTrue(help.contains("\n  --profile                    CoreNLP profile,"), help);
    assertTrue(help.contains("Default: lean.\n"), help);
    assertTrue(help.contains("\n  --maxSentenceTokens          "), help);
    assertTrue(help.contains("\n  --verbose                    "), help);
  }

  @Test
  void editDistanceIsCaseInsensitive() {
    assertEquals(1, RunArguments.distance("inptu", "input"));
    assertEquals(1, RunArguments.distance("outptu", "output"));
    assertEquals(3, RunArguments.distance("abc", "xyz"));
    assertEquals(0, RunArguments.distance("Profile", "profile"));
    assertEquals("annotationBuckets", RunArguments.camelCase("annotation_buckets"));
  }
}
