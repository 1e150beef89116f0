package org.schemadepartemental.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs the same task on several threads released at the same moment, for thread-safety checks. */
final class Concurrently {

  /** A task run by one of the threads. */
  @FunctionalInterface
  interface Task<T> {
    T run(int threadIndex) throws Exception;
  }

  private Concurrently() {}

  /**
   * The results of {@code task} run by {@code threads} threads, in thread order.
   *
   * @throws AssertionError when a thread fails or they do not all finish within {@code timeout}
   */
  static <T> List<T> run(int threads, Task<T> task, Duration timeout) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread t = new Thread(runnable, "conformance-kit-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int index = i;
        futures.add(pool.submit(() -> {
          start.await();
          return task.run(index);
        }));
      }
      start.countDown();
      long deadline = System.nanoTime() + timeout.toNanos();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        try {
          results.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
        } catch (ExecutionException e) {
          throw new AssertionError("a thread failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
          throw new AssertionError(threads + " threads did not finish within " + timeout.toMillis() + " ms", e);
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
