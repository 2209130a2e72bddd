package io.lockwatch.agent.runtime.race;

import io.lockwatch.agent.runtime.hb.VectorClock;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import java.util.Arrays;

/**
 * Eraser's lockset state machine with ownership transfer, for {@code races=predict} (the
 * O'Callahan-Choi hybrid): a field stays exclusive to one thread as long as each new owner's access
 * comes after the last one through non-lock happens-before (start, join, volatile, hand-offs); once
 * really shared, the locks held at every access are intersected: for a read every lock held, for a
 * write only those held in a mode that excludes other writers (a read lock protects no write:
 * Eraser's read-write rule). A field shared, written and left with no common lock may race in
 * another run, whatever this one's timing.
 */
final class Lockset {
  static final byte VIRGIN = 0;
  static final byte EXCLUSIVE = 1;
  static final byte SHARED = 2;
  static final byte SHARED_MODIFIED = 3;

  private Lockset() {}

  /**
   * Moves the field's lockset state on by this access (to be called before the access updates the
   * shadow, whose previous accesses it reads); true when the field is now shared, written, and
   * guarded by no common lock.
   */
  static boolean unguardedAfter(ThreadAccesses t, FieldShadow s, boolean write) {
    LockNode[] held = write ? t.writeLockSet() : t.lockSet();
    int tid = t.clock.tid();
    switch (s.lockState) {
      case VIRGIN -> {
        s.lockState = EXCLUSIVE;
        s.ownerTid = tid;
      }
      case EXCLUSIVE -> {
        if (s.ownerTid != tid) {
          long last = lastAccessOf(s, s.ownerTid);
          if (last != 0 && t.clock.knowsWithoutLocks(last)) {
            s.ownerTid = tid; // handed over without a lock: still exclusive
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
    return s.lockState == SHARED_MODIFIED && s.candidateLocks.length == 0;
  }

  private static LockNode[] lastAccessLocks(FieldShadow s, int tid) {
    long w = s.write();
    boolean lastWasWrite = w != 0 && VectorClock.tidOf(w) == tid && lastAccessOf(s, tid) == w;
    LockNode[] locks = lastWasWrite ? s.writeExclusiveLocks : s.readLocks;
    return locks == null ? new LockNode[0] : locks;
  }

  private static long lastAccessOf(FieldShadow s, int tid) {
    long w = s.write();
    long r = s.lastRead;
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
    return result == null ? candidates : Arrays.copyOf(result, kept);
  }
}
