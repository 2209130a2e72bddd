package io.lockwatch.samples.lockclasses;

import static io.lockwatch.samples.SampleThreads.runAlone;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The twin of {@link ReadWriteDowngrade}: the same downgrade, and the other thread takes the
 * read-write lock first too. One order for everyone: no deadlock.
 */
public final class ReadWriteDowngradeOrdered {
  // @expect:none
  // @expect:summary(acquisitions>=5,edges>=1)
  static final ReentrantReadWriteLock CACHE = new ReentrantReadWriteLock();
  static final Object INDEX = new Object();
  private static int version;

  private ReadWriteDowngradeOrdered() {}

  public static void main(String[] args) throws InterruptedException {
    runAlone("updater", ReadWriteDowngradeOrdered::updateThenIndex);
    runAlone("indexer", ReadWriteDowngradeOrdered::updateInIndex);
    System.out.println("ReadWriteDowngradeOrdered: done, version " + version);
  }

  private static void updateThenIndex() {
    CACHE.writeLock().lock();
    version++;
    CACHE.readLock().lock();
    CACHE.writeLock().unlock();
    try {
      synchronized (INDEX) {
        Thread.onSpinWait();
      }
    } finally {
      CACHE.readLock().unlock();
    }
  }

  private static void updateInIndex() {
    CACHE.writeLock().lock();
    try {
      synchronized (INDEX) {
        version++;
      }
    } finally {
      CACHE.writeLock().unlock();
    }
  }
}
