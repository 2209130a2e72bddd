package io.lockwatch.agent.runtime.race;

import io.lockwatch.agent.runtime.hb.SyncClock;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * FastTrack's shadow state of one field of one object (or one array element): the epoch of the last
 * write, the last read as an epoch (or a vector clock once reads are really concurrent), and enough
 * about the last accesses to explain a race: site, epoch and the locks held. Also, in the
 * predictive mode, what the critical sections on each lock last did to it (WCP's rule (a), {@link
 * ConflictingSections}), and, for a volatile field, its happens-before clock.
 *
 * <p>The two epochs are read and written through {@link #WRITE} and {@link #READ} in opaque mode:
 * accesses under different locks update one shadow without a common monitor (see {@link
 * RaceDetector}), and a {@code long} read plainly may tear (JLS 17.7); opaque access never tears
 * and costs the same as a plain one on 64-bit hardware.
 */
final class FieldShadow {
  static final VarHandle WRITE;
  static final VarHandle READ;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      WRITE = lookup.findVarHandle(FieldShadow.class, "write", long.class);
      READ = lookup.findVarHandle(FieldShadow.class, "read", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Epoch of the last write; 0 before any. Through {@link #WRITE}. */
  long write;

  /** Epoch of the last read while reads are ordered; 0 while none, or once they are shared. */
  long read;

  int writeSite;
  LockSet writeLocks;

  int readSite;

  /** Epoch of the last read, whether or not reads are shared (for reports). */
  long lastRead;

  LockSet readLocks;

  /** Non-null while reads are really concurrent: the read vector clock (FastTrack's R as a VC). */
  SharedReads sharedReads;

  /** Per weak lock, its last sections that touched this field ({@code races=predict}). */
  volatile LockedAccess[] locked;

  /** Happens-before clock when the field is volatile. */
  SyncClock volatileClock;

  /**
   * Whether an access at {@code epoch} has nothing new to tell: the last write, the last read, or
   * (reads being shared) this thread's last read is already that epoch (FastTrack's same-epoch
   * rules). Read without the monitor; a stale answer is false, never a wrong true.
   */
  boolean knows(long epoch, boolean write) {
    if (write() == epoch) {
      return true;
    }
    if (write) {
      return false;
    }
    if (read() == epoch) {
      return true;
    }
    SharedReads shared = sharedReads;
    return shared != null && shared.has(epoch);
  }

  long write() {
    return (long) WRITE.getOpaque(this);
  }

  long read() {
    return (long) READ.getOpaque(this);
  }

  void write(long epoch) {
    WRITE.setOpaque(this, epoch);
  }

  void read(long epoch) {
    READ.setOpaque(this, epoch);
  }

  /** A copy with the same history (array elements that stop sharing one shadow, see below). */
  FieldShadow copy() {
    return new FieldShadow().assign(this);
  }

  /**
   * Makes this shadow a copy of {@code from}'s history and returns it (an array chunk reuses its
   * shadows from sweep to sweep, see {@link ArrayShadows}); a volatile clock is not history.
   */
  FieldShadow assign(FieldShadow from) {
    write(from.write());
    read(from.read());
    writeSite = from.writeSite;
    writeLocks = from.writeLocks;
    readSite = from.readSite;
    lastRead = from.lastRead;
    readLocks = from.readLocks;
    SharedReads shared = from.sharedReads;
    sharedReads = shared == null ? null : shared.copy();
    LockedAccess[] slots = from.locked;
    LockedAccess[] copies = null;
    if (slots != null) {
      copies = new LockedAccess[slots.length];
      for (int i = 0; i < slots.length; i++) {
        copies[i] = slots[i].copy();
      }
    }
    locked = copies;
    return this;
  }
}
