package io.lockwatch.agent.runtime;

import io.lockwatch.agent.runtime.confirm.Steering;
import io.lockwatch.agent.runtime.hb.HappensBefore;
import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.lockorder.LockKeys;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.LockOrderRecorder;
import io.lockwatch.agent.runtime.race.RaceDetector;

/** The events of {@code java.util.concurrent} locks, stamped locks' optimistic reads included. */
final class LockEvents {
  private final HookEntry entry;
  private final LockOrderRecorder order;

  /** Null outside confirm mode. */
  private final Steering steering;

  /** Null when race detection is off. */
  private final HappensBefore happensBefore;

  /** Null when race detection is off. */
  private final RaceDetector races;

  LockEvents(
      AgentContext context, HookEntry entry, HappensBefore happensBefore, RaceDetector races) {
    this.entry = entry;
    this.order = context.lockOrderRecorder();
    this.steering = context.steering();
    this.happensBefore = happensBefore;
    this.races = races;
  }

  private ThreadState enter() {
    return entry.enter();
  }

  private void failed(String hook, Throwable failure) {
    entry.failed(hook, failure);
  }

  void lockCreated(Object lock, int site) {
    if (lock == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      order.lockCreated(state.locks, lock);
    } catch (Throwable failure) {
      failed("lockCreated", failure);
    } finally {
      state.busy = false;
    }
  }

  void lockRequested(Object lock, int site, int mode) {
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      if (steering != null) {
        steering.requesting(state.locks.held(), state.threadId, site);
      }
      order.lockRequested(state.locks, lock, site, mode);
    } catch (Throwable failure) {
      failed("lockRequested", failure);
    } finally {
      state.busy = false;
    }
  }

  void lockAcquired(Object lock, int site, int mode) {
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      if (state.optimisticReads.open()) {
        state.optimisticReads.abandoned(races, state.accesses());
      }
      LockNode node = order.lockAcquired(state.locks, lock, site, mode);
      if (happensBefore != null) {
        boolean reader = LockKeys.shareOf(lock, mode) == HeldLocks.READ;
        happensBefore.acquired(state.clock(), node, reader);
      }
    } catch (Throwable failure) {
      failed("lockAcquired", failure);
    } finally {
      state.busy = false;
    }
  }

  void lockReleased(Object lock, int site, int share) {
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      Object key = LockKeys.keyOf(lock);
      HeldLocks held = state.locks.held();
      LockNode node = held.nodeOf(key);
      if (node == null) {
        return; // not held: unlock() is about to throw IllegalMonitorStateException, nothing is
        // released
      }
      byte released = LockKeys.shareOf(lock, share);
      if (happensBefore != null) {
        happensBefore.releasing(state.clock(), node, released == HeldLocks.READ);
      }
      held.removeLock(key, released);
    } catch (Throwable failure) {
      failed("lockReleased", failure);
    } finally {
      state.busy = false;
    }
  }

  void optimisticRead(Object lock, int site) {
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      if (state.optimisticReads.open()) {
        state.optimisticReads.abandoned(races, state.accesses());
      }
      state.optimisticReads.begin();
      if (happensBefore != null) {
        // the stamp is a read of the lock's state: it sees every write released before it
        happensBefore.acquired(state.clock(), order.nodeOf(state.locks, lock, site), true);
      }
    } catch (Throwable failure) {
      failed("optimisticRead", failure);
    } finally {
      state.busy = false;
    }
  }

  void optimisticReadEnded(Object lock, int site) {
    ThreadState state = ThreadState.current();
    if (state.optimisticReads.open()) {
      state.optimisticReads.validated();
    }
  }
}
