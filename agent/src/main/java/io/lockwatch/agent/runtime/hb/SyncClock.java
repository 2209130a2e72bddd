package io.lockwatch.agent.runtime.hb;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The happens-before state of one synchronization object (a lock, a queue, a volatile field, a key
 * of a concurrent map...): what its releasers had seen. Release joins into it, acquire joins out of
 * it. Neither takes a monitor: a release raises the shared clock entry by entry with compare-and-
 * set (entries only ever grow), an acquire reads it without writing, and only growing the array for
 * a new thread number takes this object's private monitor. So a volatile flag polled by many
 * threads, or an atomic counter, costs them no agent lock.
 *
 * <p>Most acquisitions learn nothing new: a thread polls a flag nobody wrote since, or takes back a
 * lock it released itself. {@code last} makes those a few reads: the epoch of the last release,
 * positive when that release alone summarises the clock (the releaser knew everything released here
 * before), negative when it does not. A thread that knows a summarising release knows the whole
 * clock, so it skips the join.
 *
 * <p>Objects that are not locks also carry the clock without lock edges, which the predictive
 * lockset mode uses to tell a hand-off (ownership moves) from sharing under a lock.
 */
public final class SyncClock {
  private static final VarHandle LAST;

  static {
    try {
      LAST = MethodHandles.lookup().findVarHandle(SyncClock.class, "last", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final boolean lock;
  private volatile long[] clock;
  private volatile long[] clockWithoutLocks;

  /** The last release's epoch; negative when it does not summarise the clock; 0 before any. */
  @SuppressWarnings("unused") // through LAST
  private volatile long last;

  /**
   * @param lock true for a lock or monitor, false for any other synchronization object
   */
  public SyncClock(boolean lock) {
    this.lock = lock;
  }

  /** The releasing thread's history flows into this object. */
  public void release(ThreadClock thread) {
    long previous = last;
    boolean summarises = raise(thread.clock, false);
    if (!lock && thread.withoutLocks()) {
      summarises &= raise(thread.clockWithoutLocks, true);
    }
    long epoch = thread.epoch();
    if (!LAST.compareAndSet(this, previous, summarises ? epoch : -epoch)) {
      last = -epoch; // another release ran meanwhile: neither summarises
    }
    thread.tick();
  }

  /** The acquiring thread learns everything released here so far. */
  public void acquire(ThreadClock thread) {
    long released = last;
    if (released == 0
        || (released > 0
            && thread.knows(released)
            && (lock || thread.knowsWithoutLocks(released)))) {
      return;
    }
    thread.clock = VectorClock.joinShared(thread.clock, clock);
    long[] withoutLocks = clockWithoutLocks;
    if (withoutLocks != null && thread.withoutLocks()) {
      thread.clockWithoutLocks = VectorClock.joinShared(thread.clockWithoutLocks, withoutLocks);
    }
  }

  /** Raises one of the two clocks to {@code mine}; true when {@code mine} knew all of it. */
  private boolean raise(long[] mine, boolean withoutLocks) {
    while (true) {
      long[] shared = withoutLocks ? clockWithoutLocks : clock;
      if (shared == null || shared.length < mine.length) {
        shared = grow(mine.length, withoutLocks);
      }
      boolean dominated = VectorClock.raiseShared(shared, mine);
      if ((withoutLocks ? clockWithoutLocks : clock) == shared) {
        return dominated;
      }
      // grown meanwhile: the copy may have missed what this pass wrote, so write it again
    }
  }

  private synchronized long[] grow(int length, boolean withoutLocks) {
    long[] shared = withoutLocks ? clockWithoutLocks : clock;
    if (shared != null && shared.length >= length) {
      return shared;
    }
    long[] grown = shared == null ? new long[length] : VectorClock.copyShared(shared, length);
    if (withoutLocks) {
      clockWithoutLocks = grown;
    } else {
      clock = grown;
    }
    return grown;
  }
}
