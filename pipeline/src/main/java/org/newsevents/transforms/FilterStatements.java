package org.newsevents.transforms;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.newsevents.schema.Event;
import org.newsevents.schema.Statement;

/**
 * Drops the statements whose confidence is below the {@code --minStatementConfidence} threshold:
 * event records go in; the same records come out but for those statements, each dropped one counted
 * ({@value Counters#BELOW_CONFIDENCE}), so that the statements extracted equal the statements
 * written plus the ones dropped. A statement without a confidence (no model) is kept. Events
 * reported inside a dropped statement keep their {@code reported_by} id.
 */
public final class FilterStatements extends PTransform<PCollection<Event>, PCollection<Event>> {

  private final double minConfidence;

  private FilterStatements(double minConfidence) {
    this.minConfidence = minConfidence;
  }

  /** Keeps statements whose confidence is at least {@code min} (0: keeps all). */
  public static FilterStatements withMinConfidence(double min) {
    if (!(min >= 0 && min <= 1)) {
      throw new IllegalArgumentException("--minStatementConfidence must be in [0, 1]: " + min);
    }
    return new FilterStatements(min);
  }

  /** Whether a record is kept at this threshold. */
  public static boolean keeps(Event event, double min) {
    Statement s = event.getStatement();
    return s == null || s.getConfidence() == null || s.getConfidence() >= min;
  }

  @Override
  public PCollection<Event> expand(PCollection<Event> events) {
    return events
        .apply("Drop Statements Below Confidence", ParDo.of(new KeepFn(minConfidence)))
        .setCoder(RecordCoder.of(Event.class));
  }

  private static final class KeepFn extends DoFn<Event, Event> {
    private final double min;
    private final Counter dropped =
        Metrics.counter(FilterStatements.class, Counters.BELOW_CONFIDENCE);

    KeepFn(double min) {
      this.min = min;
    }

    @ProcessElement
    public void process(@Element Event event, OutputReceiver<Event> out) {
      if (keeps(event, min)) {
        out.output(event);
      } else {
        dropped.inc();
      }
    }
  }

  /** Counter names, in the namespace of this class. */
  public static final class Counters {
    /** Statements dropped by {@code --minStatementConfidence}. */
    public static final String BELOW_CONFIDENCE = "statementsBelowConfidence";

    private Counters() {}
  }
}
