package org.newsevents;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.beam.sdk.PipelineResult;
import org.newsevents.transforms.ExtractEvents;
import org.newsevents.transforms.ReadArticles;

/**
 * A running pipeline's progress on the console: its counters go in, read while it runs; a line
 * comes out — articles annotated of those read, the rate, the time left and the errors so far. On a
 * terminal the line is rewritten in place; elsewhere (a log, CI) a new line is printed every {@link
 * #PLAIN_EVERY}.
 */
final class Progress implements AutoCloseable {

  static final Duration PLAIN_EVERY = Duration.ofSeconds(30);

  /** What the counters said at one moment. */
  record Snapshot(long read, long done, long errors, Duration elapsed) {

    /** One line, for example {@code 120/400 articles, 48.0/min, 5 min 50 s left, 0 errors}. */
    String line() {
      double minutes = elapsed.toMillis() / 60_000.0;
      double rate = minutes > 0 ? done / minutes : 0;
      String left =
          rate > 0
              ? format(Duration.ofSeconds(Math.round(Math.max(0, read - done) / rate * 60)))
                  + " left"
              : "time left unknown";
      return String.format(
          "newsevents: %d/%d articles, %.1f/min, %s, %d errors", done, read, rate, left, errors);
    }

    private static String format(Duration d) {
      long s = d.toSeconds();
      return s >= 3600
          ? String.format("%d h %02d min", s / 3600, s / 60 % 60)
          : s >= 60 ? String.format("%d min %02d s", s / 60, s % 60) : s + " s";
    }
  }

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "newsevents-progress");
            thread.setDaemon(true);
            return thread;
          });
  private final PrintStream out;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private volatile String last = "";

  private Progress(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** Starts printing the progress of {@code result} on {@code out}. */
  static Progress of(PipelineResult result, PrintStream out, boolean terminal) {
    Progress progress = new Progress(out, terminal);
    long period = terminal ? 1 : PLAIN_EVERY.toSeconds();
    progress.timer.scheduleAtFixedRate(
        () -> progress.show(result), period, period, TimeUnit.SECONDS);
    return progress;
  }

  private void show(PipelineResult result) {
    try {
      var read = RunSummary.counters(result, ReadArticles.class);
      var extracted = RunSummary.counters(result, ExtractEvents.class);
      long errors = extracted.getOrDefault(ExtractEvents.Counters.ERRORS, 0L);
      Snapshot snapshot =
          new Snapshot(
              read.getOrDefault(ReadArticles.INPUTS_COUNTER, 0L),
              extracted.getOrDefault(ExtractEvents.Counters.ARTICLES, 0L) + errors,
              errors,
              Duration.ofNanos(System.nanoTime() - started));
      String line = snapshot.line();
      if (terminal) {
        out.print("\r" + line + " ".repeat(Math.max(0, last.length() - line.length())));
      } else {
        out.println(line);
      }
      out.flush();
      last = line;
    } catch (RuntimeException e) {
      // Counters are read while the runner updates them; a failed read skips one tick.
    }
  }

  /** Stops the line and leaves the cursor at the start of an empty line. */
  @Override
  public void close() {
    timer.shutdownNow();
    try {
      // A tick still printing would otherwise leave its line after the summary.
      timer.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (terminal && !last.isEmpty()) {
      out.print("\r" + " ".repeat(last.length()) + "\r");
      out.flush();
    }
  }
}
