package io.lockwatch.agent.runtime.hb;

/**
 * The happens-before state of one synchronization object (a lock, a queue, a latch, a volatile
 * field...): what its releasers had seen. Release joins into it, acquire joins out of it, both
 * under its own monitor, which is private to the agent.
 *
 * <p>Objects that are not locks also carry the clock without lock edges, which the predictive
 * lockset mode uses to tell a hand-off (ownership moves) from sharing under a lock.
 */
public final class SyncClock {
  private final boolean lock;
  private int[] clock;
  private int[] clockWithoutLocks;

  /**
   * @param lock true for a lock or monitor, false for any other synchronization object
   */
  public SyncClock(boolean lock) {
    this.lock = lock;
  }

  /** The releasing thread's history flows into this object. */
  public void release(ThreadClock thread) {
    synchronized (this) {
      clock = clock == null ? thread.clock.clone() : VectorClock.join(clock, thread.clock);
      if (!lock) {
        clockWithoutLocks =
            clockWithoutLocks == null
                ? thread.clockWithoutLocks.clone()
                : VectorClock.join(clockWithoutLocks, thread.clockWithoutLocks);
      }
    }
    thread.tick();
  }

  /** The acquiring thread learns everything released here so far. */
  public void acquire(ThreadClock thread) {
    synchronized (this) {
      if (clock != null) {
        thread.clock = VectorClock.join(thread.clock, clock);
      }
      if (clockWithoutLocks != null) {
        thread.clockWithoutLocks = VectorClock.join(thread.clockWithoutLocks, clockWithoutLocks);
      }
    }
  }
}
