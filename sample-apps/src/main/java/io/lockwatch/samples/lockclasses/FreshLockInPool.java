package io.lockwatch.samples.lockclasses;

import static io.lockwatch.samples.SampleThreads.runAlone;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A pool hands out writers, each with its own lock (Lucene's per-thread writer pool has this
 * shape): a new writer is created and locked inside the pool's monitor, before any other thread can
 * see it; a thread that holds its writer later gives it back through the pool's monitor. The two
 * orders look like a cycle, but the first one cannot block: nobody else can hold a lock that was
 * created a moment ago by the thread that takes it.
 */
public final class FreshLockInPool {
  // @expect:none
  // @expect:summary(acquisitions>=4)
  // @expect:filtered(by=firstAcquisition)

  /** A writer with its own lock, held while it writes. */
  static final class Writer {
    final ReentrantLock lock = new ReentrantLock();
    int documents;
  }

  /** The pool: its monitor guards the free writers. */
  static final class Pool {
    private final Deque<Writer> free = new ArrayDeque<>();

    synchronized Writer checkOut() {
      Writer writer = free.poll();
      if (writer == null) {
        writer = new Writer();
        writer.lock.lock(); // a lock no other thread can have seen yet
      } else {
        writer.lock.lock();
      }
      return writer;
    }

    synchronized void checkIn(Writer writer) {
      free.push(writer);
    }
  }

  private FreshLockInPool() {}

  public static void main(String[] args) throws InterruptedException {
    Pool pool = new Pool();
    Writer[] used = new Writer[1];
    runAlone(
        "indexer",
        () -> {
          used[0] = pool.checkOut();
          used[0].documents++;
          used[0].lock.unlock();
        });
    runAlone(
        "flusher",
        () -> {
          Writer writer = used[0];
          writer.lock.lock();
          try {
            writer.documents++;
            pool.checkIn(writer); // returned while its lock is held: writer lock -> pool monitor
          } finally {
            writer.lock.unlock();
          }
        });
    System.out.println("FreshLockInPool: done");
  }
}
