package io.lockwatch.samples.races;

/**
 * The racy twin of {@link ThreadChurn}: the same 2,000 short threads, but the main thread waits for
 * each by watching {@code getState()} become {@code TERMINATED}, which, unlike {@code join()} or
 * {@code isAlive()}, orders nothing. Consecutive threads then update the total without any
 * happens-before between them, however far apart in time, and even though most of them reuse a dead
 * predecessor's number in vector clocks.
 *
 * <p>Lockwatch should report the total, between two tasks.
 */
public final class RacyThreadChurn {
  // @expect:race(field=RacyThreadChurn$Relay.total,observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=2)
  static final int THREADS = 2_000;

  /** State the threads share without a hand-off. */
  static final class Relay {
    long total;
  }

  private RacyThreadChurn() {}

  public static void main(String[] args) throws InterruptedException {
    Relay relay = new Relay();
    for (int i = 0; i < THREADS; i++) {
      int step = i;
      Thread thread =
          new Thread(
              () -> relay.total += step, // @expect:race-access(thread=task-*,locks=none)
              "task-" + i);
      thread.start();
      while (thread.getState() != Thread.State.TERMINATED) {
        Thread.yield(); // lets the task run on a busy machine; orders nothing either
      }
    }
    Thread.sleep(10);
    System.out.println("RacyThreadChurn: done, total " + relay.total);
  }
}
