package io.lockwatch.samples.lockclasses;

import static io.lockwatch.samples.SampleThreads.runAlone;

import java.util.concurrent.locks.StampedLock;

/**
 * The correct twin of {@link StampedLockCycle}: two {@code StampedLock}s read-locked in opposite
 * orders, and never write-locked. Read holds are shared, so no thread can ever wait for another;
 * Lockwatch rules the cycle out as read-only and reports nothing.
 */
public final class StampedReadOnlyOrders {
  // @expect:none
  // @expect:filtered(by=readOnly)
  // @expect:summary(acquisitions>=4,edges>=2)
  static final StampedLock PRICES = new StampedLock();
  static final StampedLock RATES = new StampedLock();

  private StampedReadOnlyOrders() {}

  public static void main(String[] args) throws InterruptedException {
    runAlone("reader-1", () -> readBoth(PRICES, RATES));
    runAlone("reader-2", () -> readBoth(RATES, PRICES));
    System.out.println("StampedReadOnlyOrders: done");
  }

  private static void readBoth(StampedLock first, StampedLock second) {
    long outer = first.readLock();
    try {
      long inner = second.readLock();
      second.unlockRead(inner);
    } finally {
      first.unlockRead(outer);
    }
  }
}
