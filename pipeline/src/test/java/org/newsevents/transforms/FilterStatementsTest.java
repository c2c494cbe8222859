package org.newsevents.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.newsevents.RunSummary;
import org.newsevents.schema.Event;
import org.newsevents.schema.Span;
import org.newsevents.schema.Statement;
import org.newsevents.schema.Trigger;

/** --minStatementConfidence: statements below it are dropped and counted, the rest kept. */
class FilterStatementsTest {

  private static Event event(String id, Double confidence, boolean statement) {
    Event.Builder e =
        Event.newBuilder()
            .setEventId(id)
            .setDocId("doc")
            .setType(statement ? "STATEMENT" : "ATTACK")
            .setTimemlClass("REPORTING")
            .setTrigger(
                Trigger.newBuilder().setText("said").setLemma("say").setBegin(0).setEnd(4).build())
            .setSentenceIndex(0)
            .setSentence("said");
    if (statement) {
      e.setStatement(
          Statement.newBuilder()
              .setContent(Span.newBuilder().setText("x").setBegin(5).setEnd(6).build())
              .setDirect(false)
              .setConfidence(confidence)
              .build());
    }
    return e.build();
  }

  @Test
  void statementsBelowTheThresholdAreDroppedAndCounted() {
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());
    PCollection<String> kept =
        pipeline
            .apply(
                Create.of(
                        List.of(
                            event("low", 0.2, true),
                            event("high", 0.7, true),
                            event("edge", 0.4, true),
                            event("no-model", null, true),
                            event("attack", null, false)))
                    .withCoder(RecordCoder.of(Event.class)))
            .apply(FilterStatements.withMinConfidence(0.4))
            .apply(MapElements.into(TypeDescriptors.strings()).via(e -> e.getEventId().toString()));
    PAssert.that(kept).containsInAnyOrder("high", "edge", "no-model", "attack");
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    long dropped =
        RunSummary.counters(result, FilterStatements.class)
            .getOrDefault(FilterStatements.Counters.BELOW_CONFIDENCE, 0L);
    assertEquals(1, dropped);
  }

  @Test
  void aThresholdOutsideZeroToOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> FilterStatements.withMinConfidence(1.5));
    assertThrows(IllegalArgumentException.class, () -> FilterStatements.withMinConfidence(-0.1));
  }
}
