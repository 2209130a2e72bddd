package com.example;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each order in a task of a pool whose two workers started before any test, so that they inherit
 * no test: only the submission tells them which test they run.
 */
class PoolTest {
  private static ThreadPoolExecutor pool;

  @BeforeAll
  static void startThePool() {
    AtomicInteger workers = new AtomicInteger();
    pool =
        new ThreadPoolExecutor(
            2,
            2,
            0,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> new Thread(task, "broker-" + workers.incrementAndGet()));
    pool.prestartAllCoreThreads();
  }

  @AfterAll
  static void stopThePool() {
    pool.shutdownNow();
  }

  @ParameterizedTest
  @ValueSource(ints = 1)
  void trades_both_ways_in_pool_tasks(int lots) throws Exception {
    Exchange exchange = new Exchange();
    CountDownLatch bought = new CountDownLatch(1);
    CountDownLatch sold = new CountDownLatch(1);
    // the buying task keeps its worker (holding no lock) until the other worker has sold: one
    // after the other, the run never deadlocks, and the two orders are taken by two threads
    Future<?> buying =
        pool.submit(
            () -> {
              exchange.buy(lots);
              bought.countDown();
              sold.await();
              return null;
            });
    bought.await();
    Future<?> selling = pool.submit(() -> exchange.sell(lots));
    selling.get(10, TimeUnit.SECONDS);
    sold.countDown();
    buying.get(10, TimeUnit.SECONDS);
  }
}
