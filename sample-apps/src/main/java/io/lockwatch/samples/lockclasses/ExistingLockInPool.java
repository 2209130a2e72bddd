package io.lockwatch.samples.lockclasses;

import static io.lockwatch.samples.SampleThreads.runAlone;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The twin of {@link FreshLockInPool} where the pool's writer already exists (made by another
 * thread and given to the pool before): locking it inside the pool's monitor can block, since the
 * thread that gives a writer back holds its lock and waits for the pool's monitor. A real deadlock.
 */
public final class ExistingLockInPool {
  // @expect:cycle(kind=deadlock,severity=high)
  // @expect:summary(acquisitions>=4)

  /** A writer with its own lock, held while it writes. */
  static final class Writer {
    final ReentrantLock lock = new ReentrantLock();
    int documents;
  }

  /** The pool: its monitor guards the free writers. */
  static final class Pool {
    private final Deque<Writer> free = new ArrayDeque<>();

    synchronized Writer checkOut() {
      Writer writer = free.poll(); // @expect:cycle-held(thread=indexer)
      if (writer == null) {
        writer = new Writer();
        writer.lock.lock();
      } else {
        writer.lock.lock(); // @expect:cycle-acquired(thread=indexer)
      }
      return writer;
    }

    synchronized void checkIn(Writer writer) {
      free.push(writer); // @expect:cycle-acquired(thread=flusher)
    }
  }

  private ExistingLockInPool() {}

  public static void main(String[] args) throws InterruptedException {
    Pool pool = new Pool();
    pool.checkIn(new Writer()); // made here, by main: not the indexer's own
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
          writer.lock.lock(); // @expect:cycle-held(thread=flusher)
          try {
            writer.documents++;
            pool.checkIn(writer); // returned while its lock is held: writer lock -> pool monitor
          } finally {
            writer.lock.unlock();
          }
        });
    System.out.println("ExistingLockInPool: done");
  }
}
