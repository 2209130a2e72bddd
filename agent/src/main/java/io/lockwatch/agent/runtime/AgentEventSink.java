package io.lockwatch.agent.runtime;

import io.lockwatch.agent.runtime.confirm.Steering;
import io.lockwatch.agent.runtime.hazard.WaitHazards;
import io.lockwatch.agent.runtime.hb.HappensBefore;
import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.lockorder.LockKeys;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.LockOrderRecorder;
import io.lockwatch.agent.runtime.race.RaceDetector;
import io.lockwatch.agent.runtime.support.AgentErrors;
import io.lockwatch.agent.runtime.tests.RunningTests;
import io.lockwatch.bridge.EventSink;
import io.lockwatch.bridge.SyncOp;

/**
 * The agent's side of the bridge: receives every event of instrumented code and dispatches it to
 * lock order, the wait-hazard check and, when race detection is on, happens-before and the race
 * detector, each given its own part of the thread's state; in confirm mode, a request of a lock and
 * thread starts and joins also go to the steering first.
 *
 * <p>Every event runs under the thread's re-entrancy flag (the agent never observes itself) and
 * every failure is counted in the agent errors and swallowed: nothing reaches the application. Each
 * hook spells that shape out (enter, try, catch, clear the flag) rather than passing its work as a
 * lambda: the work needs the event's arguments, a capturing lambda would allocate on every event,
 * and one shared non-capturing signature for eleven different hooks would hide what each one does.
 */
public final class AgentEventSink extends EventSink {
  private final LockOrderRecorder order;
  private final WaitHazards hazards;
  private final AgentErrors errors;
  private final RunningTests tests;

  /** Null when race detection is off: then no happens-before is tracked at all. */
  private final HappensBefore happensBefore;

  /** Null when race detection is off. */
  private final RaceDetector races;

  /** Confirm mode: null when it is off, the only thing the hot path then checks. */
  private final Steering steering;

  /** Dispatches into the stores of {@code context}. */
  public AgentEventSink(AgentContext context) {
    this.order = context.lockOrderRecorder();
    this.hazards = context.hazards();
    this.errors = context.errors();
    this.steering = context.steering();
    this.tests = context.tests();
    boolean racesOn = context.settings().races();
    this.happensBefore = racesOn ? new HappensBefore(context.locks(), context.lockClocks()) : null;
    if (racesOn) {
      HappensBefore.keepWcpClocks(context.settings().predictRaces());
    }
    this.races =
        racesOn
            ? new RaceDetector(
                context.fields(),
                context.races(),
                context.stacks(),
                context.settings().predictRaces())
            : null;
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
  ThreadState enter() {
    ThreadState state = ThreadState.current();
    if (state.busy) {
      return null;
    }
    state.busy = true;
    LockNode entered = state.enteredMonitor;
    if (entered != null) {
      state.enteredMonitor = null;
      try {
        happensBefore.acquired(state.clock(), entered);
      } catch (Throwable failure) {
        // outside the callers' try: clear the flag here, or the thread stays blind for life
        state.busy = false;
        failed("monitorEnter", failure);
        return null;
      }
    }
    return state;
  }

  private void failed(String hook, Throwable failure) {
    errors.record("hook", hook, failure);
  }

  /** Counted like a hook's failure, under the busy flag (the count runs JDK code). */
  @Override
  public void bridgeFailed(String where, Throwable failure) {
    ThreadState state = enter();
    try {
      failed(where, failure);
    } finally {
      if (state != null) {
        state.busy = false;
      }
    }
  }

  @Override
  public void monitorEnter(Object monitor, int site) {
    monitorEnter(monitor, site, false);
  }

  /**
   * The same for a monitor JDK code takes ({@code jdk} true; from {@link JdkEventSink}): its
   * critical sections access what the agent does not see.
   */
  void monitorEnter(Object monitor, int site, boolean jdk) {
    if (monitor == null) {
      return; // monitorenter will throw NullPointerException; nothing is acquired
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      if (steering != null) {
        steering.requesting(state.locks.held(), state.threadId, site);
      }
      LockNode node = order.monitorEntered(state.locks, monitor, site, false);
      if (happensBefore != null) {
        if (jdk) {
          happensBefore.takenByJdk(state.clock(), node);
        }
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
      HeldLocks held = state.locks.held();
      if (happensBefore != null) {
        happensBefore.releasing(state.clock(), held.nodeOf(monitor));
      }
      held.removeLock(monitor, HeldLocks.EXCLUSIVE);
    } catch (Throwable failure) {
      failed("monitorExit", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void syncMethodEnter(Object monitor, int site) {
    syncMethodEnter(monitor, site, false);
  }

  /** The same for a synchronized method of the JDK ({@code jdk} true; see monitorEnter). */
  void syncMethodEnter(Object monitor, int site, boolean jdk) {
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      LockNode node = order.monitorEntered(state.locks, monitor, site, true);
      if (happensBefore != null) {
        if (jdk) {
          happensBefore.takenByJdk(state.clock(), node);
        }
        happensBefore.acquired(state.clock(), node); // the JVM already owns the monitor here
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
        happensBefore.releasing(state.clock(), held.nodeOfSyncMethod(site));
      }
      held.removeSyncMethod(site);
    } catch (Throwable failure) {
      failed("syncMethodExit", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void lockCreated(Object lock, int site) {
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

  @Override
  public void lockRequested(Object lock, int site, int mode) {
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

  @Override
  public void lockAcquired(Object lock, int site, int mode) {
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

  @Override
  public void lockReleased(Object lock, int site, int share) {
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

  @Override
  public void optimisticRead(Object lock, int site) {
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

  @Override
  public void optimisticReadEnded(Object lock, int site) {
    ThreadState state = ThreadState.current();
    if (state.optimisticReads.open()) {
      state.optimisticReads.validated();
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
      if (steering != null && op == SyncOp.SEMAPHORE_ACQUIRE) {
        steering.requesting(state.locks.held(), state.threadId, site); // before it shows as waiting
      }
      state.waitingOp = op;
      state.waitingFor = target;
      switch (op) {
        case SyncOp.SEMAPHORE_ACQUIRE ->
            order.semaphoreRequested(state.locks, target, site, MODE_BLOCKING);
        case SyncOp.SEMAPHORE_TIMED_ACQUIRE ->
            order.semaphoreRequested(state.locks, target, site, MODE_TIMED);
        default -> {}
      }
      HeldLocks held = state.locks.held();
      if (held.depth() > 0 && held.dropMonitorsNotOwned() > 0) {
        errors.record("hook", "syncMethodExit", "exit hooks were lost (stack overflow?)");
      }
      hazards.check(held, target, op, site);
      if (happensBefore != null) {
        happensBefore.beforeBlocking(state.clock(), held, target, SyncOp.untimed(op));
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
          case SyncOp.SEMAPHORE_ACQUIRE ->
              order.semaphoreAcquired(state.locks, target, site, MODE_BLOCKING);
          case SyncOp.SEMAPHORE_TRY_ACQUIRE ->
              order.semaphoreAcquired(state.locks, target, site, MODE_TRY);
          case SyncOp.SEMAPHORE_TIMED_ACQUIRE ->
              order.semaphoreAcquired(state.locks, target, site, MODE_TIMED);
          default -> {}
        }
      }
      if (steering != null && completed && op == SyncOp.THREAD_JOIN) {
        steering.joined(state.threadId, ((Thread) target).getId());
      }
      if (happensBefore != null) {
        happensBefore.afterBlocking(
            state.clock(), state.locks.held(), target, SyncOp.untimed(op), site, completed);
      }
    } catch (Throwable failure) {
      failed("afterBlocking", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void syncAction(Object target, int op, int site, Object related) {
    if (target != null && op >= SyncOp.TASK_SUBMIT && op <= SyncOp.TASK_END && tests.active()) {
      handOverTest(target, op);
    }
    if (target == null
        || (happensBefore == null
            && op != SyncOp.SEMAPHORE_RELEASE
            && (steering == null || op != SyncOp.THREAD_START))) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      if (op == SyncOp.SEMAPHORE_RELEASE) {
        LockNode semaphore = order.semaphoreReleased(state.locks, target, site);
        if (happensBefore != null) {
          happensBefore.releasing(state.clock(), semaphore);
        }
      } else {
        if (steering != null && op == SyncOp.THREAD_START) {
          steering.started(state.threadId, ((Thread) target).getId());
        }
        if (happensBefore != null) {
          happensBefore.action(state.clock(), target, op, related);
        }
      }
    } catch (Throwable failure) {
      failed("syncAction", failure);
    } finally {
      state.busy = false;
    }
  }

  /** A pool task runs the test of the thread that submitted it (see RunningTests). */
  private void handOverTest(Object task, int op) {
    try {
      switch (op) {
        case SyncOp.TASK_SUBMIT -> tests.taskSubmitted(task);
        case SyncOp.TASK_START -> tests.taskStarted(task);
        default -> tests.taskEnded(task);
      }
    } catch (Throwable failure) {
      failed("tests", failure);
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
      if (!write
          && state.optimisticReads.open()
          && state.optimisticReads.defer(races.weakOwner(state.accesses(), owner), field, site)) {
        return; // checked by its stamp (see OptimisticReads)
      }
      races.access(state.accesses(), owner, field, site, write);
    } catch (Throwable failure) {
      failed("fieldAccess", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void classInitialiser(int type, boolean starts) {
    if (races == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      state.accesses().classInitialiser(type, starts);
    } catch (Throwable failure) {
      failed("classInitialiser", failure);
    } finally {
      state.busy = false;
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
      races.volatileAccess(state.accesses(), owner, field, write);
    } catch (Throwable failure) {
      failed("volatileAccess", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void arrayAccess(Object array, int index, int name, int site, boolean write) {
    if (races == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      races.arrayAccess(state.accesses(), array, index, name, site, write);
    } catch (Throwable failure) {
      failed("arrayAccess", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void call(
      Object target, Object key, long index, int code, int site, boolean after, boolean outcome) {
    if (happensBefore == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      happensBefore.call(state.clock(), target, key, index, code, after, outcome);
    } catch (Throwable failure) {
      failed("call", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public boolean ordersByKey(Object map) {
    return happensBefore != null && map != null && HappensBefore.ordersByKey(map);
  }
}
