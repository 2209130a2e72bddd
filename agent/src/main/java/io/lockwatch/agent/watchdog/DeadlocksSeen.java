package io.lockwatch.agent.watchdog;

import java.util.ArrayList;
import java.util.List;

/** The deadlocks the watchdog saw so far, in the order seen. Thread-safe. */
public final class DeadlocksSeen {
  private final List<Deadlock> seen = new ArrayList<>();

  /** Adds a deadlock. */
  public synchronized void add(Deadlock deadlock) {
    seen.add(deadlock);
  }

  /** A copy of the deadlocks so far. */
  public synchronized List<Deadlock> snapshot() {
    return List.copyOf(seen);
  }
}
