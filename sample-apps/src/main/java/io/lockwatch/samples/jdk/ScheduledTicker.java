package io.lockwatch.samples.jdk;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Data handed over through a {@code ScheduledExecutorService}: main sets a job's input before
 * {@code schedule}, the delayed task reads it, and main reads the task's result through {@code
 * get}; a ticker run with {@code scheduleWithFixedDelay} counts ticks, and main reads the count
 * after cancelling it, shutting the pool down and {@code awaitTermination} returning true. What
 * main did before scheduling happens before every run of the task, and every run happens before a
 * successful {@code awaitTermination}: no lock needed.
 *
 * <p>Lockwatch should find nothing. Its racy twin, which reads the count right after {@code
 * cancel}, is {@link ScheduledRacyCancel}.
 */
public final class ScheduledTicker {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=4)
  // @expect:twin(target=ScheduledRacyCancel)
  // @expect:twin(target=ScheduledRacyLateInput)

  /** A value with a plain field. */
  static final class Cell {
    int value;
  }

  private ScheduledTicker() {}

  public static void main(String[] args) throws InterruptedException, ExecutionException {
    ScheduledExecutorService pool = Executors.newScheduledThreadPool(1);
    Cell input = new Cell();
    input.value = 4;
    ScheduledFuture<Integer> doubled =
        pool.schedule(() -> input.value * 2, 10, TimeUnit.MILLISECONDS);
    int result = doubled.get();
    Cell ticks = new Cell();
    ScheduledFuture<?> ticker =
        pool.scheduleWithFixedDelay(() -> ticks.value++, 0, 5, TimeUnit.MILLISECONDS);
    Threads.pause(40);
    ticker.cancel(false);
    pool.shutdown();
    if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the pool did not stop");
    }
    System.out.println(
        "ScheduledTicker: done, result " + result + ", " + (ticks.value > 0) + " ticks");
  }
}
