package io.lockwatch.samples.lockclasses;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A read lock "upgraded" to the write lock by the thread that holds it: {@code
 * ReentrantReadWriteLock} never grants it (the writer waits for all readers, itself included), so a
 * plain {@code lock()} would hang forever. This program asks with a timeout and gives up, so it
 * ends; Lockwatch reports the upgrade, kind {@code upgrade}, severity {@code high}.
 */
public final class ReadWriteUpgrade {
  // @expect:cycle(kind=upgrade,severity=high)
  // @expect:summary(acquisitions>=1)
  static final ReentrantReadWriteLock SETTINGS = new ReentrantReadWriteLock();
  private static String value = "old";

  private ReadWriteUpgrade() {}

  public static void main(String[] args) throws InterruptedException {
    SETTINGS.readLock().lock(); // @expect:cycle-held(thread=main)
    try {
      boolean stale = value.equals("old");
      boolean upgraded =
          SETTINGS
              .writeLock()
              .tryLock(50, TimeUnit.MILLISECONDS); // @expect:cycle-acquired(thread=main,mode=write)
      if (stale && upgraded) {
        value = "new";
        SETTINGS.writeLock().unlock();
      }
    } finally {
      SETTINGS.readLock().unlock();
    }
    System.out.println("ReadWriteUpgrade: done, value " + value);
  }
}
