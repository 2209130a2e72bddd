package io.lockwatch.samples.lockorder;

import static io.lockwatch.samples.SampleThreads.runAlone;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Opposite lock orders on read locks only: {@code reader-1} read-locks {@code PRICES} then {@code
 * RATES}, {@code reader-2} read-locks {@code RATES} then {@code PRICES}. Read locks are shared, and
 * nobody ever takes a write lock, so no thread can ever wait for another here.
 *
 * <p>Lockwatch should remove the read-only cycle with its read-lock filter (counted in {@code
 * summary.cyclesFiltered.readOnly}) and report no lock-order cycle. {@link ReadLockCycleWithWriter}
 * is the same program plus one writer, which makes the cycle real.
 */
public final class ReadLockCycle {
  // @expect:none
  // @expect:filtered(by=readOnly)
  // @expect:summary(acquisitions>=4,edges>=2)
  static final ReentrantReadWriteLock PRICES = new ReentrantReadWriteLock();
  static final ReentrantReadWriteLock RATES = new ReentrantReadWriteLock();

  private static final double PRICE = 12.5;
  private static final double RATE = 1.1;

  private ReadLockCycle() {}

  public static void main(String[] args) throws InterruptedException {
    double[] quotes = new double[2];
    runAlone("reader-1", () -> quotes[0] = pricesThenRates());
    runAlone("reader-2", () -> quotes[1] = ratesThenPrices());
    System.out.println("ReadLockCycle: done, quotes " + quotes[0] + " and " + quotes[1]);
  }

  private static double pricesThenRates() {
    PRICES.readLock().lock(); // @site:r1-outer
    try {
      RATES.readLock().lock(); // @site:r1-inner
      try {
        return PRICE * RATE;
      } finally {
        RATES.readLock().unlock();
      }
    } finally {
      PRICES.readLock().unlock();
    }
  }

  private static double ratesThenPrices() {
    RATES.readLock().lock(); // @site:r2-outer
    try {
      PRICES.readLock().lock(); // @site:r2-inner
      try {
        return PRICE * RATE;
      } finally {
        PRICES.readLock().unlock();
      }
    } finally {
      RATES.readLock().unlock();
    }
  }
}
