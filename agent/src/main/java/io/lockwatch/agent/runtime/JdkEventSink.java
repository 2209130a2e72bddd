package io.lockwatch.agent.runtime;

import io.lockwatch.agent.runtime.jdk.BinLocks;
import io.lockwatch.agent.runtime.jdk.SharedStates;
import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.lockorder.LockKeys;
import io.lockwatch.agent.runtime.lockorder.LockOrderRecorder;
import io.lockwatch.agent.runtime.race.RaceDetector;
import io.lockwatch.agent.runtime.support.AgentErrors;
import io.lockwatch.bridge.EventSink;
import io.lockwatch.bridge.JdkSink;
import io.lockwatch.bridge.SyncOp;

/**
 * The agent's side of the JDK hooks. A monitor the application can take too is the application's
 * monitor: its events go to the {@link AgentEventSink} as they are, for lock order and
 * happens-before alike. A lock private to a JDK class, and a map's bins, go to lock order only. The
 * application's calls on JDK objects that are not thread-safe go to the race detector as accesses
 * of the object's state.
 *
 * <p>Like {@link AgentEventSink}, every event runs under the thread's re-entrancy flag and every
 * failure is counted and swallowed.
 */
public final class JdkEventSink extends JdkSink {
  private final AgentEventSink application;
  private final LockOrderRecorder order;
  private final BinLocks bins;
  private final AgentErrors errors;

  /** Null when race detection is off. */
  private final RaceDetector races;

  /** Null when race detection is off. */
  private final SharedStates states;

  /**
   * Dispatches into the stores of {@code context}, and the application's monitor events to {@code
   * application}, the sink of the same stores.
   */
  public JdkEventSink(AgentContext context, AgentEventSink application) {
    this.application = application;
    this.order = context.lockOrderRecorder();
    this.bins = new BinLocks(context.locks());
    this.errors = context.errors();
    boolean racesOn = context.settings().races();
    this.races = AgentEventSink.raceDetector(context);
    this.states = racesOn ? new SharedStates(context.fields(), context.sites()) : null;
  }

  /**
   * The calling thread's state, marked busy; null when the agent is already at work in it. The same
   * as for the application's events, which also completes a monitor acquisition due at the thread's
   * next event.
   */
  private ThreadState enter() {
    return application.enter();
  }

  private void failed(String hook, Throwable failure) {
    errors.record("hook", "jdk " + hook, failure);
  }

  @Override
  public void monitorEnter(Object monitor, int site, boolean synchronizes) {
    if (synchronizes) {
      application.monitorEnter(monitor, site, true);
      return;
    }
    if (monitor == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      order.monitorEntered(state.locks, monitor, site, false);
    } catch (Throwable failure) {
      failed("monitorEnter", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void monitorExit(Object monitor, int site, boolean synchronizes) {
    if (synchronizes) {
      application.monitorExit(monitor, site);
    } else if (monitor != null) {
      release(monitor, HeldLocks.EXCLUSIVE, "monitorExit");
    }
  }

  @Override
  public void syncMethodEnter(Object monitor, int site) {
    application.syncMethodEnter(monitor, site, true);
  }

  @Override
  public void syncMethodExit(int site) {
    application.syncMethodExit(site);
  }

  /**
   * A write that runs no function under the bin lock matters to lock order only when the thread
   * holds another lock (an edge into the bins); alone it is skipped, the common case made cheap.
   */
  @Override
  public void binsEnter(Object map, int site, boolean callsBack) {
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      if (!callsBack && state.locks.held().depth() == 0) {
        return;
      }
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
      HeldLocks held = state.locks.held();
      if (held.depth() > 0) {
        held.removeLock(bins.keyOf(map, site), HeldLocks.EXCLUSIVE);
      }
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
    try {
      release(LockKeys.keyOf(lock), LockKeys.shareOf(lock, 0), "internalLockReleasing");
    } catch (Throwable failure) {
      failed("internalLockReleasing", failure);
    }
  }

  @Override
  public void waitStarts(Object monitor, int site) {
    application.beforeBlocking(monitor, SyncOp.OBJECT_WAIT, site);
  }

  @Override
  public void waitEnded(Object monitor, int site) {
    application.afterBlocking(monitor, SyncOp.OBJECT_WAIT, site, true);
  }

  @Override
  public void stateAccess(Object target, int site, boolean write) {
    if (states == null || target == null || !SharedStates.mayBeWatched(target)) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      Object root = states.rootOf(target);
      if (root != null) {
        races.access(state.accesses(), root, states.variableOf(root, site), site, write);
      }
    } catch (Throwable failure) {
      failed("stateAccess", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void derived(Object view, Object source) {
    if (states == null || view == null || source == null || !SharedStates.mayBeWatched(source)) {
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

  /** An order-only lock the thread took in {@code share} mode is about to be released. */
  private void release(Object key, byte share, String hook) {
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      state.locks.held().removeLock(key, share);
    } catch (Throwable failure) {
      failed(hook, failure);
    } finally {
      state.busy = false;
    }
  }
}
