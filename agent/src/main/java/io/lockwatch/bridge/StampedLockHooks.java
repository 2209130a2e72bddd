package io.lockwatch.bridge;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.StampedLock;

/**
 * {@code StampedLock}: its write and read locks are reported like a read-write lock's halves (the
 * share is or-ed into the mode), conversions as the release of one mode and the acquisition of the
 * other, and an optimistic read as a section that {@code validate} ends. Calls through its {@code
 * asReadLock()}/{@code asWriteLock()} views are {@code Lock} calls and go through {@link
 * LockHooks}. Each hook hands back the stamp and exceptions of the real call unchanged.
 */
public final class StampedLockHooks {
  private static final int READ = EventSink.SHARE_READ;
  private static final int WRITE = EventSink.SHARE_WRITE;

  private StampedLockHooks() {}

  /** {@code lock.writeLock()}. */
  public static long writeLock(StampedLock lock, int site) {
    return lock(lock, site, WRITE);
  }

  /** {@code lock.writeLockInterruptibly()}. */
  public static long writeLockInterruptibly(StampedLock lock, int site)
      throws InterruptedException {
    return lockInterruptibly(lock, site, WRITE);
  }

  /** {@code lock.tryWriteLock()}: never waits. */
  public static long tryWriteLock(StampedLock lock, int site) {
    return acquiredIfStamped(lock, lock.tryWriteLock(), site, EventSink.MODE_TRY | WRITE);
  }

  /** {@code lock.tryWriteLock(time, unit)}. */
  public static long tryWriteLock(StampedLock lock, long time, TimeUnit unit, int site)
      throws InterruptedException {
    return tryLock(lock, time, unit, site, WRITE);
  }

  /** {@code lock.readLock()}. */
  public static long readLock(StampedLock lock, int site) {
    return lock(lock, site, READ);
  }

  /** {@code lock.readLockInterruptibly()}. */
  public static long readLockInterruptibly(StampedLock lock, int site) throws InterruptedException {
    return lockInterruptibly(lock, site, READ);
  }

  /** {@code lock.tryReadLock()}: never waits. */
  public static long tryReadLock(StampedLock lock, int site) {
    return acquiredIfStamped(lock, lock.tryReadLock(), site, EventSink.MODE_TRY | READ);
  }

  /** {@code lock.tryReadLock(time, unit)}. */
  public static long tryReadLock(StampedLock lock, long time, TimeUnit unit, int site)
      throws InterruptedException {
    return tryLock(lock, time, unit, site, READ);
  }

  // The write and read halves share these bodies; share is a constant at each call, so the JIT
  // folds the choice of the real call.

  private static long lock(StampedLock lock, int site, int share) {
    int mode = EventSink.MODE_BLOCKING | share;
    Hooks.lockRequested(lock, site, mode);
    long stamp = share == WRITE ? lock.writeLock() : lock.readLock();
    Hooks.lockAcquired(lock, site, mode);
    return stamp;
  }

  private static long lockInterruptibly(StampedLock lock, int site, int share)
      throws InterruptedException {
    int mode = EventSink.MODE_BLOCKING | share;
    Hooks.lockRequested(lock, site, mode);
    long stamp = share == WRITE ? lock.writeLockInterruptibly() : lock.readLockInterruptibly();
    Hooks.lockAcquired(lock, site, mode);
    return stamp;
  }

  private static long tryLock(StampedLock lock, long time, TimeUnit unit, int site, int share)
      throws InterruptedException {
    int mode = EventSink.MODE_TIMED | share;
    Hooks.lockRequested(lock, site, mode);
    long stamp = share == WRITE ? lock.tryWriteLock(time, unit) : lock.tryReadLock(time, unit);
    return acquiredIfStamped(lock, stamp, site, mode);
  }

  /** Reports the acquisition when {@code stamp} is one (not 0, a failed try); returns it. */
  private static long acquiredIfStamped(StampedLock lock, long stamp, int site, int mode) {
    if (stamp != 0L) {
      Hooks.lockAcquired(lock, site, mode);
    }
    return stamp;
  }

  /** {@code lock.unlockWrite(stamp)}. */
  public static void unlockWrite(StampedLock lock, long stamp, int site) {
    release(lock, stamp, site, WRITE);
  }

  /** {@code lock.unlockRead(stamp)}. */
  public static void unlockRead(StampedLock lock, long stamp, int site) {
    release(lock, stamp, site, READ);
  }

  /** {@code lock.unlock(stamp)}: the stamp says which mode it releases. */
  public static void unlock(StampedLock lock, long stamp, int site) {
    release(lock, stamp, site, shareOf(stamp));
  }

  /** {@code lock.tryUnlockWrite()}: releases the write lock, whoever holds it. */
  public static boolean tryUnlockWrite(StampedLock lock, int site) {
    boolean released = lock.tryUnlockWrite();
    if (released) {
      Hooks.lockReleased(lock, site, WRITE);
    }
    return released;
  }

  /** {@code lock.tryUnlockRead()}: releases one read hold, whoever holds it. */
  public static boolean tryUnlockRead(StampedLock lock, int site) {
    boolean released = lock.tryUnlockRead();
    if (released) {
      Hooks.lockReleased(lock, site, READ);
    }
    return released;
  }

  /**
   * {@code lock.tryOptimisticRead()} opens an optimistic-read section, even with a zero stamp (the
   * lock is write-locked): what is read under it fails {@code validate} and is thrown away too.
   */
  public static long tryOptimisticRead(StampedLock lock, int site) {
    long stamp = lock.tryOptimisticRead();
    Hooks.optimisticRead(lock, site);
    return stamp;
  }

  /** {@code lock.validate(stamp)}: ends the optimistic-read section. */
  public static boolean validate(StampedLock lock, long stamp, int site) {
    boolean valid = lock.validate(stamp);
    Hooks.optimisticReadEnded(lock, site);
    return valid;
  }

  /**
   * {@code lock.tryConvertToWriteLock(stamp)}: from a read stamp, the read hold is given up for the
   * write lock; from an optimistic stamp, the write lock is taken and the section ends. It never
   * waits.
   */
  public static long tryConvertToWriteLock(StampedLock lock, long stamp, int site) {
    long converted = lock.tryConvertToWriteLock(stamp);
    if (converted != 0L && !StampedLock.isWriteLockStamp(stamp)) {
      if (StampedLock.isReadLockStamp(stamp)) {
        Hooks.lockReleased(lock, site, READ);
      } else {
        Hooks.optimisticReadEnded(lock, site);
      }
      Hooks.lockAcquired(lock, site, EventSink.MODE_TRY | WRITE);
    }
    return converted;
  }

  /**
   * {@code lock.tryConvertToReadLock(stamp)}: from a write stamp, a downgrade (the read hold is
   * taken before the write lock goes); from an optimistic stamp, a read hold and the section ends.
   */
  public static long tryConvertToReadLock(StampedLock lock, long stamp, int site) {
    long converted = lock.tryConvertToReadLock(stamp);
    if (converted != 0L && !StampedLock.isReadLockStamp(stamp)) {
      boolean fromWrite = StampedLock.isWriteLockStamp(stamp);
      if (!fromWrite) {
        Hooks.optimisticReadEnded(lock, site);
      }
      Hooks.lockAcquired(lock, site, EventSink.MODE_TRY | READ);
      if (fromWrite) {
        Hooks.lockReleased(lock, site, WRITE);
      }
    }
    return converted;
  }

  /**
   * {@code lock.tryConvertToOptimisticRead(stamp)}: a held mode is released and an optimistic-read
   * section begins.
   */
  public static long tryConvertToOptimisticRead(StampedLock lock, long stamp, int site) {
    long converted = lock.tryConvertToOptimisticRead(stamp);
    if (converted != 0L) {
      if (StampedLock.isLockStamp(stamp)) {
        Hooks.lockReleased(lock, site, shareOf(stamp));
      }
      Hooks.optimisticRead(lock, site);
    }
    return converted;
  }

  /** Reports a release of a valid stamp before it happens, as {@link LockHooks#unlock} does. */
  private static void release(StampedLock lock, long stamp, int site, int share) {
    boolean valid =
        share == WRITE
            ? StampedLock.isWriteLockStamp(stamp)
            : share == READ && StampedLock.isReadLockStamp(stamp);
    if (valid && Hooks.reportReleaseFirst()) {
      Hooks.lockReleased(lock, site, share);
      invokeRelease(lock, stamp, share);
      return;
    }
    invokeRelease(lock, stamp, share); // an invalid stamp throws here, and nothing was released
    if (valid) {
      Hooks.lockReleased(lock, site, share);
    }
  }

  private static void invokeRelease(StampedLock lock, long stamp, int share) {
    if (share == WRITE) {
      lock.unlockWrite(stamp);
    } else if (share == READ) {
      lock.unlockRead(stamp);
    } else {
      lock.unlock(stamp); // not a lock stamp: throws IllegalMonitorStateException as it should
    }
  }

  private static int shareOf(long stamp) {
    if (StampedLock.isWriteLockStamp(stamp)) {
      return WRITE;
    }
    return StampedLock.isReadLockStamp(stamp) ? READ : 0;
  }
}
