package io.lockwatch.agent.runtime.hb;

import io.lockwatch.agent.runtime.lockorder.LockNode;

/**
 * One critical section on a weak lock (a monitor or a plain lock), for WCP: which thread held the
 * lock, when it acquired it, and, once it has released it, its happens-before clock at the release.
 * Field shadows point at the sections that last touched them (WCP's rule (a)); the lock's {@link
 * SectionLog} keeps the recent ones for rule (b).
 */
public final class CriticalSection {
  final LockNode lock;

  /** The {@link ThreadClock#serial} of the thread that held the lock. */
  final long owner;

  /** The epoch of the acquisition (the thread's first epoch inside the section). */
  final long acquired;

  /** Whether {@code thread} held the lock in this section. */
  public boolean heldBy(ThreadClock thread) {
    return owner == thread.serial;
  }

  /** Whether this section and {@code other} were held by the same thread. */
  public boolean sameOwner(CriticalSection other) {
    return owner == other.owner;
  }

  /** The epoch of the release this acquisition followed (its lock's last one), for reports. */
  final long after;

  /** Its number in its lock's {@link SectionLog}, once closed. */
  long seq;

  /** The acquisition epoch of its owner's next section on the lock; 0 while there is none. */
  long nextAcquired;

  /**
   * The happens-before clock at the release but for its owner's own entry, which {@link
   * #releasedAt} gives; null while the section is open. A copy its owner may share between sections
   * (its clock changed only in its own entry between them): never written. Plain: only the lock's
   * later holders read it, and the lock orders them after the release.
   */
  private long[] released;

  /** The epoch of the release: with {@link #released}, the whole clock at the release. */
  private long releasedAt;

  CriticalSection(LockNode lock, long owner, long acquired, long after) {
    this.lock = lock;
    this.owner = owner;
    this.acquired = acquired;
    this.after = after;
  }

  /** The lock this section held. */
  public LockNode lock() {
    return lock;
  }

  /** The epoch of the release this section's acquisition followed, 0 if none. */
  public long after() {
    return after;
  }

  /** Whether the section was released. */
  boolean closed() {
    return released != null;
  }

  /** {@code thread} learns, in its WCP clock, the happens-before clock at the release. */
  void teach(ThreadClock thread) {
    thread.learnWcp(released, releasedAt);
  }

  /**
   * Whether {@code thread} (not the owner) knows the release already: its WCP clock covers the
   * release's epoch, and a clock that covers an epoch covers the whole clock published with it
   * (every clock learned is a published one, and a release publishes at the end of its epoch), so
   * {@link #teach} would add nothing. A read of the learner's own clock: no mark on the section,
   * which its owner's thread may be using.
   */
  boolean knownBy(ThreadClock thread) {
    return thread.knowsWcp(releasedAt);
  }

  /**
   * Closes the section: {@code clockAtRelease}, the owner's clock but perhaps for its own entry,
   * with {@code epoch}, the release's epoch, is the happens-before clock at the release.
   */
  void close(long[] clockAtRelease, long epoch) {
    releasedAt = epoch;
    released = clockAtRelease;
  }
}
