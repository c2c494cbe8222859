package org.newsevents.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.newsevents.schema.Actor;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Event;
import org.newsevents.schema.Trigger;

/** The stage codes a name that one article leaves uncoded as the other articles code it. */
class ShareActorCodesTest {

  private static Event event(String doc, String text, String canonical, Actor actor) {
    return Event.newBuilder()
        .setEventId(doc)
        .setDocId(doc)
        .setType("OTHER")
        .setTimemlClass("OCCURRENCE")
        .setTrigger(
            Trigger.newBuilder().setText("won").setLemma("win").setBegin(0).setEnd(3).build())
        .setSentenceIndex(0)
        .setSentence("won")
        .setArguments(
            List.of(
                Argument.newBuilder()
                    .setRole("AGENT")
                    .setText(text)
                    .setBegin(0)
                    .setEnd(text.length())
                    .setCanonical(canonical)
                    .setEntityType("PERSON")
                    .setActor(actor)
                    .build()))
        .build();
  }

  private static PCollection<String> agentCodes(Pipeline pipeline, boolean share) {
    Actor england =
        Actor.newBuilder()
            .setCode("GBR")
            .setCountry("GBR")
            .setMatched("England")
            .setBasis("TEXT")
            .setSource("sentence:nationality 'England's'")
            .build();
    return pipeline
        .apply(
            Create.of(
                    List.of(
                        event(
                            "sport/1.txt", "England's Jonny Wilkinson", "Jonny Wilkinson", england),
                        event("sport/2.txt", "Jonny Wilkinson", "Jonny Wilkinson", null),
                        event("sport/3.txt", "Mike Tindall", "Mike Tindall", null)))
                .withCoder(RecordCoder.of(Event.class)))
        .apply(ShareActorCodes.acrossArticles(share).withShards(2))
        .apply(
            MapElements.into(TypeDescriptors.strings())
                .via(
                    e -> {
                      Actor a = e.getArguments().get(0).getActor();
                      return e.getDocId()
                          + " "
                          + (a == null ? "-" : a.getCode() + " " + a.getBasis());
                    }));
  }

  @Test
  void anUncodedNameTakesTheCodeOfAnotherArticleAndIsCounted() {
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());
    PAssert.that(agentCodes(pipeline, true))
        .containsInAnyOrder("sport/1.txt GBR TEXT", "sport/2.txt GBR COLLECTION", "sport/3.txt -");
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    long filled =
        RunSummary.counters(result, ShareActorCodes.class)
            .getOrDefault(ShareActorCodes.Counters.FILLED, 0L);
    assertEquals(1, filled);
  }

  @Test
  void offTheRecordsPassUnchanged() {
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());
    PAssert.that(agentCodes(pipeline, false))
        .containsInAnyOrder("sport/1.txt GBR TEXT", "sport/2.txt -", "sport/3.txt -");
    pipeline.run().waitUntilFinish();
  }
}
