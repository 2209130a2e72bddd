package io.lockwatch.samples.lockorder;

import static io.lockwatch.samples.SampleThreads.runAlone;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A lock-order cycle through a lock held in a local variable whose slot an earlier {@code catch}
 * parameter used (the shape of Lucene's per-thread writers): {@code indexer} retries a pause, then
 * locks the writer and enters {@code FLUSH}; {@code flusher} enters {@code FLUSH} and then locks
 * the same writer. Run together they can deadlock; this run takes the orders one after the other.
 *
 * <p>The point is the name: the report must call the writer's lock "local variable writer", the
 * variable live where it is locked, not "ie", the catch parameter that had the slot before it.
 */
public final class WriterLockAfterRetry {
  // @expect:cycle(kind=deadlock,severity=high)
  // @expect:summary(acquisitions>=4,edges>=2)
  static final Object FLUSH = new Object();
  private static int documents;

  /** A writer with its own lock, as a pool would hand it out. */
  static final class Writer {
    final ReentrantLock lock = new ReentrantLock();
  }

  private WriterLockAfterRetry() {}

  public static void main(String[] args) throws InterruptedException {
    Writer pooled = new Writer();
    runAlone("indexer", () -> index(pooled));
    runAlone("flusher", () -> flush(pooled));
    System.out.println("WriterLockAfterRetry: done, " + documents + " documents");
  }

  private static void index(Writer pooled) {
    try {
      Thread.sleep(1);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
    }
    ReentrantLock writer = pooled.lock;
    writer.lock(); // @expect:cycle-held(thread=indexer,lock=local variable writer)
    try {
      synchronized (FLUSH) { // @expect:cycle-acquired(thread=indexer)
        documents++;
      }
    } finally {
      writer.unlock();
    }
  }

  private static void flush(Writer pooled) {
    synchronized (FLUSH) { // @expect:cycle-held(thread=flusher)
      ReentrantLock writer = pooled.lock;
      writer.lock(); // @expect:cycle-acquired(thread=flusher,lock=local variable writer)
      try {
        documents += 0;
      } finally {
        writer.unlock();
      }
    }
  }
}
