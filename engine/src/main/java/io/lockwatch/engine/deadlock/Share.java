package io.lockwatch.engine.deadlock;

/** How an acquisition holds its lock. */
public enum Share {
  /** Alone: a monitor, a plain lock, a semaphore permit. */
  EXCLUSIVE,
  /** The read half of a read-write or stamped lock: shared with other readers. */
  READ,
  /** The write half of a read-write or stamped lock. */
  WRITE
}
