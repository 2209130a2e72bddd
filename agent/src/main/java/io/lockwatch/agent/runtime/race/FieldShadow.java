package io.lockwatch.agent.runtime.race;

import io.lockwatch.agent.runtime.hb.SyncClock;
import io.lockwatch.agent.runtime.lockorder.LockNode;

/**
 * FastTrack's shadow state of one field of one object: the epoch of the last write, the last read
 * as an epoch (or a vector clock once reads are really concurrent), and enough about the last
 * accesses to explain a race: site, thread number and the locks held. Also the lockset for the
 * predictive mode, and, for a volatile field, its happens-before clock.
 */
final class FieldShadow {
  // Plain, not volatile: a stale read only sends the same-epoch check down the slow path (an
  // epoch equal to this thread's current one can only have been written by this thread).
  long write;
  long read;

  int writeSite;
  LockNode[] writeLocks;
  int readSite;
  int readTid = -1;
  LockNode[] readLocks;

  /** Non-null while reads are really concurrent: the read vector clock (FastTrack's R as a VC). */
  SharedReads sharedReads;

  /** Eraser state for {@code races=predict}: see {@link Lockset}. */
  byte lockState;

  int ownerTid = -1;
  LockNode[] candidateLocks;

  /** Happens-before clock when the field is volatile. */
  SyncClock volatileClock;
}
