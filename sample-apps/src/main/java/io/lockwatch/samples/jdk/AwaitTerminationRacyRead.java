package io.lockwatch.samples.jdk;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The racy twin of {@link AwaitTerminationResults}: main reads the task's result after {@code
 * shutdown()} without waiting for termination. {@code shutdown} only stops new tasks; nothing
 * orders the running task's write before main's read, however the two fall in time.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code
 * AwaitTerminationRacyRead$Cell.value}, between the task's write on the pool's thread and main's
 * read.
 */
public final class AwaitTerminationRacyRead {
  // @expect:race(field=AwaitTerminationRacyRead$Cell.value,observed=true)
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=2)

  /** A value with a plain field. */
  static final class Cell {
    int value;
  }

  private AwaitTerminationRacyRead() {}

  public static void main(String[] args) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(1);
    Cell result = new Cell();
    pool.execute(
        () -> {
          Threads.pause(20);
          result.value = 9; // @expect:race-write(thread=pool-1-thread-1,locks=none)
        });
    pool.shutdown();
    Threads.pause(60);
    int seen = result.value; // @expect:race-read(thread=main,locks=none)
    if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the pool did not stop");
    }
    System.out.println("AwaitTerminationRacyRead: done, saw " + seen);
  }
}
