package io.lockwatch.samples.lockclasses;

import static io.lockwatch.samples.SampleThreads.runAlone;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.StampedLock;

/**
 * A {@code StampedLock} in a lock-order cycle with a monitor: {@code indexer} write-locks {@code
 * INDEX} and then enters {@code CATALOG}; {@code browser} enters {@code CATALOG} and then
 * read-locks {@code INDEX} through its {@code asReadLock()} view. A read lock waits for a writer,
 * so run together they can deadlock. This run takes the two orders one after the other and never
 * hangs; Lockwatch predicts the deadlock from it.
 */
public final class StampedLockCycle {
  // @expect:cycle(kind=deadlock,severity=high)
  // @expect:summary(acquisitions>=4,edges>=2)
  static final StampedLock INDEX = new StampedLock();
  static final Object CATALOG = new Object();
  private static int entries;

  private StampedLockCycle() {}

  public static void main(String[] args) throws InterruptedException {
    runAlone("indexer", StampedLockCycle::addEntry);
    runAlone("browser", StampedLockCycle::browse);
    System.out.println("StampedLockCycle: done, " + entries + " entries");
  }

  private static void addEntry() {
    long stamp = INDEX.writeLock(); // @expect:cycle-held(thread=indexer) @expect:cycle-lock(
    // kind=stamped-lock)
    try {
      synchronized (CATALOG) { // @expect:cycle-acquired(thread=indexer)
        entries++;
      }
    } finally {
      INDEX.unlockWrite(stamp);
    }
  }

  /** Reads through the lock's {@code asReadLock()} view: the same lock as its read stamps. */
  private static void browse() {
    Lock reading = INDEX.asReadLock();
    synchronized (CATALOG) { // @expect:cycle-held(thread=browser)
      reading.lock(); // @expect:cycle-acquired(thread=browser,mode=read)
      try {
        System.out.println("browsing " + entries + " entries");
      } finally {
        reading.unlock();
      }
    }
  }
}
