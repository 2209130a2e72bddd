package io.lockwatch.agent.runtime;

import io.lockwatch.agent.runtime.support.MemoryReserve;

/**
 * Keeps the agent's own work out of what it watches: the agent's threads are busy for good, and
 * agent code that runs in an application thread outside the hooks (class transformation) is busy
 * while it runs, so the JDK code it calls (instrumented collections, locks, print streams) reports
 * nothing.
 */
public final class AgentThreads {
  private AgentThreads() {}

  /** Runs {@code work} in a new daemon thread of the agent, whose events are never seen. */
  public static Thread start(Runnable work, String name) {
    Thread thread =
        new Thread(
            () -> {
              ThreadState.current().busy = true;
              work.run();
            },
            name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /**
   * A thread of the agent that is not a daemon: the report writer of the shutdown hook. It gives
   * the agent's {@link MemoryReserve} back before it allocates anything (its own thread state
   * first): the program may have exhausted the heap.
   */
  public static Thread unstarted(Runnable work, String name) {
    return new Thread(
        () -> {
          MemoryReserve.release();
          ThreadState.current().busy = true;
          work.run();
        },
        name);
  }

  /**
   * The calling thread enters agent code: returns whether it was busy already, to hand to {@link
   * #leave}.
   */
  public static boolean enter() {
    ThreadState state = ThreadState.current();
    boolean wasBusy = state.busy;
    state.busy = true;
    return wasBusy;
  }

  /** The calling thread leaves agent code entered with {@link #enter}. */
  public static void leave(boolean wasBusy) {
    if (!wasBusy) {
      ThreadState.current().busy = false;
    }
  }
}
