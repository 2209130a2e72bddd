package io.lockwatch.samples.lockorder;

import static io.lockwatch.samples.SampleThreads.runAlone;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * {@link ReadLockCycle} plus writers on both locks, which turns the harmless read-lock cycle into a
 * real hazard: {@code reader-1} holds {@code PRICES} for reading and asks for {@code RATES}; {@code
 * reader-2} holds {@code RATES} and asks for {@code PRICES}. {@code ReentrantReadWriteLock} makes a
 * new reader wait behind a queued writer, so if one writer queues on {@code RATES} and another on
 * {@code PRICES} in between, each reader waits behind a writer that waits for the other reader.
 * (With a writer on only one of the two locks, one reader always gets through: no deadlock, and
 * Lockwatch stays silent; see DeadlockAnalysisTest.)
 *
 * <p>Lockwatch should report exactly one lock-order cycle, {@code kind} {@code read-write}, {@code
 * severity} {@code medium}, whose edges are the two readers' marked lines.
 */
public final class ReadLockCycleWithWriter {
  // @expect:cycle(kind=read-write,severity=medium,lockKind=read-write-lock,
  //     lockType=java.util.concurrent.locks.ReentrantReadWriteLock)
  // @expect:summary(acquisitions>=5)
  static final ReentrantReadWriteLock PRICES = new ReentrantReadWriteLock();
  static final ReentrantReadWriteLock RATES = new ReentrantReadWriteLock();

  private static double price = 12.5;
  private static double rate = 1.1;

  private ReadLockCycleWithWriter() {}

  public static void main(String[] args) throws InterruptedException {
    double[] quotes = new double[2];
    runAlone("reader-1", () -> quotes[0] = pricesThenRates());
    runAlone("reader-2", () -> quotes[1] = ratesThenPrices());
    runAlone("writer", ReadLockCycleWithWriter::updatePrice);
    runAlone("rate-writer", ReadLockCycleWithWriter::updateRate);
    System.out.println("ReadLockCycleWithWriter: done, quotes " + quotes[0] + " and " + quotes[1]);
  }

  private static double pricesThenRates() {
    PRICES.readLock().lock(); // @expect:cycle-held(thread=reader-1,lock=PRICES)
    try {
      RATES.readLock().lock(); // @expect:cycle-acquired(thread=reader-1,mode=read,lock=RATES)
      try {
        return price * rate;
      } finally {
        RATES.readLock().unlock();
      }
    } finally {
      PRICES.readLock().unlock();
    }
  }

  private static double ratesThenPrices() {
    RATES.readLock().lock(); // @expect:cycle-held(thread=reader-2)
    try {
      PRICES.readLock().lock(); // @expect:cycle-acquired(thread=reader-2,mode=read)
      try {
        return price * rate;
      } finally {
        PRICES.readLock().unlock();
      }
    } finally {
      RATES.readLock().unlock();
    }
  }

  /** One writer: takes the write lock of PRICES alone, holding nothing else. */
  private static void updatePrice() {
    PRICES.writeLock().lock(); // @site:writer
    try {
      price = 13.0;
    } finally {
      PRICES.writeLock().unlock();
    }
  }

  /** The other writer: takes the write lock of RATES alone. */
  private static void updateRate() {
    RATES.writeLock().lock();
    try {
      rate = 1.2;
    } finally {
      RATES.writeLock().unlock();
    }
  }
}
