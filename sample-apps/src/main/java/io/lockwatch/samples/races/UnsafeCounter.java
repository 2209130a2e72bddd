package io.lockwatch.samples.races;

import static io.lockwatch.samples.SampleThreads.runTogether;

/**
 * Two threads increment a plain {@code int} without a lock. {@code count++} is a read, an add and a
 * write; increments get lost when the threads interleave.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code UnsafeCounter$Counter.count},
 * {@code observedRace} true, both accesses at the marked line, from the two threads.
 */
public final class UnsafeCounter {
  // @expect:race(field=UnsafeCounter$Counter.count,observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=1)
  static final int INCREMENTS = 20_000;

  /** A counter with nothing guarding it. */
  static final class Counter {
    int count;

    void increment() {
      count++; // @expect:race-access(thread=counter-1+counter-2,locks=none)
    }
  }

  private UnsafeCounter() {}

  public static void main(String[] args) throws InterruptedException {
    Counter counter = new Counter();
    Runnable work =
        () -> {
          for (int i = 0; i < INCREMENTS; i++) {
            counter.increment();
          }
        };
    Thread first = new Thread(work, "counter-1");
    Thread second = new Thread(work, "counter-2");
    runTogether(first, second);
    System.out.println(
        "UnsafeCounter: done, count " + counter.count + " of " + 2 * INCREMENTS + " increments");
  }
}
