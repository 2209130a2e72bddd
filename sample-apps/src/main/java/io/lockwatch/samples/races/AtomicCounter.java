package io.lockwatch.samples.races;

import static io.lockwatch.samples.SampleThreads.runTogether;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The fix for {@link UnsafeCounter} without a lock: an {@link AtomicLong}, whose {@code
 * incrementAndGet} is one indivisible read-modify-write. Accesses to atomics are not races. Each
 * worker also tallies its own increments in a plain field of its own, which the main thread reads
 * after {@code join()} to check the shared count.
 *
 * <p>Lockwatch should find nothing in any section. The program takes no lock; its racy twin {@link
 * UnsafeCounter} shows that the agent reports the same counter without the atomic.
 */
public final class AtomicCounter {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldsTracked>=1,fieldAccesses>=1)
  // @expect:twin(target=UnsafeCounter)
  static final int INCREMENTS = 20_000;

  /** A counter safe to share. */
  static final class Counter {
    private final AtomicLong count = new AtomicLong();

    void increment() {
      count.incrementAndGet(); // @site:increment
    }

    long count() {
      return count.get();
    }
  }

  /** A worker and its own tally: written by the worker only, read by main after join(). */
  static final class Worker implements Runnable {
    private final Counter shared;
    private long mine;

    Worker(Counter shared) {
      this.shared = shared;
    }

    @Override
    public void run() {
      for (int i = 0; i < INCREMENTS; i++) {
        shared.increment();
        mine++; // @site:own-tally
      }
    }
  }

  private AtomicCounter() {}

  public static void main(String[] args) throws InterruptedException {
    Counter counter = new Counter();
    Worker one = new Worker(counter);
    Worker two = new Worker(counter);
    Thread first = new Thread(one, "counter-1");
    Thread second = new Thread(two, "counter-2");
    runTogether(first, second);
    long tallied = one.mine + two.mine; // @site:read-tallies
    System.out.println(
        "AtomicCounter: done, count "
            + counter.count()
            + " of "
            + tallied
            + " increments"
            + (counter.count() == tallied ? "" : " (lost some!)"));
  }
}
