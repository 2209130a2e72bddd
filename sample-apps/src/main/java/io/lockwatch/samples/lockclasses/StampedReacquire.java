package io.lockwatch.samples.lockclasses;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.StampedLock;

/**
 * A {@code StampedLock} asked for again by the thread that holds it: unlike {@code ReentrantLock}
 * it is not reentrant, so a plain {@code readLock()} under the write lock waits for the thread
 * itself, forever. This program asks with a timeout and gives up, so it ends; Lockwatch reports the
 * re-acquisition, kind {@code self-deadlock}, severity {@code high}.
 */
public final class StampedReacquire {
  // @expect:cycle(kind=self-deadlock,severity=high,lockKind=stamped-lock)
  // @expect:summary(acquisitions>=1)
  static final StampedLock SETTINGS = new StampedLock();
  private static String value = "old";

  private StampedReacquire() {}

  public static void main(String[] args) throws InterruptedException {
    long stamp = SETTINGS.writeLock(); // @expect:cycle-held(thread=main)
    try {
      value = "new";
      System.out.println("StampedReacquire: done, " + describe());
    } finally {
      SETTINGS.unlockWrite(stamp);
    }
  }

  /** Reads the value under the read lock: called under the write lock, it can never get it. */
  private static String describe() throws InterruptedException {
    long stamp = SETTINGS.tryReadLock(50, TimeUnit.MILLISECONDS); // @expect:cycle-acquired(
    // thread=main)
    if (stamp == 0L) {
      return "the read lock never came";
    }
    try {
      return value;
    } finally {
      SETTINGS.unlockRead(stamp);
    }
  }
}
