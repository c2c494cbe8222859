package org.newsevents.transforms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsevents.nlp.StageTimes;
import org.newsevents.nlp.actors.CollectionCodes;
import org.newsevents.schema.Actor;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;

/**
 * Codes the names that an article leaves without a country as the other articles of the run code
 * them ({@link CollectionCodes}): event records go in; the same records come out, the filled slots
 * with basis {@code COLLECTION} and a source naming the votes, each filled slot counted ({@value
 * Counters#FILLED}). Off ({@code --shareActorCodes=false}): the records pass unchanged.
 *
 * <p>The votes are grouped by shards of their names and decided into one map, read as a side input
 * by a step that comes after the events are grouped by article shard, so that no event waits for
 * the map on its own (the direct runner retries a waiting bundle on every round of its monitor).
 * Only the events with a slot the map could fill (a shareable name with no country) take that way;
 * the others pass on as they are.
 */
public final class ShareActorCodes extends PTransform<PCollection<Event>, PCollection<Event>> {

  /** Shards the events are grouped into before the map is read, on the direct runner. */
  public static final int DIRECT_SHARDS = 4;

  /** Shards on the other runners. */
  public static final int SHARDS = 64;

  private static final RecordCoder<Event> EVENT_CODER = RecordCoder.of(Event.class);

  private final boolean enabled;
  private final int shards;

  private ShareActorCodes(boolean enabled, int shards) {
    this.enabled = enabled;
    this.shards = shards;
  }

  /** Shares codes across the run's articles when {@code enabled}; passes the records on if not. */
  public static ShareActorCodes acrossArticles(boolean enabled) {
    return new ShareActorCodes(enabled, SHARDS);
  }

  /** The same with the events grouped into {@code shards} shards before the map is read. */
  public ShareActorCodes withShards(int shards) {
    return new ShareActorCodes(enabled, shards);
  }

  @Override
  public PCollection<Event> expand(PCollection<Event> events) {
    if (!enabled) {
      return events;
    }
    PCollectionView<Map<String, CollectionCodes.Shared>> shared =
        events
            .apply("Name Votes", ParDo.of(new VotesFn(shards)))
            .setCoder(
                KvCoder.of(VarIntCoder.of(), SerializableCoder.of(CollectionCodes.Vote.class)))
            .apply("Group Votes By Name Shard", GroupByKey.create())
            .apply("Decide Shared Codes", ParDo.of(new DecideFn()))
            .setCoder(
                KvCoder.of(
                    StringUtf8Coder.of(), SerializableCoder.of(CollectionCodes.Shared.class)))
            .apply("View Shared Codes", View.asMap());
    PCollectionTuple split =
        events.apply(
            "Key Fillable By Article",
            ParDo.of(new KeyFn(shards)).withOutputTags(FILLABLE, TupleTagList.of(COMPLETE)));
    PCollection<Event> filled =
        split
            .get(FILLABLE)
            .setCoder(KvCoder.of(VarIntCoder.of(), ByteArrayCoder.of()))
            .apply("Group By Article", GroupByKey.create())
            .apply("Fill Uncoded Names", ParDo.of(new FillFn(shared)).withSideInputs(shared))
            .setCoder(EVENT_CODER);
    return PCollectionList.of(filled)
        .and(split.get(COMPLETE).setCoder(EVENT_CODER))
        .apply("Join Events", Flatten.pCollections());
  }

  /** Events with a slot the collection could code, keyed by their article's shard. */
  private static final TupleTag<KV<Integer, byte[]>> FILLABLE = new TupleTag<>() {};

  /** Events with no such slot: they pass on as they are. */
  private static final TupleTag<Event> COMPLETE = new TupleTag<>() {};

  /** The number of an event's actor slots coded by the collection. */
  static int collectionSlots(Event event) {
    int n = 0;
    if (event.getStatement() != null) {
      n += collection(event.getStatement().getSpeaker());
      n += collection(event.getStatement().getAddressee());
    }
    for (Argument argument : event.getArguments()) {
      n += collection(argument.getActor());
    }
    return n;
  }

  private static int collection(Mention mention) {
    return mention == null ? 0 : collection(mention.getActor());
  }

  private static int collection(Actor actor) {
    return actor != null && CollectionCodes.BASIS.equals(actor.getBasis()) ? 1 : 0;
  }

  /**
   * Each vote keyed by its name's shard: one group per name gave the direct runner one bundle per
   * name downstream, each preparing its transforms again.
   */
  private static class VotesFn extends DoFn<Event, KV<Integer, CollectionCodes.Vote>> {
    private final int shards;

    VotesFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void processElement(
        @Element Event event, OutputReceiver<KV<Integer, CollectionCodes.Vote>> out) {
      long start = System.nanoTime();
      for (CollectionCodes.Vote vote : CollectionCodes.votes(event)) {
        out.output(KV.of(Math.floorMod(vote.name().hashCode(), shards), vote));
      }
      StageTimes.addSharedActors(start);
    }
  }

  private static class DecideFn
      extends DoFn<
          KV<Integer, Iterable<CollectionCodes.Vote>>, KV<String, CollectionCodes.Shared>> {
    @ProcessElement
    public void processElement(
        @Element KV<Integer, Iterable<CollectionCodes.Vote>> votes,
        OutputReceiver<KV<String, CollectionCodes.Shared>> out) {
      long start = System.nanoTime();
      Map<String, List<CollectionCodes.Vote>> byName = new TreeMap<>();
      for (CollectionCodes.Vote vote : votes.getValue()) {
        byName.computeIfAbsent(vote.name(), n -> new ArrayList<>()).add(vote);
      }
      byName.forEach(
          (name, all) -> {
            CollectionCodes.Shared code = CollectionCodes.decide(name, all);
            if (code != null) {
              out.output(KV.of(name, code));
            }
          });
      StageTimes.addSharedActors(start);
    }
  }

  private static class KeyFn extends DoFn<Event, KV<Integer, byte[]>> {
    private final int shards;

    KeyFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void processElement(@Element Event event, MultiOutputReceiver out)
        throws CoderException {
      long start = System.nanoTime();
      if (!CollectionCodes.fillable(event)) {
        StageTimes.addSharedActors(start);
        out.get(COMPLETE).output(event);
        return;
      }
      byte[] bytes = CoderUtils.encodeToByteArray(EVENT_CODER, event);
      StageTimes.addSharedActors(start);
      out.get(FILLABLE).output(KV.of(Math.floorMod(event.getDocId().hashCode(), shards), bytes));
    }
  }

  private static class FillFn extends DoFn<KV<Integer, Iterable<byte[]>>, Event> {
    private final Counter filled = Metrics.counter(ShareActorCodes.class, Counters.FILLED);
    private final PCollectionView<Map<String, CollectionCodes.Shared>> shared;

    FillFn(PCollectionView<Map<String, CollectionCodes.Shared>> shared) {
      this.shared = shared;
    }

    @ProcessElement
    public void processElement(ProcessContext context) throws CoderException {
      Map<String, CollectionCodes.Shared> codes = context.sideInput(shared);
      for (byte[] bytes : context.element().getValue()) {
        long start = System.nanoTime();
        Event event = CoderUtils.decodeFromByteArray(EVENT_CODER, bytes);
        Event out = CollectionCodes.fill(event, codes);
        StageTimes.addSharedActors(start);
        if (out != event) {
          filled.inc(collectionSlots(out));
        }
        context.output(out);
      }
    }
  }

  /** Counter names, in the namespace of this class. */
  public static final class Counters {
    /** Actor slots coded by the collection. */
    public static final String FILLED = "actorSlotsFromCollection";

    private Counters() {}
  }
}
