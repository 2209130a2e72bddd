package io.lockwatch.samples.lockorder;

import static io.lockwatch.samples.SampleThreads.runAlone;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Opposite lock orders made safe by backing off: {@code worker-2} holds {@code LOCK_B} and only
 * <em>tries</em> {@code LOCK_A} with {@code tryLock()}, which returns at once instead of waiting.
 * If it fails, the thread releases {@code LOCK_B} and tries again later, so it never waits while
 * holding a lock that {@code worker-1} needs.
 *
 * <p>A {@code tryLock()} cannot block, so it adds no lock-order edge into {@code LOCK_A}; Lockwatch
 * should count that skip under {@code summary.cyclesFiltered.tryLock} and report no lock-order
 * cycle.
 */
public final class TryLockBackoff {
  // @expect:none
  // @expect:filtered(by=tryLock)
  // @expect:summary(acquisitions>=3,edges>=1)
  static final ReentrantLock LOCK_A = new ReentrantLock();
  static final ReentrantLock LOCK_B = new ReentrantLock();

  private static int transfers;
  private static int backoffs;

  private TryLockBackoff() {}

  public static void main(String[] args) throws InterruptedException {
    runAlone("worker-1", TryLockBackoff::lockAThenB);
    runAlone("worker-2", TryLockBackoff::lockBThenTryA);
    System.out.println(
        "TryLockBackoff: done, " + transfers + " critical sections, " + backoffs + " back-offs");
  }

  private static void lockAThenB() {
    LOCK_A.lock(); // @site:w1-outer
    try {
      LOCK_B.lock(); // @site:w1-inner
      try {
        transfers++;
      } finally {
        LOCK_B.unlock();
      }
    } finally {
      LOCK_A.unlock();
    }
  }

  /** Takes B, then A only if it is free right now; otherwise lets go of B and starts over. */
  private static void lockBThenTryA() {
    while (true) {
      LOCK_B.lock(); // @site:w2-outer
      try {
        if (LOCK_A.tryLock()) { // @site:w2-try
          try {
            transfers++;
            return;
          } finally {
            LOCK_A.unlock();
          }
        }
        backoffs++;
      } finally {
        LOCK_B.unlock();
      }
      Thread.onSpinWait();
    }
  }
}
