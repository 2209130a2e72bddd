package io.lockwatch.agent.runtime;

/**
 * FastTrack's shadow state of one field of one object: the epoch of the last write, the last read
 * as an epoch (or a vector clock once reads are really concurrent), and enough about the last
 * accesses to explain a race: site, thread number and the locks held. Also the lockset for the
 * predictive mode, and, for a volatile field, its happens-before clock.
 */
public final class FieldShadow {
  /** Marks {@link #read} when the reads are kept in {@link #readClock}. */
  static final long READ_SHARED = -1L;

  // Plain, not volatile: a stale read only sends the same-epoch check down the slow path (an
  // epoch equal to this thread's current one can only have been written by this thread).
  long write;
  long read;
  int[] readClock;

  int writeSite;
  LockNode[] writeLocks;
  int readSite;
  int readTid = -1;
  LockNode[] readLocks;

  /** While reads are shared: each reader's last read site and locks, by thread number. */
  int[] readSites;

  LockNode[][] readLockSets;

  /** Eraser state for {@code races=predict}: see {@link Lockset}. */
  byte lockState;

  int ownerTid = -1;
  LockNode[] candidateLocks;

  /** Happens-before clock when the field is volatile. */
  SyncClock volatileClock;
}
