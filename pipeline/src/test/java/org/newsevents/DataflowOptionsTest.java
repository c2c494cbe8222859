package org.newsevents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Dataflow launch options validate and translate offline: the jar's main with the README's
 * worker options and {@code --templateLocation} goes in; the job spec Dataflow would be sent,
 * written to a local file, comes out with our stages, worker pool and options.
 */
class DataflowOptionsTest {

  @TempDir static Path dir;

  private static Path template;
  private static String line;
  private static JsonNode job;
  private static JsonNode pool;

  // A template location makes the runner write the job instead of submitting it; local staging
  // and temp directories, a no-op path validator and no-op credentials keep it off the network.
  // The staged file stands in for the fat jar, which the README stages with --filesToStage.
  @BeforeAll
  static void writeTheJobSpec() throws Exception {
    template = dir.resolve("newsevents-job.json");
    Path jar = Files.writeString(dir.resolve("newsevents.jar"), "stand-in for the fat jar");
    String[] args = {
      "--runner=DataflowRunner",
      "--project=newsevents-test",
      "--region=europe-west1",
      "--tempLocation=" + dir.resolve("temp"),
      "--gcpTempLocation=" + dir.resolve("temp"),
      "--stagingLocation=" + dir.resolve("staging"),
      "--templateLocation=" + template,
      "--filesToStage=" + jar,
      "--pathValidatorClass=org.apache.beam.sdk.extensions.gcp.storage.NoopPathValidator",
      "--credentialFactoryClass=org.apache.beam.sdk.extensions.gcp.auth.NoopCredentialFactory",
      "--workerMachineType=n2-highmem-2",
      "--diskSizeGb=30",
      "--numWorkers=2",
      "--maxNumWorkers=8",
      "--numberOfWorkerHarnessThreads=2",
      "--experiments=shuffle_mode=service",
      "--input=gs://newsevents-test/articles/",
      "--output=gs://newsevents-test/records",
      "--profile=fast",
      // The log stays where the test JVM's goes.
      "--verbose"
    };
    PrintStream console = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, NewsEvents.run(args));
    } finally {
      System.setOut(console);
    }
    line = printed.toString(StandardCharsets.UTF_8).strip();
    job = new ObjectMapper().readTree(template.toFile());
    pool = job.path("environment").path("workerPools").path(0);
  }

  @Test
  void writesTheJobInsteadOfSubmittingIt() {
    assertEquals("newsevents: Dataflow job written to " + template + ", not run", line);
    assertTrue(job.path("name").asText().startsWith("newsevents-"), job.path("name").asText());
    assertEquals("JAVA_BATCH_AUTOSCALING", job.at("/environment/version/job_type").asText());
  }

  @Test
  void namesOurStagesInTheJobGraph() {
    List<String> steps = new ArrayList<>();
    job.path("steps").forEach(step -> steps.add(step.at("/properties/user_name/value").asText()));
    for (String stage :
        List.of(
            "Read Articles/Parse Files",
            "Normalize Articles/",
            "Extract Events/Spread Articles/",
            "Extract Events/Annotate And Extract",
            "Collect Errors",
            "Write Records/Count Errors",
            "Write Records/Encode Articles",
            "Write Records/Encode Events",
            "Write Records/Encode Errors",
            "Write Records/Write Avro/")) {
      assertTrue(
          steps.stream().anyMatch(s -> s.startsWith(stage)),
          () -> "no step " + stage + " in " + steps);
    }
  }

  @Test
  void carriesTheWorkerPoolSettings() {
    assertEquals("n2-highmem-2", pool.path("machineType").asText());
    assertEquals(30, pool.path("diskSizeGb").asInt());
    assertEquals(2, pool.path("numWorkers").asInt());
    assertEquals(8, pool.at("/autoscalingSettings/maxNumWorkers").asInt());
    assertEquals(
        "gcr.io/cloud-dataflow/v1beta3/beam-java17-batch:2.70.0",
        pool.path("workerHarnessContainerImage").asText());
    assertEquals(1, pool.path("packages").size());
    assertTrue(pool.at("/packages/0/name").asText().startsWith("newsevents-"), pool.toString());
    assertEquals("shuffle_mode=service", job.at("/environment/experiments/0").asText());
  }

  @Test
  void carriesOurOptionsToTheWorkers() {
    JsonNode options = job.at("/environment/sdkPipelineOptions/options");
    assertEquals("fast", options.path("profile").asText());
    assertEquals("gs://newsevents-test/articles/", options.path("input").asText());
    assertEquals("gs://newsevents-test/records", options.path("output").asText());
    assertEquals(120.0, options.path("annotationTimeoutSeconds").asDouble());
    assertEquals(2, options.path("numberOfWorkerHarnessThreads").asInt());
    assertEquals("europe-west1", options.path("region").asText());
  }
}
