package io.lockwatch.samples.lockorder;

import static io.lockwatch.samples.SampleThreads.runAlone;

/**
 * Opposite lock orders taken by one single thread: first {@code LOCK_A} then {@code LOCK_B}, later
 * {@code LOCK_B} then {@code LOCK_A}. A thread cannot wait for itself, and no other thread ever
 * takes these locks, so there is no deadlock to predict.
 *
 * <p>The A/B cycle exists in the lock-order graph; Lockwatch should remove it with its
 * different-threads rule (counted in {@code summary.cyclesFiltered.sameThread}) and report no
 * lock-order cycle.
 */
public final class SameThreadBothOrders {
  // @expect:none
  // @expect:filtered(by=sameThread)
  // @expect:summary(acquisitions>=4,edges>=2)
  static final Object LOCK_A = new Object();
  static final Object LOCK_B = new Object();

  private static int transfers;

  private SameThreadBothOrders() {}

  public static void main(String[] args) throws InterruptedException {
    runAlone(
        "worker-1",
        () -> {
          lockAThenB();
          lockBThenA();
        });
    System.out.println("SameThreadBothOrders: done, " + transfers + " critical sections");
  }

  private static void lockAThenB() {
    synchronized (LOCK_A) { // @site:a-outer
      synchronized (LOCK_B) { // @site:a-inner
        transfers++;
      }
    }
  }

  private static void lockBThenA() {
    synchronized (LOCK_B) { // @site:b-outer
      synchronized (LOCK_A) { // @site:b-inner
        transfers++;
      }
    }
  }
}
