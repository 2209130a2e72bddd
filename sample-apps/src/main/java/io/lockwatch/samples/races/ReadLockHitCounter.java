package io.lockwatch.samples.races;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A cache guarded by a {@code ReentrantReadWriteLock} that counts its hits with a plain {@code
 * hits++} inside {@code get}, which holds only the read lock. Many readers hold the read lock at
 * once: it orders them after the last writer, never after one another, so two lookups' increments
 * race (and hits are lost) although every access is "under the lock".
 *
 * <p>Lockwatch should report {@code ReadLockHitCounter$Cache.hits}, both accesses holding the read
 * lock. The fix is {@link ReadLockHitCounterFixed}.
 */
public final class ReadLockHitCounter {
  // @expect:race(field=ReadLockHitCounter$Cache.hits,observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=4)
  static final int LOOKUPS = 2_000;

  /** A map behind a read-write lock, with a hit counter. */
  static final class Cache {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, String> entries = new HashMap<>();
    private long hits;

    void put(String key, String value) {
      lock.writeLock().lock();
      try {
        entries.put(key, value);
      } finally {
        lock.writeLock().unlock();
      }
    }

    String get(String key) {
      lock.readLock().lock();
      try {
        String value = entries.get(key);
        if (value != null) {
          hits++; // @expect:race-access(thread=reader-*,locks="Cache.lock (read)")
        }
        return value;
      } finally {
        lock.readLock().unlock();
      }
    }

    long hits() {
      lock.writeLock().lock();
      try {
        return hits;
      } finally {
        lock.writeLock().unlock();
      }
    }
  }

  private ReadLockHitCounter() {}

  public static void main(String[] args) throws InterruptedException {
    Cache cache = new Cache();
    cache.put("greeting", "hello");
    Thread[] readers = new Thread[2];
    for (int r = 0; r < readers.length; r++) {
      readers[r] =
          new Thread(
              () -> {
                for (int i = 0; i < LOOKUPS; i++) {
                  cache.get("greeting");
                }
              },
              "reader-" + (r + 1));
      readers[r].start();
    }
    for (Thread reader : readers) {
      reader.join();
    }
    System.out.println("ReadLockHitCounter: done, " + cache.hits() + " hits of " + 2 * LOOKUPS);
  }
}
