package io.lockwatch.samples.races;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The fix for {@link ReadLockHitCounter}, at a real size: the hits are a {@code LongAdder}, the map
 * is read under the read lock and written under the write lock. 16 readers look up 5,000 keys each
 * while a writer keeps adding entries.
 *
 * <p>Lockwatch should find nothing: a read lock orders each lookup after the writes released before
 * it, and readers write nothing but the adder.
 */
public final class ReadLockHitCounterFixed {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=1000)
  // @expect:twin(target=ReadLockHitCounter)
  static final int READERS = 16;
  static final int LOOKUPS = 5_000;
  static final int KEYS = 500;

  /** A map behind a read-write lock, with a hit counter of its own. */
  static final class Cache {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, String> entries = new HashMap<>();
    private final LongAdder hits = new LongAdder();

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
          hits.increment();
        }
        return value;
      } finally {
        lock.readLock().unlock();
      }
    }

    long hits() {
      return hits.sum();
    }
  }

  private ReadLockHitCounterFixed() {}

  public static void main(String[] args) throws InterruptedException {
    Cache cache = new Cache();
    Thread writer =
        new Thread(
            () -> {
              for (int k = 0; k < KEYS; k++) {
                cache.put("key-" + k, "value-" + k);
              }
            },
            "writer");
    Thread[] readers = new Thread[READERS];
    for (int r = 0; r < READERS; r++) {
      int id = r;
      readers[r] =
          new Thread(
              () -> {
                for (int i = 0; i < LOOKUPS; i++) {
                  cache.get("key-" + ((i * 7 + id) % KEYS));
                }
              },
              "reader-" + r);
    }
    writer.start();
    for (Thread reader : readers) {
      reader.start();
    }
    writer.join();
    for (Thread reader : readers) {
      reader.join();
    }
    System.out.println("ReadLockHitCounterFixed: done, " + cache.hits() + " hits");
  }
}
