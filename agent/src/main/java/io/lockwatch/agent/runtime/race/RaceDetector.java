package io.lockwatch.agent.runtime.race;

import io.lockwatch.agent.runtime.hb.SyncClock;
import io.lockwatch.agent.runtime.hb.ThreadClock;
import io.lockwatch.agent.runtime.hb.ThreadClocks;
import io.lockwatch.agent.runtime.hb.VectorClock;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.support.Frame;
import io.lockwatch.agent.runtime.support.StackCapture;
import java.util.List;

/**
 * Race detection on field accesses.
 *
 * <p>Default: FastTrack (Flanagan and Freund, PLDI 2009). A field races when two accesses, one a
 * write, from different threads are unordered by happens-before in this run. The last write is one
 * epoch; reads stay one epoch until they are really concurrent, then become a vector clock. An
 * access in the same epoch as the last one costs a volatile read and nothing else.
 *
 * <p>{@code races=predict} adds Eraser's {@link Lockset} state machine with ownership transfer
 * through happens-before that does not come from locks (the O'Callahan-Choi hybrid): a field shared
 * by threads whose candidate lockset becomes empty after a write is reported as predicted ({@code
 * observedRace: false}) even if this run happened to order its accesses through some lock.
 */
public final class RaceDetector {
  private final ShadowTable shadows = new ShadowTable();
  private final RaceRecords races;
  private final StackCapture stacks;
  private final boolean predict;

  /**
   * @param races where the first race of each field goes
   * @param stacks captures the stack of the later access
   * @param predict whether the predictive lockset mode is on
   */
  public RaceDetector(RaceRecords races, StackCapture stacks, boolean predict) {
    this.races = races;
    this.stacks = stacks;
    this.predict = predict;
  }

  /** A volatile write (release, before it) or read (acquire, after it). */
  public void volatileAccess(ThreadAccesses thread, Object owner, int field, boolean write) {
    FieldShadow shadow = shadows.shadowFor(thread, owner, field);
    SyncClock clock = shadow.volatileClock;
    if (clock == null) {
      synchronized (shadow) {
        if (shadow.volatileClock == null) {
          shadow.volatileClock = new SyncClock(false);
        }
        clock = shadow.volatileClock;
      }
    }
    if (write) {
      clock.release(thread.clock);
    } else {
      clock.acquire(thread.clock);
    }
  }

  /** One field access by the calling thread. */
  public void access(ThreadAccesses thread, Object owner, int field, int site, boolean write) {
    thread.fieldAccesses++;
    if (thread.classInitialisers > 0) {
      return; // initialisation writes are published by class initialisation itself
    }
    FieldShadow shadow = shadows.shadowFor(thread, owner, field);
    long epoch = thread.clock.epoch();
    if (shadow.write == epoch || (!write && shadow.read == epoch)) {
      return; // same epoch: nothing new to learn
    }
    if (thread.held.depth() == 0) {
      synchronized (shadow) {
        update(thread, owner, field, site, write, shadow, epoch);
      }
    } else {
      // Under a lock the accesses that matter are already serialised by it, so the shadow needs
      // no monitor of its own (which would make every guarded access a second lock operation).
      // Accesses under different locks may interleave their updates: that can lose an epoch
      // (missing a race) or blur which access a report names, never invent a race.
      update(thread, owner, field, site, write, shadow, epoch);
    }
  }

  private void update(
      ThreadAccesses thread,
      Object owner,
      int field,
      int site,
      boolean write,
      FieldShadow shadow,
      long epoch) {
    if (predict && Lockset.unguardedAfter(thread, shadow, write)) { // reads the previous accesses
      predicted(thread, owner, field, site, write, shadow);
    }
    if (write) {
      onWrite(thread, owner, field, site, shadow, epoch);
    } else {
      onRead(thread, owner, field, site, shadow, epoch);
    }
  }

  private void onRead(
      ThreadAccesses t, Object owner, int field, int site, FieldShadow s, long epoch) {
    ThreadClock clock = t.clock;
    long w = s.write;
    if (w != 0 && !clock.knows(w)) {
      race(
          t,
          owner,
          field,
          site,
          false,
          VectorClock.tidOf(w),
          true,
          s.writeSite,
          s.writeLocks,
          true);
    }
    SharedReads shared = s.sharedReads;
    if (shared == null) {
      long r = s.read;
      if (r == 0 || clock.knows(r)) {
        s.read = epoch;
      } else {
        // reads become concurrent: keep each reader's clock, site and locks
        shared = new SharedReads(Math.max(VectorClock.tidOf(r), clock.tid()) + 1);
        shared.remember(VectorClock.tidOf(r), VectorClock.clockOf(r), s.readSite, s.readLocks);
        s.sharedReads = shared;
      }
    }
    if (shared != null) {
      shared.remember(clock.tid(), clock.time(), site, t.lockSet());
    }
    s.readSite = site;
    s.readTid = clock.tid();
    s.readLocks = t.lockSet();
  }

  private void onWrite(
      ThreadAccesses t, Object owner, int field, int site, FieldShadow s, long epoch) {
    ThreadClock clock = t.clock;
    long w = s.write;
    long r = s.read;
    SharedReads shared = s.sharedReads;
    if (w != 0 && !clock.knows(w)) {
      race(
          t, owner, field, site, true, VectorClock.tidOf(w), true, s.writeSite, s.writeLocks, true);
    } else if (shared != null) {
      int reader = shared.unorderedReader(clock.vector());
      if (reader >= 0) {
        race(
            t,
            owner,
            field,
            site,
            true,
            reader,
            false,
            shared.siteOf(reader),
            shared.locksOf(reader),
            true);
      }
    } else if (r != 0 && !clock.knows(r)) {
      race(t, owner, field, site, true, VectorClock.tidOf(r), false, s.readSite, s.readLocks, true);
    }
    s.write = epoch;
    s.writeSite = site;
    s.writeLocks = t.lockSet();
    if (shared != null) {
      s.sharedReads = null;
      s.read = 0; // every read was checked against this write
    }
  }

  /** The lockset says the field is unguarded: report the other side of the last access. */
  private void predicted(
      ThreadAccesses t, Object owner, int field, int site, boolean write, FieldShadow s) {
    if (races.reported(field)) {
      return;
    }
    int tid = t.clock.tid();
    boolean otherWasWrite = s.writeSite != 0 && VectorClock.tidOf(s.write) != tid;
    int otherTid = otherWasWrite ? VectorClock.tidOf(s.write) : s.readTid;
    int otherSite = otherWasWrite ? s.writeSite : s.readSite;
    LockNode[] otherLocks = otherWasWrite ? s.writeLocks : s.readLocks;
    if (otherTid != tid && otherSite != 0) {
      race(t, owner, field, site, write, otherTid, otherWasWrite, otherSite, otherLocks, false);
    }
  }

  private void race(
      ThreadAccesses t,
      Object owner,
      int field,
      int site,
      boolean write,
      int otherTid,
      boolean otherWrite,
      int otherSite,
      LockNode[] otherLocks,
      boolean observed) {
    if (observed ? races.reportedObserved(field) : races.reported(field)) {
      return;
    }
    List<Frame> stack = stacks.capture();
    RaceRecords.Access earlier =
        new RaceRecords.Access(
            ThreadClocks.nameOf(otherTid),
            otherWrite,
            otherSite,
            otherLocks == null ? new LockNode[0] : otherLocks,
            null);
    RaceRecords.Access later =
        new RaceRecords.Access(Thread.currentThread().getName(), write, site, t.lockSet(), stack);
    String type = owner == null ? null : owner.getClass().getName();
    races.record(new RaceRecords.Race(field, type, earlier, later, observed));
  }
}
