package io.lockwatch.samples.contracts;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The racy twin of {@link AtomicHandoffs}: a shared metrics counter that both threads only read
 * ({@code get} then {@code get} orders nothing), an atomic array whose reader waits on another slot
 * than the one written, two threads that only increment a {@code LongAdder}: increments do not see
 * each other, and an application's subclass of {@code AtomicLong} that both threads only read.
 *
 * <p>Lockwatch should report the four fields, each between the marked accesses.
 */
public final class RacyAtomicHandoffs {
  // @expect:race(field=RacyAtomicHandoffs$Results.job,observed=true)
  // @expect:race(field=RacyAtomicHandoffs$Results.task,observed=true)
  // @expect:race(field=RacyAtomicHandoffs$Results.sum,observed=true)
  // @expect:race(field=RacyAtomicHandoffs$Results.epoch,observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=2)

  /** Plain results the atomics are wrongly trusted to hand over. */
  static final class Results {
    int job;
    int task;
    int sum;
    int epoch;
  }

  /** An application's own atomic, as {@link AtomicHandoffs} has it. */
  static final class Sequence extends AtomicLong {
    long current() {
      return get();
    }
  }

  /** The atomics both threads use. */
  record Shared(AtomicInteger hits, AtomicIntegerArray slots, LongAdder adds, Sequence sequence) {}

  private RacyAtomicHandoffs() {}

  public static void main(String[] args) throws InterruptedException {
    Shared shared =
        new Shared(
            new AtomicInteger(1), new AtomicIntegerArray(4), new LongAdder(), new Sequence());
    shared.slots().set(3, 1);
    Results r = new Results();
    int[] seen = new int[1];
    Thread worker = new Thread(() -> work(r, shared), "worker");
    Thread monitor = new Thread(() -> seen[0] = watch(r, shared), "monitor");
    worker.start();
    monitor.start();
    worker.join();
    monitor.join();
    System.out.println("RacyAtomicHandoffs: done, saw " + seen[0]);
  }

  private static void work(Results r, Shared shared) {
    r.job = 42; // @expect:race-write(thread=worker,field=RacyAtomicHandoffs$Results.job)
    shared.hits().get();
    r.task = 7; // @expect:race-write(thread=worker,field=RacyAtomicHandoffs$Results.task)
    shared.slots().set(2, 1);
    r.sum = 3; // @expect:race-write(thread=worker,field=RacyAtomicHandoffs$Results.sum)
    shared.adds().increment();
    r.epoch = 9; // @expect:race-write(thread=worker,field=RacyAtomicHandoffs$Results.epoch)
    shared.sequence().current();
  }

  private static int watch(Results r, Shared shared) {
    shared.hits().get();
    int job = r.job; // @expect:race-read(thread=monitor,field=RacyAtomicHandoffs$Results.job)
    while (shared.slots().get(3) == 0) {
      Thread.onSpinWait();
    }
    int task = r.task; // @expect:race-read(thread=monitor,field=RacyAtomicHandoffs$Results.task)
    shared.adds().increment();
    int sum = r.sum; // @expect:race-read(thread=monitor,field=RacyAtomicHandoffs$Results.sum)
    shared.sequence().current();
    int epoch = r.epoch; // @expect:race-read(thread=monitor,field=RacyAtomicHandoffs$Results.epoch)
    return job + task + sum + epoch;
  }
}
