package io.lockwatch.agent.runtime;

import io.lockwatch.agent.analysis.LockOrderGraph;
import io.lockwatch.bridge.EventSink;
import io.lockwatch.bridge.SyncOp;

/**
 * The agent's side of the bridge: receives every event of instrumented code and hands it to the
 * lock-order recorder, the wait-hazard check and, when race detection is on, happens-before and
 * the race detector.
 *
 * <p>Every event runs under the thread's re-entrancy flag (the agent never observes itself) and
 * every failure is counted in {@code agentErrors} and swallowed: nothing reaches the application.
 */
public final class LockEventRecorder extends EventSink {
  private final LockOrderRecorder order;
  private final WaitHazards hazards;
  private final AgentErrors errors;
  /** Null when race detection is off: then no happens-before is tracked at all. */
  private final RaceDetector races;

  private final HappensBefore happensBefore;

  public LockEventRecorder(
      SiteRegistry sites,
      LockTable locks,
      LockOrderGraph graph,
      RuntimeCounters counters,
      AgentErrors errors,
      StackCapture stacks,
      WaitHazards hazards,
      RaceDetector races) {
    this.order = new LockOrderRecorder(sites, locks, graph, counters, stacks);
    this.hazards = hazards;
    this.errors = errors;
    this.races = races;
    this.happensBefore = races == null ? null : new HappensBefore(locks);
  }

  /**
   * The calling thread's state, marked busy; null when the agent is already at work in it.
   *
   * <p>A monitor announced by {@code monitorEnter} (called just before {@code monitorenter}) is
   * acquired, for happens-before, here: at the thread's next event, which necessarily comes after
   * the {@code monitorenter} completed and before anything the thread does under the monitor that
   * the agent could observe. (A call right after {@code monitorenter} would sit outside javac's
   * exception handler and keep the JIT from compiling the method.)
   */
  private ThreadState enter() {
    ThreadState state = ThreadState.current();
    if (state.busy) {
      return null;
    }
    state.busy = true;
    LockNode entered = state.enteredMonitor;
    if (entered != null) {
      state.enteredMonitor = null;
      happensBefore.acquired(state, entered);
    }
    return state;
  }

  private void failed(String hook, Throwable failure) {
    errors.record("hook", hook, failure);
  }

  @Override
  public void monitorEnter(Object monitor, int site) {
    if (monitor == null) {
      return; // monitorenter will throw NullPointerException; nothing is acquired
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      LockNode node = order.nodeOf(state, monitor, LockNode.KIND_MONITOR, monitor.getClass(), site);
      order.acquired(state, monitor, node, site, HeldLocks.EXCLUSIVE, (byte) MODE_BLOCKING, (byte) 0);
      if (happensBefore != null) {
        state.enteredMonitor = node; // acquired at the next event, see enter()
      }
    } catch (Throwable failure) {
      failed("monitorEnter", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void monitorExit(Object monitor, int site) {
    if (monitor == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      if (happensBefore != null) {
        happensBefore.releasing(state, state.held.nodeOf(monitor));
      }
      state.held.removeLock(monitor, HeldLocks.EXCLUSIVE);
    } catch (Throwable failure) {
      failed("monitorExit", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void syncMethodEnter(Object monitor, int site) {
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      LockNode node = order.nodeOf(state, monitor, LockNode.KIND_MONITOR, monitor.getClass(), site);
      order.acquired(
          state, monitor, node, site, HeldLocks.EXCLUSIVE, (byte) MODE_BLOCKING, HeldLocks.SYNC_METHOD);
      if (happensBefore != null) {
        happensBefore.acquired(state, node); // the JVM already owns the monitor here
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
      if (happensBefore != null) {
        happensBefore.releasing(state, state.held.nodeOfSyncMethod(site));
      }
      state.held.removeSyncMethod(site);
    } catch (Throwable failure) {
      failed("syncMethodExit", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void lockAcquired(Object lock, int site, int mode) {
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      Object key = LockKeys.keyOf(lock);
      byte share = LockKeys.shareOf(lock);
      LockNode node = order.nodeOf(state, key, LockKeys.kindOf(lock), LockKeys.typeOf(lock), site);
      if (share == HeldLocks.WRITE) {
        node.markWriteLocked();
      }
      order.acquired(state, key, node, site, share, (byte) mode, (byte) 0);
      if (happensBefore != null) {
        happensBefore.acquired(state, node);
      }
    } catch (Throwable failure) {
      failed("lockAcquired", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void lockReleased(Object lock, int site) {
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      Object key = LockKeys.keyOf(lock);
      if (happensBefore != null) {
        happensBefore.releasing(state, state.held.nodeOf(key));
      }
      state.held.removeLock(key, LockKeys.shareOf(lock));
    } catch (Throwable failure) {
      failed("lockReleased", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void beforeBlocking(Object target, int op, int site) {
    if (target == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      state.waitingOp = op;
      state.waitingFor = target;
      hazards.check(state, target, op, site);
      if (happensBefore != null) {
        happensBefore.beforeBlocking(state, target, SyncOp.untimed(op));
      }
    } catch (Throwable failure) {
      failed("beforeBlocking", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void afterBlocking(Object target, int op, int site, boolean completed) {
    if (target == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      state.waitingFor = null;
      if (completed) {
        switch (op) {
          case SyncOp.SEMAPHORE_ACQUIRE -> order.semaphoreAcquired(state, target, site, MODE_BLOCKING);
          case SyncOp.SEMAPHORE_TRY_ACQUIRE -> order.semaphoreAcquired(state, target, site, MODE_TRY);
          case SyncOp.SEMAPHORE_TIMED_ACQUIRE -> order.semaphoreAcquired(state, target, site, MODE_TIMED);
          default -> {}
        }
      }
      if (happensBefore != null) {
        happensBefore.afterBlocking(state, target, SyncOp.untimed(op), site, completed);
      }
    } catch (Throwable failure) {
      failed("afterBlocking", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void syncAction(Object target, int op, int site, Object related) {
    if (target == null || (happensBefore == null && op != SyncOp.SEMAPHORE_RELEASE)) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      if (op == SyncOp.SEMAPHORE_RELEASE) {
        LockNode semaphore = order.semaphoreReleased(state, target, site);
        if (happensBefore != null) {
          happensBefore.releasing(state, semaphore);
        }
      } else {
        happensBefore.action(state, target, op, related);
      }
    } catch (Throwable failure) {
      failed("syncAction", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void fieldAccess(Object owner, int field, int site, boolean write) {
    if (races == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      state.fieldAccesses++;
      if (state.classInitialisers > 0) {
        return; // initialisation writes are published by class initialisation itself
      }
      races.access(state, owner, field, site, write);
    } catch (Throwable failure) {
      failed("fieldAccess", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void classInitialiser(boolean starts) {
    if (races != null) {
      ThreadState state = ThreadState.current();
      state.classInitialisers += starts ? 1 : -1;
    }
  }

  @Override
  public void volatileAccess(Object owner, int field, boolean write) {
    if (races == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      races.volatileAccess(state, owner, field, write);
    } catch (Throwable failure) {
      failed("volatileAccess", failure);
    } finally {
      state.busy = false;
    }
  }
}
