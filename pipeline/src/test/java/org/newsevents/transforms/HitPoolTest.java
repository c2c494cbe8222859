package org.newsevents.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The shared pool that extracts store hits: results, idleness, time limits, stuck tasks. */
class HitPoolTest {

  private static final Duration LONG = Duration.ofMinutes(1);

  @Test
  void everyTaskRunsOnceAndAwaitIdleReturnsWhenAllHaveEnded() throws Exception {
    HitPool pool = new HitPool(2);
    AtomicInteger ran = new AtomicInteger();
    List<HitPool.Task<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      int n = i;
      tasks.add(
          pool.submit(
              () -> {
                ran.incrementAndGet();
                return n * n;
              }));
    }
    pool.awaitIdle();
    assertEquals(20, ran.get());
    for (int i = 0; i < 20; i++) {
      assertEquals(i * i, tasks.get(i).await(LONG));
    }
  }

  @Test
  void aWorkersOwnTasksMayBeDoneWhileAnotherWorkersAreStillRunning() throws Exception {
    HitPool pool = new HitPool(2);
    CountDownLatch release = new CountDownLatch(1);
    HitPool.Task<String> other = pool.submit(() -> waitFor(release, "other"));
    HitPool.Task<String> own = pool.submit(() -> "own");
    assertEquals("own", own.await(LONG));
    // The other worker's task still runs: the pool is not idle until it ends.
    CountDownLatch idle = new CountDownLatch(1);
    Thread waiter =
        new Thread(
            () -> {
              try {
                pool.awaitIdle();
                idle.countDown();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    waiter.start();
    waiter.join(200);
    assertTrue(waiter.isAlive());
    assertEquals(1, idle.getCount());
    release.countDown();
    idle.await();
    assertEquals("other", other.await(LONG));
    waiter.join();
  }

  @Test
  void theTimeLimitCountsFromTheTaskStartNotFromItsTimeInTheQueue() throws Exception {
    HitPool pool = new HitPool(1);
    CountDownLatch release = new CountDownLatch(1);
    HitPool.Task<String> first = pool.submit(() -> waitFor(release, "first"));
    HitPool.Task<String> queued = pool.submit(() -> "queued");
    // The queued task waits behind the first for longer than its limit would allow if the
    // limit counted from submission: 50 ms here, and it still succeeds.
    Thread.sleep(200);
    release.countDown();
    assertEquals("first", first.await(LONG));
    assertEquals("queued", queued.await(Duration.ofMillis(50)));
  }

  @Test
  void aTaskPastItsLimitIsCancelledAndAFailedOneReportsItsCause() throws Exception {
    HitPool pool = new HitPool(1);
    HitPool.Task<String> slow =
        pool.submit(
            () -> {
              Thread.sleep(60_000);
              return "slow";
            });
    assertThrows(TimeoutException.class, () -> slow.await(Duration.ofMillis(100)));
    IllegalStateException cause = new IllegalStateException("bad entry");
    HitPool.Task<String> failing =
        pool.submit(
            () -> {
              throw cause;
            });
    ExecutionException e = assertThrows(ExecutionException.class, () -> failing.await(LONG));
    assertSame(cause, e.getCause());
    pool.awaitIdle();
    // The interrupted sleeper ended: its thread came back, the pool did not grow.
    assertEquals(1, pool.threads());
  }

  @Test
  void aTaskThatIgnoresItsCancellationIsLeftBehindAndThePoolGrowsByOne() throws Exception {
    HitPool pool = new HitPool(1, 50);
    CountDownLatch never = new CountDownLatch(1);
    HitPool.Task<String> stuck =
        pool.submit(
            () -> {
              while (never.getCount() > 0) {
                Thread.onSpinWait();
              }
              return "stuck";
            });
    assertThrows(TimeoutException.class, () -> stuck.await(Duration.ofMillis(100)));
    assertEquals(2, pool.threads());
    // The stuck task no longer counts: the pool is idle and takes new work on its new thread.
    pool.awaitIdle();
    assertEquals("next", pool.submit(() -> "next").await(LONG));
    never.countDown();
  }

  @Test
  void theJvmsPoolGrowsToTheLargestWorkerCountAskedFor() {
    HitPool pool = HitPool.atLeast(2);
    assertTrue(pool.threads() >= 2);
    assertSame(pool, HitPool.atLeast(1));
    int before = pool.threads();
    assertSame(pool, HitPool.atLeast(before + 1));
    assertEquals(before + 1, pool.threads());
  }

  private static String waitFor(CountDownLatch latch, String result) throws InterruptedException {
    latch.await();
    return result;
  }
}
