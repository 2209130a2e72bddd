package io.lockwatch.report.model;

import java.util.List;

/**
 * A whole Lockwatch report, {@code schemaVersion} {@value #SCHEMA_VERSION}.
 *
 * <p>Every list is present (empty when there is nothing to say), so readers never meet null.
 *
 * <p>Version 2 (Lockwatch 0.2): lock classes, predicted cycles, stable site keys (lock expression
 * and ordinal), an explicit list of what left the analysis incomplete.
 */
public record Report(
    int schemaVersion,
    RunInfo run,
    Summary summary,
    List<LockOrderCycle> lockOrderCycles,
    List<ObservedDeadlock> observedDeadlocks,
    List<UnguardedField> unguardedFields,
    List<WaitHazard> waitHazards,
    List<AgentError> agentErrors,
    List<LockOrderEdge> lockOrderEdges,
    List<LockClass> lockClasses) {

  /** The schema version this code writes and reads. */
  public static final int SCHEMA_VERSION = 2;
}
