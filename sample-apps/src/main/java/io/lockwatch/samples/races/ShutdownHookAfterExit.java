package io.lockwatch.samples.races;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The other fix for {@link ShutdownHookRacyFlush}: a batch job gathers its workers' results, writes
 * its status and calls {@code System.exit(0)}, because a non-daemon thread it does not own (here, a
 * listener that waits forever) would keep the JVM alive. A shutdown hook prints the status and the
 * results with no lock. That is correct: the thread that calls {@code System.exit} waits inside it
 * while the hooks run, so everything it did, and everything it had joined, happens before them.
 *
 * <p>Lockwatch should find nothing.
 */
public final class ShutdownHookAfterExit {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=1000)
  // @expect:twin(target=ShutdownHookRacyFlush)
  // @expect:twin(target=ShutdownHookRacyExit)
  static final int TASKS = 200;

  /** The job's outcome, in plain fields. */
  static final class Outcome {
    String status = "running";
    long[] results = new long[TASKS];
  }

  private ShutdownHookAfterExit() {}

  public static void main(String[] args) throws Exception {
    Outcome outcome = new Outcome();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  long sum = 0;
                  for (long result : outcome.results) {
                    sum += result;
                  }
                  System.out.println("ShutdownHookAfterExit: " + outcome.status + ", sum " + sum);
                },
                "report-on-exit"));
    CountDownLatch never = new CountDownLatch(1);
    new Thread(
            () -> {
              try {
                never.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "stuck-listener")
        .start();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    @SuppressWarnings("unchecked")
    Future<Long>[] futures = new Future[TASKS];
    for (int t = 0; t < TASKS; t++) {
      long seed = t;
      futures[t] = pool.submit(() -> seed * seed % 977);
    }
    for (int t = 0; t < TASKS; t++) {
      outcome.results[t] = futures[t].get();
    }
    pool.shutdown();
    outcome.status = "finished";
    System.out.println("ShutdownHookAfterExit: done");
    System.exit(0);
  }
}
