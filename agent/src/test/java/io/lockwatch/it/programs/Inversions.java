package io.lockwatch.it.programs;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Two threads that take two locks in opposite orders, once each, at moments that almost never
 * overlap: alpha at once, beta {@code 300 ms} later, each holding both for a moment. A plain run
 * never deadlocks; steered, it does.
 *
 * <p>Arguments: the kind of lock ({@code monitors}, {@code locks}, {@code semaphores}, {@code
 * read-write}, or {@code upgrade}: each thread tries, with a timeout, to upgrade its read lock of
 * one table), the schedule ({@code concurrent}: both threads run at once; {@code joined}: beta
 * starts only after alpha was joined, so the two orders can never meet; {@code one-thread}: main
 * takes both orders itself, one after the other, as two tests on one thread do) and, optionally,
 * {@code gated}: both threads take a common gate lock first, which makes the inversion harmless.
 */
public final class Inversions {
  private static final Object A = new Object();
  private static final Object B = new Object();
  private static final ReentrantLock LOCK_A = new ReentrantLock();
  private static final ReentrantLock LOCK_B = new ReentrantLock();
  private static final Semaphore PERMIT_A = new Semaphore(1);
  private static final Semaphore PERMIT_B = new Semaphore(1);
  private static final ReentrantReadWriteLock TABLE_A = new ReentrantReadWriteLock();
  private static final ReentrantReadWriteLock TABLE_B = new ReentrantReadWriteLock();
  private static final Object GATE = new Object();
  private static int work;

  private Inversions() {}

  public static void main(String[] args) throws Exception {
    String kind = args[0];
    boolean joined = args[1].equals("joined");
    boolean gated = args.length > 2 && args[2].equals("gated");
    if (args[1].equals("one-thread")) {
      step(kind, true, gated);
      step(kind, false, gated);
      System.out.println("done " + work);
      return;
    }
    Thread alpha = new Thread(() -> step(kind, true, gated), "alpha");
    Thread beta =
        new Thread(
            () -> {
              pause(300);
              step(kind, false, gated);
            },
            "beta");
    alpha.start();
    if (joined) {
      alpha.join();
    }
    beta.start();
    alpha.join();
    beta.join();
    System.out.println("done " + work);
  }

  private static void step(String kind, boolean forward, boolean gated) {
    if (gated) {
      synchronized (GATE) {
        inverted(kind, forward);
      }
    } else {
      inverted(kind, forward);
    }
  }

  private static void inverted(String kind, boolean forward) {
    try {
      switch (kind) {
        case "monitors" -> {
          if (forward) {
            monitorsForward();
          } else {
            monitorsBackward();
          }
        }
        case "locks" -> locks(forward ? LOCK_A : LOCK_B, forward ? LOCK_B : LOCK_A);
        case "semaphores" ->
            semaphores(forward ? PERMIT_A : PERMIT_B, forward ? PERMIT_B : PERMIT_A);
        case "read-write" -> readWrite(forward ? TABLE_A : TABLE_B, forward ? TABLE_B : TABLE_A);
        case "upgrade" -> upgrade(TABLE_A);
        default -> throw new IllegalArgumentException(kind);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void monitorsForward() {
    synchronized (A) {
      synchronized (B) {
        work++;
      }
    }
  }

  private static void monitorsBackward() {
    synchronized (B) {
      synchronized (A) {
        work++;
      }
    }
  }

  private static void locks(ReentrantLock first, ReentrantLock second) {
    first.lock();
    try {
      second.lock();
      try {
        work++;
      } finally {
        second.unlock();
      }
    } finally {
      first.unlock();
    }
  }

  private static void semaphores(Semaphore first, Semaphore second) throws InterruptedException {
    first.acquire();
    try {
      second.acquire();
      try {
        work++;
      } finally {
        second.release();
      }
    } finally {
      first.release();
    }
  }

  /** The write lock of one table, then the read lock of the other: a writer blocks the reader. */
  private static void readWrite(ReentrantReadWriteLock first, ReentrantReadWriteLock second) {
    first.writeLock().lock();
    try {
      second.readLock().lock();
      try {
        work++;
      } finally {
        second.readLock().unlock();
      }
    } finally {
      first.writeLock().unlock();
    }
  }

  /**
   * The read lock, then a timed try for the write lock, which never succeeds: the reader is one.
   */
  private static void upgrade(ReentrantReadWriteLock table) throws InterruptedException {
    table.readLock().lock();
    try {
      if (table.writeLock().tryLock(50, TimeUnit.MILLISECONDS)) {
        work++;
        table.writeLock().unlock();
      }
    } finally {
      table.readLock().unlock();
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
