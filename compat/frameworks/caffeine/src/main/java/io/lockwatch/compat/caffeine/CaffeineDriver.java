package io.lockwatch.compat.caffeine;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.lockwatch.compat.drivers.Workers;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 6 threads hit a loading cache smaller than their key space (so it evicts all the time), an
 * asynchronous loading cache whose loads run on a pool, and a counter map updated with {@code
 * compute}. The values are functions of the keys, so the sums do not depend on the schedule.
 */
public final class CaffeineDriver {
  private static final int THREADS = 6;
  private static final int LOOKUPS = 20_000;

  private CaffeineDriver() {}

  /** Loads, evicts, counts, prints the sums. */
  public static void main(String[] args) throws Exception {
    ExecutorService loaders = Executors.newFixedThreadPool(3);
    try {
      AtomicLong loads = new AtomicLong();
      LoadingCache<Integer, Long> bounded =
          Caffeine.newBuilder()
              .maximumSize(256)
              .expireAfterAccess(Duration.ofMinutes(5))
              .recordStats()
              .build(
                  key -> {
                    loads.incrementAndGet();
                    return (long) key * key;
                  });
      AsyncLoadingCache<Integer, String> async =
          Caffeine.newBuilder()
              .maximumSize(128)
              .executor(loaders)
              .refreshAfterWrite(Duration.ofMinutes(5))
              .buildAsync(key -> "v" + key);
      ConcurrentMap<Integer, Long> counters =
          Caffeine.newBuilder().maximumSize(10_000).<Integer, Long>build().asMap();
      long[] sums = new long[THREADS];
      long[] lengths = new long[THREADS];
      Workers.run(
          "caffeine",
          THREADS,
          worker -> {
            Random random = new Random(worker);
            long sum = 0;
            long length = 0;
            for (int i = 0; i < LOOKUPS; i++) {
              int key = (int) Math.abs(random.nextGaussian() * 300);
              sum += bounded.get(key);
              if (i % 10 == 0) {
                length += async.get(key % 500).get(30, TimeUnit.SECONDS).length();
              }
              counters.compute(key % 50, (k, v) -> v == null ? 1 : v + 1);
              if (i % 2_000 == 0) {
                bounded.invalidate(key);
              }
            }
            sums[worker] = sum;
            lengths[worker] = length;
          });
      bounded.cleanUp();
      Workers.check(bounded.estimatedSize() <= 256, "bounded size " + bounded.estimatedSize());
      Workers.check(
          bounded.stats().loadCount() == loads.get(), "loads " + bounded.stats().loadCount());
      long total = 0;
      long chars = 0;
      for (int i = 0; i < THREADS; i++) {
        total += sums[i];
        chars += lengths[i];
      }
      long counted = counters.values().stream().mapToLong(Long::longValue).sum();
      System.out.printf(
          "CaffeineDriver: lookups=%d sum=%d asyncChars=%d counted=%d%n",
          THREADS * LOOKUPS, total, chars, counted);
    } finally {
      loaders.shutdown();
      loaders.awaitTermination(10, TimeUnit.SECONDS);
    }
    System.out.println("CaffeineDriver: ok");
  }
}
