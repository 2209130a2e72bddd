package io.lockwatch.agent.runtime;

import static io.lockwatch.bridge.EventSink.MODE_BLOCKING;
import static io.lockwatch.bridge.EventSink.MODE_TIMED;
import static io.lockwatch.bridge.EventSink.MODE_TRY;

import io.lockwatch.agent.runtime.confirm.Steering;
import io.lockwatch.agent.runtime.hazard.WaitHazards;
import io.lockwatch.agent.runtime.hb.HappensBefore;
import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.LockOrderRecorder;
import io.lockwatch.agent.runtime.tests.RunningTests;
import io.lockwatch.bridge.SyncOp;

/**
 * Waits and hand-offs: a thread about to block and back from it (waits, semaphores, queues, joins,
 * futures), and the synchronizing actions that release or acquire without blocking.
 */
final class BlockingEvents {
  private final HookEntry entry;
  private final LockOrderRecorder order;
  private final WaitHazards hazards;
  private final RunningTests tests;

  /** Null outside confirm mode. */
  private final Steering steering;

  /** Null when race detection is off. */
  private final HappensBefore happensBefore;

  BlockingEvents(AgentContext context, HookEntry entry, HappensBefore happensBefore) {
    this.entry = entry;
    this.order = context.lockOrderRecorder();
    this.hazards = context.hazards();
    this.tests = context.tests();
    this.steering = context.steering();
    this.happensBefore = happensBefore;
  }

  private ThreadState enter() {
    return entry.enter();
  }

  private void failed(String hook, Throwable failure) {
    entry.failed(hook, failure);
  }

  void beforeBlocking(Object target, int op, int site) {
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
        entry.lost("syncMethodExit", "exit hooks were lost (stack overflow?)");
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

  void afterBlocking(Object target, int op, int site, boolean completed) {
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

  void syncAction(Object target, int op, int site, Object related) {
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
}
