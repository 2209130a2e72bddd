package io.lockwatch.samples.races;

import io.lockwatch.samples.SampleThreads;
import java.util.concurrent.CountDownLatch;

/**
 * A service counts events on a daemon thread and registers a shutdown hook that prints the count
 * when the JVM ends. Nothing orders the hook after the daemon: the JVM does not wait for daemon
 * threads before it runs its hooks, and the daemon goes on counting while the hook reads, so the
 * printed count is whatever the hook happens to see (or a torn {@code long}).
 *
 * <p>Lockwatch should report {@code ShutdownHookRacyFlush$Counter.events}: written by the daemon,
 * read by the hook. The hook takes its time, as a real flush to disk does; the report at exit waits
 * for it ({@code hookWaitMs}). The fixes are {@link ShutdownHookSummary} and {@link
 * ShutdownHookAfterExit}: work done by non-daemon threads, or by the thread that calls {@code
 * System.exit}, happens before the hooks.
 */
public final class ShutdownHookRacyFlush {
  // @expect:race(field=ShutdownHookRacyFlush$Counter.events,observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=100)
  /** How long the hook takes before it reads, as a flush to disk might. */
  static final long FLUSH_MILLIS = 300;

  /** A count of events, with no lock and no volatile. */
  static final class Counter {
    long events;
  }

  private ShutdownHookRacyFlush() {}

  public static void main(String[] args) throws InterruptedException {
    Counter counter = new Counter();
    CountDownLatch running = new CountDownLatch(1);
    Thread daemon =
        new Thread(
            () -> {
              for (long n = 1; ; n++) {
                counter.events++; // @expect:race-write(thread=event-counter,locks=none)
                if (n == 100) {
                  running.countDown();
                }
                if (n % 100 == 0) {
                  SampleThreads.pause(1);
                }
              }
            },
            "event-counter");
    daemon.setDaemon(true);
    daemon.start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  SampleThreads.pause(FLUSH_MILLIS);
                  long seen = counter.events; // @expect:race-read(thread=flush-on-exit,locks=none)
                  System.out.println(
                      "ShutdownHookRacyFlush: flushed " + (seen > 0 ? "some" : "no") + " events");
                },
                "flush-on-exit"));
    running.await();
    System.out.println("ShutdownHookRacyFlush: done");
  }
}
