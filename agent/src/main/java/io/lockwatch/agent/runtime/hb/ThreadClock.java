package io.lockwatch.agent.runtime.hb;

import java.util.Arrays;

/**
 * One thread's part of happens-before: its number in vector clocks and its vector clock
 * (FastTrack's C_t), plus, in the predictive lockset mode only, the same clock without the edges
 * locks create (hand-offs only; null otherwise). Written by its thread only; {@link ThreadClocks}
 * makes one per thread and gives its number back when the thread has ended.
 */
public final class ThreadClock {
  int tid;
  long[] clock;
  long[] clockWithoutLocks;

  /** This thread's current epoch, kept beside the clock: every field access compares with it. */
  private long epoch;

  /** Set once its number was given back (after the thread ended); guarded by ThreadClocks. */
  boolean ended;

  /** Whether the thread left its current epoch in some shadow (see {@link ThreadSlots}). */
  private boolean accessedSinceTick;

  /** A clock of thread {@code tid} that knows nothing but its own first moment (for tests). */
  ThreadClock(int tid) {
    this(tid, first(tid), first(tid));
  }

  /** Whether this clock also keeps the hand-off-only clock (the predictive mode). */
  boolean withoutLocks() {
    return clockWithoutLocks != null;
  }

  private static long[] first(int tid) {
    long[] clock = new long[tid + 1];
    clock[tid] = 1;
    return clock;
  }

  ThreadClock(int tid, long[] clock, long[] clockWithoutLocks) {
    this.tid = tid;
    this.clock = clock;
    this.clockWithoutLocks = clockWithoutLocks;
    this.epoch = VectorClock.epoch(tid, clock[tid]);
  }

  /** This thread's number in vector clocks. */
  public int tid() {
    return tid;
  }

  /** This thread's own entry of its clock. */
  public long time() {
    return clock[tid];
  }

  /** This thread's current epoch. */
  public long epoch() {
    return epoch;
  }

  /** The clock itself, not a copy: only its own thread may use it. */
  public long[] vector() {
    return clock;
  }

  /** True when the event of {@code epoch} happened before this thread's present. */
  public boolean knows(long epoch) {
    return VectorClock.leq(epoch, clock);
  }

  /** The same, counting only happens-before that did not come from locks (predictive mode). */
  public boolean knowsWithoutLocks(long epoch) {
    return clockWithoutLocks != null && VectorClock.leq(epoch, clockWithoutLocks);
  }

  /** The thread recorded an access at its current epoch. */
  public void accessed() {
    accessedSinceTick = true;
  }

  /** Whether the thread recorded an access since its last release. */
  boolean accessedSinceTick() {
    return accessedSinceTick;
  }

  /** A copy of the clock, to hand to another thread. */
  long[] snapshot() {
    return clock.clone();
  }

  /** The clock of a thread that has ended, not copied: nothing changes it any more. */
  long[] finalClock() {
    return clock;
  }

  /**
   * Advances this thread's own clock entry (after a release). A thread whose time would pass what
   * an epoch can hold takes a new thread number instead: its old number is never handed out again,
   * so every epoch stays unique and no comparison ever sees a clock run backwards.
   */
  void tick() {
    long next = clock[tid] + 1;
    if (next > VectorClock.MAX_TIME) {
      ThreadClocks.renumber(this);
      return;
    }
    clock[tid] = next;
    if (clockWithoutLocks != null) {
      clockWithoutLocks[tid] = next;
    }
    epoch = VectorClock.epoch(tid, next);
    accessedSinceTick = false;
  }

  /** Starts over under number {@code newTid} at {@code time} (see {@link #tick()}). */
  void moveTo(int newTid, long time) {
    if (clock.length <= newTid) {
      clock = Arrays.copyOf(clock, newTid + 1);
      if (clockWithoutLocks != null) {
        clockWithoutLocks = Arrays.copyOf(clockWithoutLocks, newTid + 1);
      }
    }
    tid = newTid;
    clock[newTid] = Math.max(clock[newTid], time);
    if (clockWithoutLocks != null) {
      clockWithoutLocks[newTid] = clock[newTid];
    }
    epoch = VectorClock.epoch(newTid, clock[newTid]);
  }

  /** Joins a clock that came through non-lock happens-before (creation, start, join). */
  void inherit(long[] other) {
    clock = VectorClock.join(clock, other);
    if (clockWithoutLocks != null) {
      clockWithoutLocks = VectorClock.join(clockWithoutLocks, other);
    }
    epoch = VectorClock.epoch(tid, clock[tid]);
  }
}
