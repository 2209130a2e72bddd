package io.lockwatch.compat.drivers;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.ListeningExecutorService;
import com.google.common.util.concurrent.MoreExecutors;
import com.google.common.util.concurrent.RateLimiter;
import com.google.common.util.concurrent.Striped;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;

/**
 * Guava's concurrency: a {@link LoadingCache} small enough to evict, hit by several threads; a
 * {@link Striped} set of locks guarding counters, single stripes and pairs taken with {@code
 * bulkGet} (which orders them); a {@link RateLimiter}; and a {@link ListeningExecutorService} whose
 * futures are transformed, combined and called back.
 */
public final class GuavaDriver {
  private static final int THREADS = 4;

  private GuavaDriver() {}

  public static void main(String[] args) throws Exception {
    cache();
    striped();
    rateLimiter();
    futures();
    System.out.println("GuavaDriver: ok");
  }

  private static void cache() {
    AtomicLong loads = new AtomicLong();
    LoadingCache<Integer, String> cache =
        CacheBuilder.newBuilder()
            .maximumSize(64)
            .concurrencyLevel(4)
            .expireAfterAccess(10, TimeUnit.MINUTES)
            .build(
                CacheLoader.from(
                    key -> {
                      loads.incrementAndGet();
                      return "value-" + (long) key * key;
                    }));
    long[] sums = new long[THREADS];
    Workers.run(
        "guava-cache",
        THREADS,
        worker -> {
          Random random = new Random(worker);
          long sum = 0;
          for (int i = 0; i < 8_000; i++) {
            int key = random.nextInt(200);
            String value = cache.getUnchecked(key);
            Workers.check(value.equals("value-" + (long) key * key), "cached value of " + key);
            sum += value.length();
            if (i % 1_000 == 0) {
              cache.invalidate(key);
            }
          }
          sums[worker] = sum;
        });
    long total = 0;
    for (long sum : sums) {
      total += sum;
    }
    cache.cleanUp();
    Workers.check(cache.size() <= 64, "cache size " + cache.size());
    Workers.check(loads.get() >= 200 - 64, "loads " + loads.get());
    System.out.printf("GuavaDriver: cache lookups=%d valueChars=%d%n", THREADS * 8_000, total);
  }

  private static void striped() {
    Striped<Lock> stripes = Striped.lock(16);
    long[] counters = new long[64];
    Workers.run(
        "guava-striped",
        THREADS,
        worker -> {
          Random random = new Random(100 + worker);
          for (int i = 0; i < 3_000; i++) {
            int a = random.nextInt(counters.length);
            if (i % 4 == 0) {
              // Two counters at once: bulkGet hands the stripes back in a fixed order.
              int b = random.nextInt(counters.length);
              List<Lock> both = new ArrayList<>();
              stripes.bulkGet(List.of(a, b)).forEach(both::add);
              for (Lock lock : both) {
                lock.lock();
              }
              try {
                counters[a]++;
                if (b != a) {
                  counters[b]++;
                } else {
                  counters[a]++;
                }
              } finally {
                for (int k = both.size() - 1; k >= 0; k--) {
                  both.get(k).unlock();
                }
              }
            } else {
              // Each counter is always guarded by the stripe of its own index.
              Lock lock = stripes.get(a);
              lock.lock();
              try {
                counters[a]++;
              } finally {
                lock.unlock();
              }
            }
          }
        });
    long total = 0;
    for (long counter : counters) {
      total += counter;
    }
    System.out.printf("GuavaDriver: striped increments=%d%n", total);
  }

  private static void rateLimiter() {
    RateLimiter limiter = RateLimiter.create(4_000);
    AtomicLong permits = new AtomicLong();
    Workers.run(
        "guava-limiter",
        THREADS,
        worker -> {
          for (int i = 0; i < 250; i++) {
            limiter.acquire();
            permits.incrementAndGet();
            if (i % 50 == 0) {
              limiter.tryAcquire(2, 1, TimeUnit.MILLISECONDS);
            }
          }
        });
    System.out.printf("GuavaDriver: rate-limited permits=%d%n", permits.get());
  }

  private static void futures() throws Exception {
    ListeningExecutorService pool =
        MoreExecutors.listeningDecorator(Executors.newFixedThreadPool(THREADS));
    try {
      List<ListenableFuture<Long>> squares = new ArrayList<>();
      AtomicLong callbacks = new AtomicLong();
      for (int i = 0; i < 400; i++) {
        long n = i;
        ListenableFuture<Long> square = pool.submit(() -> n * n);
        ListenableFuture<Long> plusOne =
            Futures.transform(square, value -> value + 1, MoreExecutors.directExecutor());
        Futures.addCallback(
            plusOne,
            new FutureCallback<Long>() {
              @Override
              public void onSuccess(Long result) {
                callbacks.incrementAndGet();
              }

              @Override
              public void onFailure(Throwable t) {
                t.printStackTrace();
              }
            },
            pool);
        squares.add(plusOne);
      }
      ListenableFuture<List<Long>> all = Futures.allAsList(squares);
      ListenableFuture<Long> sum =
          Futures.transformAsync(
              all,
              values -> pool.submit(() -> values.stream().mapToLong(Long::longValue).sum()),
              pool);
      long total = sum.get(30, TimeUnit.SECONDS);
      long waited = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (callbacks.get() < 400 && System.nanoTime() < waited) {
        Thread.sleep(1);
      }
      System.out.printf("GuavaDriver: futures sum=%d callbacks=%d%n", total, callbacks.get());
    } finally {
      pool.shutdown();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }
}
