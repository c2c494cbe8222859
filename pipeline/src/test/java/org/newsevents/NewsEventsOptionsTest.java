package org.newsevents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

class NewsEventsOptionsTest {

  private static int buckets(String... args) {
    return PipelineOptionsFactory.fromArgs(args).as(NewsEventsOptions.class).getAnnotationBuckets();
  }

  @Test
  void annotationBucketsDefaultByRunner() {
    assertEquals(64, buckets());
    assertEquals(64, buckets("--runner=DirectRunner"));
    assertEquals(1024, buckets("--runner=FlinkRunner"));
    assertEquals(1024, buckets("--runner=DataflowRunner"));
  }

  @Test
  void givenAnnotationBucketsWinOnEveryRunner() {
    assertEquals(16, buckets("--annotationBuckets=16"));
    assertEquals(128, buckets("--runner=FlinkRunner", "--annotationBuckets=128"));
  }

  private static int hitBuckets(String... args) {
    return PipelineOptionsFactory.fromArgs(args).as(NewsEventsOptions.class).getStoreHitBuckets();
  }

  @Test
  void storeHitBucketsAreOnePerWorkerOnTheDirectRunnerAndOffElsewhere() {
    assertEquals(2, hitBuckets("--targetParallelism=2"));
    assertEquals(8, hitBuckets("--runner=DirectRunner", "--targetParallelism=8"));
    assertEquals(0, hitBuckets("--runner=FlinkRunner"));
    assertEquals(0, hitBuckets("--runner=DataflowRunner"));
    assertEquals(3, hitBuckets("--runner=FlinkRunner", "--storeHitBuckets=3"));
  }

  private static int outputShards(String... args) {
    return PipelineOptionsFactory.fromArgs(args).as(NewsEventsOptions.class).getOutputShards();
  }

  @Test
  void outputShardsAreOnePerWorkerOnTheDirectRunnerAndTheRunnersElsewhere() {
    assertEquals(2, outputShards("--targetParallelism=2"));
    assertEquals(8, outputShards("--runner=DirectRunner", "--targetParallelism=8"));
    assertEquals(0, outputShards("--runner=FlinkRunner"));
    assertEquals(0, outputShards("--runner=DataflowRunner"));
    assertEquals(3, outputShards("--runner=FlinkRunner", "--outputShards=3"));
  }

  private static String warmRunJit(String... args) {
    NewsEventsOptions options = PipelineOptionsFactory.fromArgs(args).as(NewsEventsOptions.class);
    return NewsEvents.warmRunJit(options);
  }

  @Test
  void theWarmRunJitIsKeyedByTheJobNameOnlyForADirectRunWithAStore() {
    assertEquals("rerun-1", warmRunJit("--jobName=rerun-1", "--annotationStore=store"));
    assertEquals("", warmRunJit("--jobName=rerun-1"));
    assertEquals(
        "", warmRunJit("--jobName=rerun-1", "--annotationStore=store", "--warmRunJit=false"));
    assertEquals(
        "", warmRunJit("--jobName=rerun-1", "--annotationStore=store", "--runner=FlinkRunner"));
  }
}
