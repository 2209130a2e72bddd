package io.lockwatch.agent.report;

import io.lockwatch.agent.AgentOptions;
import io.lockwatch.agent.analysis.LockOrderGraph;
import io.lockwatch.agent.runtime.AgentErrors;
import io.lockwatch.agent.runtime.FieldRegistry;
import io.lockwatch.agent.runtime.LockTable;
import io.lockwatch.agent.runtime.RaceRecords;
import io.lockwatch.agent.runtime.RuntimeCounters;
import io.lockwatch.agent.runtime.SiteRegistry;
import io.lockwatch.agent.runtime.WaitHazards;
import io.lockwatch.report.model.ObservedDeadlock;
import java.time.Instant;
import java.util.List;

/** Everything a report is built from: the options and the live runtime model. */
public record AgentState(
    AgentOptions options,
    Instant startedAt,
    SiteRegistry sites,
    LockTable locks,
    LockOrderGraph graph,
    RuntimeCounters counters,
    AgentErrors errors,
    WaitHazards hazards,
    List<ObservedDeadlock> observedDeadlocks,
    FieldRegistry fields,
    RaceRecords races) {

  /** Adds a deadlock the watchdog saw; thread-safe. */
  public void addObservedDeadlock(ObservedDeadlock deadlock) {
    synchronized (observedDeadlocks) {
      observedDeadlocks.add(deadlock);
    }
  }

  /** A copy of the observed deadlocks so far. */
  public List<ObservedDeadlock> observedDeadlocksSnapshot() {
    synchronized (observedDeadlocks) {
      return List.copyOf(observedDeadlocks);
    }
  }
}
