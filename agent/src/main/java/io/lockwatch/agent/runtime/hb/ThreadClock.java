package io.lockwatch.agent.runtime.hb;

/**
 * One thread's part of happens-before: its number in vector clocks and its vector clock
 * (FastTrack's C_t), plus the same clock without the edges locks create (hand-offs only, for the
 * predictive lockset mode). Written by its thread only; {@link ThreadClocks} makes one per thread.
 */
public final class ThreadClock {
  final int tid;
  int[] clock;
  int[] clockWithoutLocks;

  ThreadClock(int tid) {
    this.tid = tid;
    clock = new int[tid + 1];
    clock[tid] = 1;
    clockWithoutLocks = clock.clone();
  }

  /** This thread's number in vector clocks. */
  public int tid() {
    return tid;
  }

  /** This thread's own entry of its clock. */
  public int time() {
    return clock[tid];
  }

  /** This thread's current epoch. */
  public long epoch() {
    return VectorClock.epoch(tid, clock[tid]);
  }

  /** The clock itself, not a copy: only its own thread may use it. */
  public int[] vector() {
    return clock;
  }

  /** True when the event of {@code epoch} happened before this thread's present. */
  public boolean knows(long epoch) {
    return VectorClock.leq(epoch, clock);
  }

  /** The same, counting only happens-before that did not come from locks. */
  public boolean knowsWithoutLocks(long epoch) {
    return VectorClock.leq(epoch, clockWithoutLocks);
  }

  /** A copy of the clock, to hand to another thread. */
  int[] snapshot() {
    return clock.clone();
  }

  /** Advances this thread's own clock entry (after a release). */
  void tick() {
    clock[tid]++;
    clockWithoutLocks[tid] = clock[tid];
  }

  /** Joins a clock that came through non-lock happens-before (creation, start, join). */
  void inherit(int[] other) {
    clock = VectorClock.join(clock, other);
    clockWithoutLocks = VectorClock.join(clockWithoutLocks, other);
  }
}
