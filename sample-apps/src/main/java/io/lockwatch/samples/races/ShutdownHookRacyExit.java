package io.lockwatch.samples.races;

import io.lockwatch.samples.SampleThreads;

/**
 * The racy twin of {@link ShutdownHookAfterExit}: main calls {@code System.exit} while a worker it
 * never joined is still writing its progress, and the shutdown hook reads the progress with no
 * lock. {@code System.exit} orders what the exiting thread did before the hooks, not what other
 * threads do: the worker keeps running (and writing) while the hook reads.
 *
 * <p>Lockwatch should report {@code ShutdownHookRacyExit$Progress.done}: written by the worker,
 * read by the hook.
 */
public final class ShutdownHookRacyExit {
  // @expect:race(field=ShutdownHookRacyExit$Progress.done,observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=100)

  /** How far the worker got, in a plain field. */
  static final class Progress {
    long done;
  }

  private ShutdownHookRacyExit() {}

  public static void main(String[] args) throws InterruptedException {
    Progress progress = new Progress();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  SampleThreads.pause(50);
                  long seen = progress.done; // @expect:race-read(thread=progress-on-exit)
                  System.out.println(
                      "ShutdownHookRacyExit: " + (seen > 0 ? "some" : "no") + " work");
                },
                "progress-on-exit"));
    Thread worker =
        new Thread(
            () -> {
              for (long n = 1; ; n++) {
                progress.done = n; // @expect:race-write(thread=batch-worker)
                if (n % 100 == 0) {
                  SampleThreads.pause(1);
                }
              }
            },
            "batch-worker");
    worker.start();
    Thread.sleep(100);
    System.out.println("ShutdownHookRacyExit: done");
    System.exit(0);
  }
}
