package io.lockwatch.agent.runtime;

import io.lockwatch.agent.runtime.hb.HappensBefore;
import io.lockwatch.agent.runtime.jdk.BinLocks;
import io.lockwatch.agent.runtime.jdk.SharedStates;
import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.lockorder.LockKeys;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.LockOrderRecorder;
import io.lockwatch.agent.runtime.race.RaceDetector;
import io.lockwatch.agent.runtime.support.AgentErrors;
import io.lockwatch.bridge.EventSink;
import io.lockwatch.bridge.JdkSink;
import io.lockwatch.bridge.SyncOp;

/**
 * The agent's side of the JDK hooks: locks the JDK takes on the application's behalf go to lock
 * order like the application's own (and, for monitors the application can take too, to
 * happens-before), and the application's calls on JDK objects that are not thread-safe go to the
 * race detector as accesses of the object's state.
 *
 * <p>Like {@link AgentEventSink}, every event runs under the thread's re-entrancy flag and every
 * failure is counted and swallowed.
 */
public final class JdkEventSink extends JdkSink {
  private final LockOrderRecorder order;
  private final BinLocks bins;
  private final AgentErrors errors;

  /** Null when race detection is off. */
  private final HappensBefore happensBefore;

  /** Null when race detection is off. */
  private final RaceDetector races;

  /** Null when race detection is off. */
  private final SharedStates states;

  /** Dispatches into the stores of {@code context}. */
  public JdkEventSink(AgentContext context) {
    this.order =
        new LockOrderRecorder(
            context.sites(),
            context.locks(),
            context.lockOrder(),
            context.counters(),
            context.stacks());
    this.bins = new BinLocks(context.locks());
    this.errors = context.errors();
    boolean racesOn = context.settings().races();
    this.happensBefore = racesOn ? new HappensBefore(context.locks(), context.lockClocks()) : null;
    this.races =
        racesOn
            ? new RaceDetector(context.races(), context.stacks(), context.settings().predictRaces())
            : null;
    this.states = racesOn ? new SharedStates(context.fields(), context.sites()) : null;
  }

  /** The calling thread's state, marked busy; null when the agent is already at work in it. */
  private ThreadState enter() {
    ThreadState state = ThreadState.current();
    if (state.busy) {
      return null;
    }
    state.busy = true;
    LockNode entered = state.enteredMonitor;
    if (entered != null) {
      state.enteredMonitor = null;
      happensBefore.acquired(state.clock, entered); // see AgentEventSink.enter()
    }
    return state;
  }

  private void failed(String hook, Throwable failure) {
    errors.record("hook", "jdk " + hook, failure);
  }

  @Override
  public void monitorEnter(Object monitor, int site, boolean synchronizes) {
    if (monitor == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      LockNode node = order.monitorEntered(state.locks, monitor, site, false);
      if (synchronizes && happensBefore != null) {
        state.enteredMonitor = node;
      }
    } catch (Throwable failure) {
      failed("monitorEnter", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void monitorExit(Object monitor, int site, boolean synchronizes) {
    if (monitor == null) {
      return;
    }
    exitLock(monitor, HeldLocks.EXCLUSIVE, synchronizes, "monitorExit");
  }

  @Override
  public void syncMethodEnter(Object monitor, int site) {
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      LockNode node = order.monitorEntered(state.locks, monitor, site, true);
      if (happensBefore != null) {
        happensBefore.acquired(state.clock, node);
      }
    } catch (Throwable failure) {
      failed("syncMethodEnter", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void syncMethodExit(int site) {
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      HeldLocks held = state.locks.held();
      if (happensBefore != null) {
        happensBefore.releasing(state.clock, held.nodeOfSyncMethod(site));
      }
      held.removeSyncMethod(site);
    } catch (Throwable failure) {
      failed("syncMethodExit", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void binsEnter(Object map, int site) {
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      order.monitorEntered(state.locks, bins.keyOf(map, site), site, false);
    } catch (Throwable failure) {
      failed("binsEnter", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void binsExit(Object map, int site) {
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      state.locks.held().removeLock(bins.keyOf(map, site), HeldLocks.EXCLUSIVE);
    } catch (Throwable failure) {
      failed("binsExit", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void internalLockAcquired(Object lock, int site, boolean tryLock) {
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      int mode = tryLock ? EventSink.MODE_TRY : EventSink.MODE_BLOCKING;
      order.lockAcquired(state.locks, lock, site, mode);
    } catch (Throwable failure) {
      failed("internalLockAcquired", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void internalLockReleasing(Object lock, int site) {
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      state.locks.held().removeLock(LockKeys.keyOf(lock), LockKeys.shareOf(lock));
    } catch (Throwable failure) {
      failed("internalLockReleasing", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void waitStarts(Object monitor) {
    if (happensBefore == null || monitor == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      happensBefore.beforeBlocking(state.clock, state.locks.held(), monitor, SyncOp.OBJECT_WAIT);
    } catch (Throwable failure) {
      failed("waitStarts", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void waitEnded(Object monitor) {
    if (happensBefore == null || monitor == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      happensBefore.afterBlocking(
          state.clock, state.locks.held(), monitor, SyncOp.OBJECT_WAIT, 0, true);
    } catch (Throwable failure) {
      failed("waitEnded", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void stateAccess(Object target, int site, boolean write) {
    if (states == null || target == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      Object root = states.rootOf(target);
      if (root != null) {
        races.access(state.accesses, root, states.variableOf(root, site), site, write);
      }
    } catch (Throwable failure) {
      failed("stateAccess", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void derived(Object view, Object source) {
    if (states == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      states.link(view, source);
    } catch (Throwable failure) {
      failed("derived", failure);
    } finally {
      state.busy = false;
    }
  }

  /** The thread is about to release {@code lock}, which it took in {@code share} mode. */
  private void exitLock(Object lock, byte share, boolean synchronizes, String hook) {
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      HeldLocks held = state.locks.held();
      if (synchronizes && happensBefore != null) {
        happensBefore.releasing(state.clock, held.nodeOf(lock));
      }
      held.removeLock(lock, share);
    } catch (Throwable failure) {
      failed(hook, failure);
    } finally {
      state.busy = false;
    }
  }
}
