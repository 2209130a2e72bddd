package io.lockwatch.samples.lockclasses;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.StampedLock;

/**
 * The correct twin of {@link StampedConvertCycle}, at the size of a real program: 1,000
 * instruments, each with its own {@code StampedLock}, and 8 threads that reprice (read lock,
 * converted to a write lock in place, then the ledger monitor) and audit (the read-write view's
 * read lock, then the ledger) random instruments, 2,000 times each. Every thread takes an
 * instrument's lock before the ledger, so there is one lock order and no deadlock.
 *
 * <p>Lockwatch should follow the conversions and views (one lock each instrument, held in write
 * mode after a conversion) and report nothing.
 */
public final class StampedConvertOrdered {
  // @expect:none
  // @expect:summary(acquisitions>=20000,edges>=1)

  static final int INSTRUMENTS = 1_000;
  static final int THREADS = 8;
  static final int OPERATIONS = 2_000;
  static final Object LEDGER = new Object();
  private static long booked;

  /** A price behind its own stamped lock. */
  static final class Instrument {
    final StampedLock lock = new StampedLock();
    long price = 100;

    /** Reads, and upgrades to write only to change the price; books the change under the ledger. */
    void reprice(long delta) {
      long stamp = lock.readLock();
      try {
        long write = lock.tryConvertToWriteLock(stamp);
        if (write == 0L) {
          lock.unlockRead(stamp);
          write = lock.writeLock();
        }
        stamp = write;
        price += delta;
        synchronized (LEDGER) {
          booked++;
        }
      } finally {
        lock.unlockWrite(stamp);
      }
    }

    /** Reads the price through the read-write view, then checks the ledger: the same order. */
    long audit() {
      Lock reading = lock.asReadWriteLock().readLock();
      reading.lock();
      try {
        synchronized (LEDGER) {
          return price + booked;
        }
      } finally {
        reading.unlock();
      }
    }
  }

  private StampedConvertOrdered() {}

  public static void main(String[] args) throws InterruptedException {
    List<Instrument> instruments = new ArrayList<>();
    for (int i = 0; i < INSTRUMENTS; i++) {
      instruments.add(new Instrument());
    }
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      SplittableRandom random = new SplittableRandom(t);
      Thread thread =
          new Thread(
              () -> {
                long seen = 0;
                for (int i = 0; i < OPERATIONS; i++) {
                  Instrument instrument = instruments.get(random.nextInt(INSTRUMENTS));
                  if (random.nextBoolean()) {
                    instrument.reprice(1);
                  } else {
                    seen += instrument.audit();
                  }
                }
                if (seen < 0) {
                  System.out.println("never: prices only go up");
                }
              },
              "trader-" + t);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    synchronized (LEDGER) {
      System.out.println("StampedConvertOrdered: done, " + booked + " booked");
    }
  }
}
