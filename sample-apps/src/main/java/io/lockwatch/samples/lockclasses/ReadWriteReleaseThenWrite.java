package io.lockwatch.samples.lockclasses;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The correct way to "upgrade" ({@link ReadWriteUpgrade}'s twin): give the read lock up, take the
 * write lock, and check the state again, since it may have changed in between.
 */
public final class ReadWriteReleaseThenWrite {
  // @expect:none
  // @expect:summary(acquisitions>=2)
  static final ReentrantReadWriteLock SETTINGS = new ReentrantReadWriteLock();
  private static String value = "old";

  private ReadWriteReleaseThenWrite() {}

  public static void main(String[] args) {
    SETTINGS.readLock().lock();
    boolean stale;
    try {
      stale = value.equals("old");
    } finally {
      SETTINGS.readLock().unlock();
    }
    if (stale) {
      SETTINGS.writeLock().lock();
      try {
        if (value.equals("old")) {
          value = "new";
        }
      } finally {
        SETTINGS.writeLock().unlock();
      }
    }
    System.out.println("ReadWriteReleaseThenWrite: done, value " + value);
  }
}
