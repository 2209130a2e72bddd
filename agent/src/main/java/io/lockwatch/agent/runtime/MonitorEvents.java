package io.lockwatch.agent.runtime;

import io.lockwatch.agent.runtime.confirm.Steering;
import io.lockwatch.agent.runtime.hb.HappensBefore;
import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.LockOrderRecorder;

/** The events of {@code synchronized}: blocks and methods, the application's and the JDK's. */
final class MonitorEvents {
  private final HookEntry entry;
  private final LockOrderRecorder order;

  /** Null outside confirm mode. */
  private final Steering steering;

  /** Null when race detection is off. */
  private final HappensBefore happensBefore;

  MonitorEvents(AgentContext context, HookEntry entry, HappensBefore happensBefore) {
    this.entry = entry;
    this.order = context.lockOrderRecorder();
    this.steering = context.steering();
    this.happensBefore = happensBefore;
  }

  private ThreadState enter() {
    return entry.enter();
  }

  private void failed(String hook, Throwable failure) {
    entry.failed(hook, failure);
  }

  /**
   * A monitor about to be entered by the application, or by JDK code ({@code jdk} true; from {@link
   * JdkEventSink}): its critical sections access what the agent does not see.
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

  void monitorExit(Object monitor, int site) {
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

  /** A synchronized method entered, the application's or the JDK's ({@code jdk} true). */
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

  void syncMethodExit(int site) {
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
}
