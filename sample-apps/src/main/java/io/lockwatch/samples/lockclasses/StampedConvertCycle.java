package io.lockwatch.samples.lockclasses;

import static io.lockwatch.samples.SampleThreads.runAlone;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.StampedLock;

/**
 * A {@code StampedLock} upgraded in place, in a lock-order cycle with a monitor: {@code repricer}
 * read-locks {@code PRICES}, converts the read stamp to a write stamp ({@code
 * tryConvertToWriteLock}, the javadoc's upgrade idiom) and then enters {@code LEDGER}; {@code
 * auditor} enters {@code LEDGER} and then read-locks {@code PRICES} through the {@code
 * asReadWriteLock()} view. A reader waits for the writer the conversion made, so run together they
 * can deadlock. Only the conversion makes it a deadlock: with the read hold alone both sides would
 * read, and reads never wait for each other. This run takes the two orders one after the other and
 * never hangs; Lockwatch predicts the deadlock from it.
 */
public final class StampedConvertCycle {
  // @expect:cycle(kind=deadlock,severity=high)
  // @expect:summary(acquisitions>=4,edges>=2)
  static final StampedLock PRICES = new StampedLock();
  static final Object LEDGER = new Object();
  private static long price = 100;
  private static long booked;

  private StampedConvertCycle() {}

  public static void main(String[] args) throws InterruptedException {
    runAlone("repricer", () -> reprice(5));
    runAlone("auditor", StampedConvertCycle::audit);
    System.out.println("StampedConvertCycle: done, price " + price + ", " + booked + " booked");
  }

  /** Reads, and upgrades to write only to change the price; books the change under the ledger. */
  private static void reprice(long delta) {
    long stamp = PRICES.readLock(); // @expect:cycle-lock(kind=stamped-lock)
    try {
      long write = PRICES.tryConvertToWriteLock(stamp); // @expect:cycle-held(thread=repricer)
      if (write == 0L) {
        PRICES.unlockRead(stamp);
        write = PRICES.writeLock();
      }
      stamp = write;
      price += delta;
      synchronized (LEDGER) { // @expect:cycle-acquired(thread=repricer)
        booked++;
      }
    } finally {
      PRICES.unlockWrite(stamp);
    }
  }

  /** Reads the price under the ledger, through the lock's read-write view. */
  private static void audit() {
    Lock reading = PRICES.asReadWriteLock().readLock();
    synchronized (LEDGER) { // @expect:cycle-held(thread=auditor)
      reading.lock(); // @expect:cycle-acquired(thread=auditor,mode=read)
      try {
        System.out.println("auditing " + booked + " bookings at " + price);
      } finally {
        reading.unlock();
      }
    }
  }
}
