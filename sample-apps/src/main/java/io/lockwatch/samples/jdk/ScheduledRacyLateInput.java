package io.lockwatch.samples.jdk;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The other racy twin of {@link ScheduledTicker}: main schedules the job first and sets its input
 * after, counting on the delay. What main does before {@code schedule} happens before the task;
 * what it does after does not, however long the delay: the task's read races with main's write.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code
 * ScheduledRacyLateInput$Cell.value}.
 */
public final class ScheduledRacyLateInput {
  // @expect:race(field=ScheduledRacyLateInput$Cell.value,observed=true)
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=2)

  /** A value with a plain field. */
  static final class Cell {
    int value;
  }

  private ScheduledRacyLateInput() {}

  public static void main(String[] args) throws InterruptedException, ExecutionException {
    ScheduledExecutorService pool = Executors.newScheduledThreadPool(1);
    Cell input = new Cell();
    ScheduledFuture<Integer> job =
        pool.schedule(
            () -> input.value * 2, // @expect:race-read(thread=pool-1-thread-1)
            50,
            TimeUnit.MILLISECONDS);
    input.value = 21; // @expect:race-write(thread=main,locks=none)
    int result = job.get();
    pool.shutdown();
    if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the pool did not stop");
    }
    System.out.println("ScheduledRacyLateInput: done, " + (result == 42 || result == 0));
  }
}
