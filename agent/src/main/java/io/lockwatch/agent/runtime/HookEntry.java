package io.lockwatch.agent.runtime;

import io.lockwatch.agent.runtime.hb.HappensBefore;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.support.AgentErrors;

/**
 * The way into every hook: the thread's re-entrancy flag (the agent never observes itself), the
 * acquisition of a monitor announced at the previous event, and where failures are counted.
 */
final class HookEntry {
  /** Null when race detection is off. */
  private final HappensBefore happensBefore;

  private final AgentErrors errors;

  HookEntry(HappensBefore happensBefore, AgentErrors errors) {
    this.happensBefore = happensBefore;
    this.errors = errors;
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

  /** Counts events of hook {@code hook} that never reached the agent, with what is known. */
  void lost(String hook, String what) {
    errors.record("hook", hook, what);
  }

  /** Counts a hook's failure. */
  void failed(String hook, Throwable failure) {
    errors.record("hook", hook, failure);
  }
}
