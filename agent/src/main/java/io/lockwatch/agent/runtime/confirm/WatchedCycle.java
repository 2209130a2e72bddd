package io.lockwatch.agent.runtime.confirm;

import java.util.List;

/** A predicted cycle being steered towards: its fingerprint and its steps, in cycle order. */
public final class WatchedCycle {
  private final String fingerprint;
  private final List<WatchedEdge> steps;

  WatchedCycle(String fingerprint, List<WatchedEdge> steps) {
    this.fingerprint = fingerprint;
    this.steps = List.copyOf(steps);
  }

  /** Its fingerprint in the earlier report. */
  public String fingerprint() {
    return fingerprint;
  }

  /** Its steps, in cycle order. */
  public List<WatchedEdge> steps() {
    return steps;
  }
}
