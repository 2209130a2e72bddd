package io.lockwatch.agent.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every application thread the agent has seen, so the watchdog can ask what each one holds and
 * waits for. Entries of threads that have ended are dropped on each look.
 */
public final class ThreadRegistry {
  private static final Map<Long, ThreadState> STATES = new ConcurrentHashMap<>();

  private ThreadRegistry() {}

  private static final java.util.concurrent.atomic.AtomicInteger REGISTRATIONS =
      new java.util.concurrent.atomic.AtomicInteger();

  static void register(ThreadState state) {
    STATES.put(state.threadId, state);
    if ((REGISTRATIONS.incrementAndGet() & 1023) == 0) {
      STATES.values().removeIf(s -> !s.thread.isAlive()); // bounded under thread churn
    }
  }

  /** The states of the threads still alive. */
  public static List<ThreadState> live() {
    List<ThreadState> live = new ArrayList<>();
    STATES.values().removeIf(s -> !s.thread.isAlive());
    live.addAll(STATES.values());
    return live;
  }

  /** The state of a thread by id, or null. */
  public static ThreadState byId(long threadId) {
    return STATES.get(threadId);
  }
}
