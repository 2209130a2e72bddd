package io.lockwatch.samples.jdk;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A racy twin of {@link InvokeAllResults}: {@code invokeAll} with a timeout. When the time is up it
 * cancels the tasks still running (an interrupt) and returns without waiting for them; a task that
 * catches the interrupt and still writes its result races with main, which reads the result right
 * after {@code invokeAll} returned. The tasks that completed in time are ordered; the cancelled one
 * is not.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code InvokeAllRacyTimeout$Cell.value}.
 */
public final class InvokeAllRacyTimeout {
  // @expect:race(field=InvokeAllRacyTimeout$Cell.value,observed=true)
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=2)

  /** A value with a plain field. */
  static final class Cell {
    int value;
  }

  private InvokeAllRacyTimeout() {}

  public static void main(String[] args) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Cell fast = new Cell();
    Cell slow = new Cell();
    Callable<Integer> quick =
        () -> {
          fast.value = 1;
          return 1;
        };
    Callable<Integer> late =
        () -> {
          try {
            Thread.sleep(5_000);
          } catch (InterruptedException e) {
            // cancelled: finishes its write anyway, as careless cleanup code does
          }
          slow.value = 2; // @expect:race-write(thread=pool-1-thread-*)
          return 2;
        };
    pool.invokeAll(List.of(quick, late), 200, TimeUnit.MILLISECONDS);
    int seen = fast.value + slow.value; // @expect:race-read(thread=main,locks=none)
    pool.shutdown();
    if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the pool did not stop");
    }
    System.out.println("InvokeAllRacyTimeout: done, " + (seen >= 1));
  }
}
