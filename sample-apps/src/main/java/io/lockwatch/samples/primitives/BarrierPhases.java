package io.lockwatch.samples.primitives;

import static io.lockwatch.samples.SampleThreads.runTogether;
import static io.lockwatch.samples.SampleThreads.thread;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * Four workers compute in two phases separated by a {@code CyclicBarrier(4)}. In phase 1 each
 * worker writes its own partial result; in phase 2 each one reads everybody's partials, which is
 * safe only because the barrier orders all of phase 1 before any of phase 2. The barrier is then
 * reused (it is cyclic) to end phase 2 together, and the workers add their phase-2 results into a
 * total guarded by a lock.
 *
 * <p>Lockwatch should find nothing in any section, and count the total's acquisitions.
 */
public final class BarrierPhases {
  // @expect:none
  // @expect:summary(acquisitions>=4)
  static final int WORKERS = 4;

  /** One worker's phase-1 result, written by that worker only, read by all in phase 2. */
  static final class Partial {
    long value;
  }

  /** The grand total, guarded by its monitor. */
  static final class Total {
    private long sum;

    synchronized void add(long amount) {
      sum += amount;
    }

    synchronized long sum() {
      return sum;
    }
  }

  private BarrierPhases() {}

  public static void main(String[] args) throws InterruptedException {
    CyclicBarrier barrier = new CyclicBarrier(WORKERS);
    List<Partial> partials = new ArrayList<>();
    for (int i = 0; i < WORKERS; i++) {
      partials.add(new Partial());
    }
    Total total = new Total();
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < WORKERS; i++) {
      Partial mine = partials.get(i);
      int id = i + 1;
      workers.add(
          thread(
              "worker-" + id,
              () -> {
                try {
                  Thread.sleep(5L * id); // phase 1 takes each worker a different time
                  mine.value = id * 10L; // @site:phase1-write
                  barrier.await(); // @site:end-of-phase1
                  long seen = 0;
                  for (Partial partial : partials) {
                    seen += partial.value; // @site:phase2-read
                  }
                  barrier.await(); // @site:end-of-phase2
                  total.add(seen); // @site:add-total
                } catch (BrokenBarrierException e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    runTogether(workers);
    System.out.println(
        "BarrierPhases: done, "
            + WORKERS
            + " workers passed 2 phases, each saw a phase-1 sum of "
            + total.sum() / WORKERS);
  }
}
