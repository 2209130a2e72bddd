package io.lockwatch.samples.jdk;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The racy twin of {@link ScheduledTicker}: main reads the tick count right after {@code
 * cancel(false)}. Cancelling a periodic task stops its next runs but waits for none, and orders
 * none of its past runs before the canceller: the read races with the ticker's writes.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code ScheduledRacyCancel$Cell.value},
 * between the ticker's write on the pool's thread and main's read.
 */
public final class ScheduledRacyCancel {
  // @expect:race(field=ScheduledRacyCancel$Cell.value,observed=true)
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=2)

  /** A value with a plain field. */
  static final class Cell {
    int value;
  }

  private ScheduledRacyCancel() {}

  public static void main(String[] args) throws InterruptedException {
    ScheduledExecutorService pool = Executors.newScheduledThreadPool(1);
    Cell ticks = new Cell();
    ScheduledFuture<?> ticker =
        pool.scheduleWithFixedDelay(
            () -> ticks.value++, // @expect:race-access(thread=pool-1-thread-1)
            0,
            5,
            TimeUnit.MILLISECONDS);
    Threads.pause(40);
    ticker.cancel(false);
    int seen = ticks.value; // @expect:race-read(thread=main,locks=none)
    pool.shutdown();
    if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the pool did not stop");
    }
    System.out.println("ScheduledRacyCancel: done, " + (seen > 0) + " ticks seen");
  }
}
