package io.lockwatch.report.model;

import java.util.List;

/**
 * A whole Lockwatch report, {@code schemaVersion} {@value #SCHEMA_VERSION}.
 *
 * <p>Every list is present (empty when there is nothing to say), so readers never meet null.
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
    List<LockOrderEdge> lockOrderEdges) {

  /** The schema version this code writes and reads. */
  public static final int SCHEMA_VERSION = 1;
}
