package io.lockwatch.engine.deadlock.rule;

import io.lockwatch.engine.deadlock.LockKind;

/** What the rules need to know of the locks a chain's ids name (classes or objects). */
public interface LockFacts {
  /** The lock's kind. */
  LockKind kind(int lock);

  /** A semaphore's permits, or -1 when unknown or not a semaphore. */
  int permits(int lock);

  /** True when some thread write-locked this read-write lock. */
  boolean writeLocked(int lock);

  /** True when this semaphore is a signal (released by threads that held no permit). */
  boolean signal(int lock);
}
