package io.lockwatch.agent.runtime;

import io.lockwatch.report.model.Site;
import java.util.List;

/**
 * Race detection on field accesses.
 *
 * <p>Default: FastTrack (Flanagan and Freund, PLDI 2009). A field races when two accesses, one a
 * write, from different threads are unordered by happens-before in this run. The last write is one
 * epoch; reads stay one epoch until they are really concurrent, then become a vector clock. An
 * access in the same epoch as the last one costs a volatile read and nothing else.
 *
 * <p>{@code races=predict} adds Eraser's lockset state machine with ownership transfer through
 * happens-before that does not come from locks (the O'Callahan-Choi hybrid): a field shared by
 * threads whose candidate lockset becomes empty after a write is reported as predicted ({@code
 * observedRace: false}) even if this run happened to order its accesses through some lock.
 */
public final class RaceDetector {
  static final byte VIRGIN = 0;
  static final byte EXCLUSIVE = 1;
  static final byte SHARED = 2;
  static final byte SHARED_MODIFIED = 3;

  private final ShadowTable shadows;
  private final RaceRecords races;
  private final StackCapture stacks;
  private final boolean predict;

  public RaceDetector(ShadowTable shadows, RaceRecords races, StackCapture stacks, boolean predict) {
    this.shadows = shadows;
    this.races = races;
    this.stacks = stacks;
    this.predict = predict;
  }

  /** Whether the predictive lockset mode is on. */
  public boolean predicts() {
    return predict;
  }

  /** A volatile write (release, before it) or read (acquire, after it). */
  void volatileAccess(ThreadState thread, Object owner, int field, boolean write) {
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
      clock.release(thread);
    } else {
      clock.acquire(thread);
    }
  }

  /** One field access by the calling thread. */
  void access(ThreadState thread, Object owner, int field, int site, boolean write) {
    FieldShadow shadow = shadows.shadowFor(thread, owner, field);
    long epoch = thread.epoch();
    if (shadow.write == epoch || (!write && shadow.read == epoch)) {
      return; // same epoch: nothing new to learn
    }
    if (thread.held.depth == 0) {
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
      ThreadState thread, Object owner, int field, int site, boolean write, FieldShadow shadow, long epoch) {
    if (predict) {
      lockset(thread, owner, field, site, write, shadow); // reads the previous accesses: first
    }
    if (write) {
      onWrite(thread, owner, field, site, shadow, epoch);
    } else {
      onRead(thread, owner, field, site, shadow, epoch);
    }
  }

  private void onRead(ThreadState t, Object owner, int field, int site, FieldShadow s, long epoch) {
    long w = s.write;
    if (w != 0 && !VectorClock.leq(w, t.clock)) {
      race(t, owner, field, site, false, VectorClock.tidOf(w), true, s.writeSite, s.writeLocks, true);
    }
    SharedReads shared = s.sharedReads;
    if (shared == null) {
      long r = s.read;
      if (r == 0 || VectorClock.leq(r, t.clock)) {
        s.read = epoch;
      } else {
        // reads become concurrent: keep each reader's clock, site and locks
        shared = new SharedReads(Math.max(VectorClock.tidOf(r), t.tid) + 1);
        shared.remember(VectorClock.tidOf(r), VectorClock.clockOf(r), s.readSite, s.readLocks);
        s.sharedReads = shared;
      }
    }
    if (shared != null) {
      shared.remember(t.tid, t.clock[t.tid], site, t.lockSet());
    }
    s.readSite = site;
    s.readTid = t.tid;
    s.readLocks = t.lockSet();
  }

  private void onWrite(ThreadState t, Object owner, int field, int site, FieldShadow s, long epoch) {
    long w = s.write;
    long r = s.read;
    SharedReads shared = s.sharedReads;
    if (w != 0 && !VectorClock.leq(w, t.clock)) {
      race(t, owner, field, site, true, VectorClock.tidOf(w), true, s.writeSite, s.writeLocks, true);
    } else if (shared != null) {
      int reader = shared.unorderedReader(t.clock);
      if (reader >= 0) {
        race(t, owner, field, site, true, reader, false, shared.siteOf(reader), shared.locksOf(reader), true);
      }
    } else if (r != 0 && !VectorClock.leq(r, t.clock)) {
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

  /**
   * Eraser with ownership transfer: a field stays exclusive to one thread as long as each new
   * owner's access comes after the last one through non-lock happens-before (start, join,
   * volatile, hand-offs); once really shared, the locks held at every access are intersected.
   */
  private void lockset(ThreadState t, Object owner, int field, int site, boolean write, FieldShadow s) {
    LockNode[] held = t.lockSet();
    switch (s.lockState) {
      case VIRGIN -> {
        s.lockState = EXCLUSIVE;
        s.ownerTid = t.tid;
      }
      case EXCLUSIVE -> {
        if (s.ownerTid != t.tid) {
          long last = lastAccessOf(s, s.ownerTid);
          if (last != 0 && VectorClock.leq(last, t.clockWithoutLocks)) {
            s.ownerTid = t.tid; // handed over without a lock: still exclusive
          } else {
            // Shared from now on: the candidates are the locks both the owner's last access and
            // this one held (Eraser starts from this access alone and needs a third to notice).
            s.candidateLocks = intersect(lastAccessLocks(s, s.ownerTid), held);
            s.lockState = write ? SHARED_MODIFIED : SHARED;
          }
        }
      }
      default -> {
        s.candidateLocks = intersect(s.candidateLocks, held);
        if (write) {
          s.lockState = SHARED_MODIFIED;
        }
      }
    }
    if (s.lockState == SHARED_MODIFIED
        && s.candidateLocks.length == 0
        && !races.reported(field)) {
      boolean otherWasWrite = s.writeSite != 0 && VectorClock.tidOf(s.write) != t.tid;
      int otherTid = otherWasWrite ? VectorClock.tidOf(s.write) : s.readTid;
      int otherSite = otherWasWrite ? s.writeSite : s.readSite;
      LockNode[] otherLocks = otherWasWrite ? s.writeLocks : s.readLocks;
      if (otherTid != t.tid && otherSite != 0) {
        race(t, owner, field, site, write, otherTid, otherWasWrite, otherSite, otherLocks, false);
      }
    }
  }

  private static LockNode[] lastAccessLocks(FieldShadow s, int tid) {
    long w = s.write;
    boolean lastWasWrite =
        w != 0 && VectorClock.tidOf(w) == tid && (s.readTid != tid || lastAccessOf(s, tid) == w);
    LockNode[] locks = lastWasWrite ? s.writeLocks : s.readLocks;
    return locks == null ? new LockNode[0] : locks;
  }

  private static long lastAccessOf(FieldShadow s, int tid) {
    long w = s.write;
    long r = s.read;
    long last = 0;
    if (w != 0 && VectorClock.tidOf(w) == tid) {
      last = w;
    }
    if (r != 0 && VectorClock.tidOf(r) == tid && r > last) {
      last = r;
    }
    return last;
  }

  private static LockNode[] intersect(LockNode[] candidates, LockNode[] held) {
    if (candidates == null) {
      return held;
    }
    int kept = 0;
    LockNode[] result = null;
    for (int i = 0; i < candidates.length; i++) {
      boolean found = false;
      for (LockNode h : held) {
        if (h == candidates[i]) {
          found = true;
          break;
        }
      }
      if (found) {
        if (result != null) {
          result[kept] = candidates[i];
        }
        kept++;
      } else if (result == null) {
        result = new LockNode[candidates.length];
        System.arraycopy(candidates, 0, result, 0, i);
      }
    }
    return result == null ? candidates : java.util.Arrays.copyOf(result, kept);
  }

  private void race(
      ThreadState t,
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
    List<Site> stack = stacks.capture();
    RaceRecords.Access earlier =
        new RaceRecords.Access(
            ThreadRegistry.nameOf(otherTid), otherWrite, otherSite, otherLocks == null ? new LockNode[0] : otherLocks, null);
    RaceRecords.Access later =
        new RaceRecords.Access(Thread.currentThread().getName(), write, site, t.lockSet(), stack);
    String type = owner == null ? null : owner.getClass().getName();
    races.record(new RaceRecords.Race(field, type, earlier, later, observed));
  }
}
