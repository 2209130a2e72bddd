package io.lockwatch.bridge;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * Acquisitions and releases of locks: monitors ({@code monitorenter}/{@code monitorexit}, {@code
 * synchronized} methods) and {@code java.util.concurrent.locks.Lock}.
 *
 * <p>The monitor hooks only report: the instrumentation calls them next to the instruction. The
 * {@code Lock} hooks replace the application's own call: a call that may wait is announced first
 * (so a thread stuck in it has its lock order recorded), then the real method runs, then the
 * acquisition is reported; the application sees exactly the same results and exceptions.
 */
public final class LockHooks {
  private LockHooks() {}

  /** Just before a {@code monitorenter} on {@code monitor}. */
  public static void monitorEnter(Object monitor, int site) {
    Hooks.monitorEnter(monitor, site);
  }

  /** Just before a {@code monitorexit} on {@code monitor}. */
  public static void monitorExit(Object monitor, int site) {
    Hooks.monitorExit(monitor, site);
  }

  /** First thing in a {@code synchronized} method, whose monitor the JVM has just acquired. */
  public static void syncMethodEnter(Object monitor, int site) {
    Hooks.syncMethodEnter(monitor, site);
  }

  /** Before a {@code synchronized} method returns or throws. */
  public static void syncMethodExit(int site) {
    Hooks.syncMethodExit(site);
  }

  /**
   * Just after a lock was constructed ({@code new ReentrantLock()} in application code, or the end
   * of the constructor of an application's own {@code Lock} class).
   */
  public static void created(Object lock, int site) {
    Hooks.lockCreated(lock, site);
  }

  /** {@code lock.lock()}. */
  public static void lock(Lock lock, int site) {
    Hooks.lockRequested(lock, site, EventSink.MODE_BLOCKING);
    lock.lock();
    Hooks.lockAcquired(lock, site, EventSink.MODE_BLOCKING);
  }

  /** {@code lock.lockInterruptibly()}. */
  public static void lockInterruptibly(Lock lock, int site) throws InterruptedException {
    Hooks.lockRequested(lock, site, EventSink.MODE_BLOCKING);
    lock.lockInterruptibly();
    Hooks.lockAcquired(lock, site, EventSink.MODE_BLOCKING);
  }

  /** {@code lock.tryLock()}. */
  public static boolean tryLock(Lock lock, int site) {
    boolean locked = lock.tryLock();
    if (locked) {
      Hooks.lockAcquired(lock, site, EventSink.MODE_TRY);
    }
    return locked;
  }

  /** {@code lock.tryLock(time, unit)}. */
  public static boolean tryLock(Lock lock, long time, TimeUnit unit, int site)
      throws InterruptedException {
    Hooks.lockRequested(lock, site, EventSink.MODE_TIMED);
    boolean locked = lock.tryLock(time, unit);
    if (locked) {
      Hooks.lockAcquired(lock, site, EventSink.MODE_TIMED);
    }
    return locked;
  }

  /** {@code lock.unlock()}, reported before or after as the agent asked (see {@link Hooks}). */
  public static void unlock(Lock lock, int site) {
    if (Hooks.reportReleaseFirst()) {
      Hooks.lockReleased(lock, site);
      lock.unlock();
    } else {
      lock.unlock();
      Hooks.lockReleased(lock, site);
    }
  }
}
