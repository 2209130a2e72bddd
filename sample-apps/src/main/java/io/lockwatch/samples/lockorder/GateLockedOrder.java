package io.lockwatch.samples.lockorder;

import static io.lockwatch.samples.SampleThreads.runAlone;

/**
 * Opposite lock orders that cannot deadlock: both threads take {@code LOCK_A} and {@code LOCK_B} in
 * opposite orders, but only while holding the global {@code GATE} monitor. Only one thread can be
 * inside the gate, so the two orders can never interleave.
 *
 * <p>The A/B cycle exists in the lock-order graph; Lockwatch should remove it with its gate-lock
 * filter (counted in {@code summary.cyclesFiltered.gateLock}) and report no lock-order cycle.
 */
public final class GateLockedOrder {
  // @expect:none
  // @expect:filtered(by=gateLock)
  // @expect:summary(acquisitions>=6,edges>=2)
  static final Object GATE = new Object();
  static final Object LOCK_A = new Object();
  static final Object LOCK_B = new Object();

  private static int transfers;

  private GateLockedOrder() {}

  public static void main(String[] args) throws InterruptedException {
    runAlone("worker-1", GateLockedOrder::lockAThenB);
    runAlone("worker-2", GateLockedOrder::lockBThenA);
    System.out.println("GateLockedOrder: done, " + transfers + " critical sections");
  }

  private static void lockAThenB() {
    synchronized (GATE) { // @site:w1-gate
      synchronized (LOCK_A) { // @site:w1-outer
        synchronized (LOCK_B) { // @site:w1-inner
          transfers++;
        }
      }
    }
  }

  private static void lockBThenA() {
    synchronized (GATE) { // @site:w2-gate
      synchronized (LOCK_B) { // @site:w2-outer
        synchronized (LOCK_A) { // @site:w2-inner
          transfers++;
        }
      }
    }
  }
}
