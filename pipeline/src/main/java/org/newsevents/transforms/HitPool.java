package org.newsevents.transforms;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The threads that extract store hits on the direct runner, one pool per JVM shared by every {@link
 * AnnotateCopiesFn} instance. A worker hands its bundle's hits to the pool and collects the results
 * at the bundle's end; a worker whose bundles are done waits until the pool is idle. So when one
 * bundle is left (the tail of a warm run), both pool threads extract it, instead of one worker
 * extracting it alone while the other worker's thread spins through the direct runner's watermarks
 * (Beam's monitor runs on the worker threads whenever one is free). A task's time limit counts from
 * the moment a thread starts it; a task that does not stop when cancelled is left behind with its
 * thread, and the pool grows by one.
 */
final class HitPool {

  /** How long a cancelled task may take to notice its interrupt before it is left behind. */
  private static final long CANCEL_GRACE_MILLIS = 5_000;

  private static final AtomicLong TASKS = new AtomicLong();

  private static HitPool shared;

  private final ThreadPoolExecutor executor;
  private final long graceMillis;
  private final Object idle = new Object();
  private int outstanding;

  HitPool(int threads) {
    this(threads, CANCEL_GRACE_MILLIS);
  }

  /** {@code graceMillis}: how long a cancelled task may run on before it is left behind. */
  HitPool(int threads, long graceMillis) {
    this.graceMillis = graceMillis;
    executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "newsevents-hits");
              t.setDaemon(true);
              return t;
            });
    executor.allowCoreThreadTimeOut(true);
  }

  /** The JVM's pool, with at least {@code threads} threads. */
  static synchronized HitPool atLeast(int threads) {
    if (shared == null) {
      shared = new HitPool(threads);
    } else if (shared.executor.getCorePoolSize() < threads) {
      shared.grow(threads - shared.executor.getCorePoolSize());
    }
    return shared;
  }

  /** Tasks submitted to any pool in this JVM (for tests). */
  static long tasksSubmitted() {
    return TASKS.get();
  }

  int threads() {
    return executor.getCorePoolSize();
  }

  private synchronized void grow(int by) {
    int size = executor.getCorePoolSize() + by;
    executor.setMaximumPoolSize(size);
    executor.setCorePoolSize(size);
  }

  /** Queues {@code work}; its result is collected with {@link Task#await}. */
  <T> Task<T> submit(Callable<T> work) {
    Task<T> task = new Task<>(work);
    TASKS.incrementAndGet();
    synchronized (idle) {
      outstanding++;
    }
    executor.execute(task.future);
    return task;
  }

  /** Waits until no task is queued or running (tasks left behind do not count). */
  void awaitIdle() throws InterruptedException {
    synchronized (idle) {
      while (outstanding > 0) {
        idle.wait();
      }
    }
  }

  private void ended() {
    synchronized (idle) {
      outstanding--;
      idle.notifyAll();
    }
  }

  /** A queued piece of work and its result. */
  final class Task<T> {
    private final FutureTask<T> future;
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile long startNanos;
    private boolean counted = true;

    private Task(Callable<T> work) {
      future =
          new FutureTask<>(
              () -> {
                startNanos = System.nanoTime();
                started.countDown();
                try {
                  return work.call();
                } finally {
                  finished.countDown();
                  end();
                }
              });
    }

    private void end() {
      synchronized (this) {
        if (!counted) {
          return;
        }
        counted = false;
      }
      ended();
    }

    /**
     * The result, once the task has run for at most {@code limit}: a {@link TimeoutException} when
     * it runs longer (it is cancelled), an {@link ExecutionException} when it failed.
     */
    T await(Duration limit) throws InterruptedException, ExecutionException, TimeoutException {
      started.await();
      long deadline = startNanos + limit.toNanos();
      while (true) {
        long left = deadline - System.nanoTime();
        try {
          if (left <= 0) {
            if (future.isDone()) {
              return future.get();
            }
            throw new TimeoutException();
          }
          return future.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          if (deadline - System.nanoTime() <= 0) {
            abandon();
            throw e;
          }
        } catch (CancellationException e) {
          throw new ExecutionException(e);
        }
      }
    }

    /** Cancels a task past its limit; one that does not stop is left behind with its thread. */
    private void abandon() throws InterruptedException {
      future.cancel(true);
      if (!finished.await(graceMillis, TimeUnit.MILLISECONDS)) {
        end();
        grow(1);
      }
    }
  }
}
