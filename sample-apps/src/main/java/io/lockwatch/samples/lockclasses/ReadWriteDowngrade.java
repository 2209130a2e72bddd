package io.lockwatch.samples.lockclasses;

import static io.lockwatch.samples.SampleThreads.runAlone;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The downgrade of the {@code ReentrantReadWriteLock} javadoc (take the write lock, take the read
 * lock, give the write lock up) followed by another lock, against a thread that takes that other
 * lock and then the write lock. The writer waits for the reader, the reader for the other lock: a
 * deadlock through the read lock the downgrade kept.
 */
public final class ReadWriteDowngrade {
  // @expect:cycle(kind=deadlock,severity=high)
  // @expect:summary(acquisitions>=5)
  static final ReentrantReadWriteLock CACHE = new ReentrantReadWriteLock();
  static final Object INDEX = new Object();
  private static int version;

  private ReadWriteDowngrade() {}

  public static void main(String[] args) throws InterruptedException {
    runAlone("updater", ReadWriteDowngrade::updateThenIndex);
    runAlone("indexer", ReadWriteDowngrade::indexThenUpdate);
    System.out.println("ReadWriteDowngrade: done, version " + version);
  }

  private static void updateThenIndex() {
    CACHE.writeLock().lock();
    version++;
    CACHE.readLock().lock(); // @expect:cycle-held(thread=updater)
    CACHE.writeLock().unlock(); // downgraded: the read lock is still held
    try {
      synchronized (INDEX) { // @expect:cycle-acquired(thread=updater)
        Thread.onSpinWait();
      }
    } finally {
      CACHE.readLock().unlock();
    }
  }

  private static void indexThenUpdate() {
    synchronized (INDEX) { // @expect:cycle-held(thread=indexer)
      CACHE.writeLock().lock(); // @expect:cycle-acquired(thread=indexer,mode=write)
      version++;
      CACHE.writeLock().unlock();
    }
  }
}
