package io.lockwatch.engine.deadlock;

/** What sort of lock a lock (or lock class) is: it decides which rules apply to it. */
public enum LockKind {
  /** A {@code synchronized} monitor. */
  MONITOR,
  /** A {@code java.util.concurrent.locks.Lock} that is not a read-write lock. */
  LOCK,
  /** A {@code ReentrantReadWriteLock}: both halves are one lock. */
  READ_WRITE,
  /** A {@code StampedLock}, its stamps and its three views. */
  STAMPED,
  /** A {@code Semaphore}: a resource of a number of permits. */
  SEMAPHORE
}
