package org.newsevents.transforms;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JIT mode of a warm rerun, chosen inside the run once it is known to be right for the whole
 * run: when every article this JVM keyed before the annotation ({@link SpreadArticles}) is a store
 * hit, CoreNLP will not run, and HotSpot's optimizing compiler (C2) costs a short run more CPU than
 * its code saves (a warm rerun of 400 BBC articles in a fresh JVM: 39.2 CPU-s with C2, 30.7 with
 * this, see docs/warm-rerun.md). So on the first stored annotation extracted in such a run, a
 * compiler directive excludes C2 from compiling anything more (C1's code is used instead; code C2
 * compiled earlier stays); the first miss, or the end of the run, removes it. Records do not depend
 * on the compiler. A cold or mixed run never enters this mode.
 *
 * <p>Per run (the key given to the transforms, the job name) and per JVM: the direct runner keys
 * every article before the first is annotated (a GroupByKey lies between), so the tally is complete
 * when extraction starts. Where the directive cannot be added, the run goes on with C2 (logged).
 */
public final class WarmRunJit {
  private static final Logger LOG = LoggerFactory.getLogger(WarmRunJit.class);

  /** A compiler directive file's text: C2 compiles nothing; C1 still does. */
  static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

  /** Adds and removes the directive; the JVM's own, or a test's. */
  interface Compiler {
    void exclude() throws Exception;

    void restore() throws Exception;
  }

  private static final class Tally {
    final AtomicLong hits = new AtomicLong();
    final AtomicLong misses = new AtomicLong();
    boolean c2Excluded;
    boolean decided;
  }

  private static final Map<String, Tally> RUNS = new ConcurrentHashMap<>();
  private static volatile Compiler compiler = new HotSpot();
  private static final AtomicLong ENTERED = new AtomicLong();

  private WarmRunJit() {}

  /** Before annotation: an article of {@code run} the store holds ({@code hit}) or not. */
  static void keyed(String run, boolean hit) {
    if (run.isEmpty()) {
      return;
    }
    Tally tally = RUNS.computeIfAbsent(run, r -> new Tally());
    (hit ? tally.hits : tally.misses).incrementAndGet();
  }

  /**
   * A stored annotation of {@code run} is about to be extracted: the first one of a run whose keyed
   * articles were all hits excludes C2. Returns whether C2 is excluded for the run.
   */
  static boolean extractingStored(String run) {
    Tally tally = run.isEmpty() ? null : RUNS.get(run);
    if (tally == null) {
      return false;
    }
    synchronized (tally) {
      if (!tally.decided) {
        tally.decided = true;
        if (tally.misses.get() == 0 && tally.hits.get() > 0) {
          tally.c2Excluded = apply(true);
          if (tally.c2Excluded) {
            ENTERED.incrementAndGet();
            LOG.info(
                "all {} articles hit the annotation store: no C2 compilation for the rest of the"
                    + " run (--warmRunJit=false keeps it)",
                tally.hits.get());
          }
        }
      }
      return tally.c2Excluded;
    }
  }

  /** An article of {@code run} needs CoreNLP after all (e.g. an unreadable entry): C2 again. */
  static void annotating(String run) {
    Tally tally = run.isEmpty() ? null : RUNS.get(run);
    if (tally == null) {
      return;
    }
    synchronized (tally) {
      tally.decided = true;
      if (tally.c2Excluded) {
        tally.c2Excluded = false;
        apply(false);
      }
    }
  }

  /** The run has ended (or failed): its tally goes, and C2 is back if it was excluded. */
  public static void finished(String run) {
    Tally tally = run == null ? null : RUNS.remove(run);
    if (tally != null) {
      synchronized (tally) {
        if (tally.c2Excluded) {
          tally.c2Excluded = false;
          apply(false);
        }
      }
    }
  }

  /** How many runs in this JVM have excluded C2 (for tests and the benchmark). */
  public static long runsEntered() {
    return ENTERED.get();
  }

  static Compiler useCompiler(Compiler replacement) {
    Compiler before = compiler;
    compiler = replacement;
    return before;
  }

  private static boolean apply(boolean exclude) {
    try {
      if (exclude) {
        compiler.exclude();
      } else {
        compiler.restore();
      }
      return true;
    } catch (Exception | LinkageError e) {
      LOG.warn("cannot {} C2 compilation; the run goes on: {}", exclude ? "stop" : "resume", e);
      return false;
    }
  }

  /** HotSpot's {@code Compiler.directives_add} and {@code _remove} diagnostic commands. */
  static final class HotSpot implements Compiler {
    private static final String MBEAN = "com.sun.management:type=DiagnosticCommand";

    @Override
    public void exclude() throws Exception {
      Path file = Files.createTempFile("newsevents-jit", ".json");
      try {
        Files.writeString(file, DIRECTIVE);
        String answer = invoke("compilerDirectivesAdd", file.toString());
        if (answer != null && !answer.isBlank() && !answer.strip().startsWith("1 compiler")) {
          throw new IllegalStateException(answer.strip());
        }
      } finally {
        Files.deleteIfExists(file);
      }
    }

    @Override
    public void restore() throws Exception {
      invoke("compilerDirectivesRemove");
    }

    private static String invoke(String operation, String... args) throws Exception {
      Object answer =
          ManagementFactory.getPlatformMBeanServer()
              .invoke(
                  new ObjectName(MBEAN),
                  operation,
                  new Object[] {args},
                  new String[] {String[].class.getName()});
      return answer == null ? null : answer.toString();
    }
  }
}
