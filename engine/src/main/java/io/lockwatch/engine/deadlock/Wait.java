package io.lockwatch.engine.deadlock;

/** How an acquisition waits for its lock, which decides whether it can be stuck in a cycle. */
public enum Wait {
  /** Waits as long as it takes: can be stuck forever. */
  BLOCKING,
  /** {@code tryLock(timeout)} and the like: stalls until the timeout, then gives up. */
  TIMED,
  /** {@code tryLock()}: returns at once, so it can never wait in a cycle. */
  TRY,
  /**
   * The very first acquisition of a lock object: no thread had ever taken it, so nobody could hold
   * it and the acquisition could not block (a lock created and taken before it is shared).
   */
  FIRST
}
