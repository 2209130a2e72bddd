package io.lockwatch.bridge;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code Semaphore} acquires and releases: each replaces the application's call, reports around it,
 * and hands back its result and exceptions unchanged.
 */
public final class SemaphoreHooks {
  private SemaphoreHooks() {}

  /** {@code semaphore.acquire()}. */
  public static void acquire(Semaphore semaphore, int site) throws InterruptedException {
    Hooks.before(semaphore, SyncOp.SEMAPHORE_ACQUIRE, site);
    boolean done = false;
    try {
      semaphore.acquire();
      done = true;
    } finally {
      Hooks.after(semaphore, SyncOp.SEMAPHORE_ACQUIRE, site, done);
    }
  }

  /** {@code semaphore.acquire(permits)}. */
  public static void acquire(Semaphore semaphore, int permits, int site)
      throws InterruptedException {
    Hooks.before(semaphore, SyncOp.SEMAPHORE_ACQUIRE, site);
    boolean done = false;
    try {
      semaphore.acquire(permits);
      done = true;
    } finally {
      Hooks.after(semaphore, SyncOp.SEMAPHORE_ACQUIRE, site, done);
    }
  }

  /** {@code semaphore.acquireUninterruptibly()}. */
  public static void acquireUninterruptibly(Semaphore semaphore, int site) {
    Hooks.before(semaphore, SyncOp.SEMAPHORE_ACQUIRE, site);
    try {
      semaphore.acquireUninterruptibly();
    } finally {
      Hooks.after(semaphore, SyncOp.SEMAPHORE_ACQUIRE, site, true);
    }
  }

  /** {@code semaphore.acquireUninterruptibly(permits)}. */
  public static void acquireUninterruptibly(Semaphore semaphore, int permits, int site) {
    Hooks.before(semaphore, SyncOp.SEMAPHORE_ACQUIRE, site);
    try {
      semaphore.acquireUninterruptibly(permits);
    } finally {
      Hooks.after(semaphore, SyncOp.SEMAPHORE_ACQUIRE, site, true);
    }
  }

  /** {@code semaphore.tryAcquire()}: never blocks, so reported only after. */
  public static boolean tryAcquire(Semaphore semaphore, int site) {
    boolean acquired = semaphore.tryAcquire();
    Hooks.after(semaphore, SyncOp.SEMAPHORE_TRY_ACQUIRE, site, acquired);
    return acquired;
  }

  /** {@code semaphore.tryAcquire(permits)}: never blocks, so reported only after. */
  public static boolean tryAcquire(Semaphore semaphore, int permits, int site) {
    boolean acquired = semaphore.tryAcquire(permits);
    Hooks.after(semaphore, SyncOp.SEMAPHORE_TRY_ACQUIRE, site, acquired);
    return acquired;
  }

  /** {@code semaphore.tryAcquire(timeout, unit)}. */
  public static boolean tryAcquire(Semaphore semaphore, long timeout, TimeUnit unit, int site)
      throws InterruptedException {
    Hooks.before(semaphore, SyncOp.SEMAPHORE_TIMED_ACQUIRE, site);
    boolean acquired = false;
    try {
      acquired = semaphore.tryAcquire(timeout, unit);
      return acquired;
    } finally {
      Hooks.after(semaphore, SyncOp.SEMAPHORE_TIMED_ACQUIRE, site, acquired);
    }
  }

  /** {@code semaphore.tryAcquire(permits, timeout, unit)}. */
  public static boolean tryAcquire(
      Semaphore semaphore, int permits, long timeout, TimeUnit unit, int site)
      throws InterruptedException {
    Hooks.before(semaphore, SyncOp.SEMAPHORE_TIMED_ACQUIRE, site);
    boolean acquired = false;
    try {
      acquired = semaphore.tryAcquire(permits, timeout, unit);
      return acquired;
    } finally {
      Hooks.after(semaphore, SyncOp.SEMAPHORE_TIMED_ACQUIRE, site, acquired);
    }
  }

  /** {@code semaphore.release()}. */
  public static void release(Semaphore semaphore, int site) {
    Hooks.action(semaphore, SyncOp.SEMAPHORE_RELEASE, site, null);
    semaphore.release();
  }

  /** {@code semaphore.release(permits)}. */
  public static void release(Semaphore semaphore, int permits, int site) {
    Hooks.action(semaphore, SyncOp.SEMAPHORE_RELEASE, site, null);
    semaphore.release(permits);
  }
}
