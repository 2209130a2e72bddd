package io.lockwatch.report.model;

import java.util.List;
import java.util.Set;

/**
 * A whole Lockwatch report, {@code schemaVersion} {@value #SCHEMA_VERSION}.
 *
 * <p>Every list is present (empty when there is nothing to say), so readers never meet null.
 *
 * <p>Version 2 (Lockwatch 0.2): lock classes, predicted cycles, stable site keys (lock expression
 * and ordinal), an explicit list of what left the analysis incomplete, and the code-level lock
 * order as tables ({@code lockOrderEdges} name {@code lockSites} and {@code lockClasses} by index).
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
    List<Site> lockSites,
    List<LockClass> lockClasses) {

  /** The schema version this code writes and reads. */
  public static final int SCHEMA_VERSION = 4;

  /**
   * The versions a reader accepts: version 2 spells out every field that version 3 leaves out at
   * its usual value (see {@code ReportStructure.DEFAULT_VALUES}); version 4 adds where each lock
   * class was first taken ({@link LockClass#firstSeen()}). They are otherwise the same.
   */
  public static final Set<Integer> READABLE_SCHEMA_VERSIONS = Set.of(2, 3, SCHEMA_VERSION);

  /**
   * A report whose lock-order edges are given spelled out: they are stored as tables ({@link
   * LockOrderTables}); a lock class an edge names that is not in {@code lockClasses} is added.
   */
  public static Report withCodeEdges(
      int schemaVersion,
      RunInfo run,
      Summary summary,
      List<LockOrderCycle> lockOrderCycles,
      List<ObservedDeadlock> observedDeadlocks,
      List<UnguardedField> unguardedFields,
      List<WaitHazard> waitHazards,
      List<AgentError> agentErrors,
      List<CodeEdge> codeEdges,
      List<LockClass> lockClasses) {
    LockOrderTables tables = LockOrderTables.of(codeEdges, lockClasses);
    return new Report(
        schemaVersion,
        run,
        summary,
        lockOrderCycles,
        observedDeadlocks,
        unguardedFields,
        waitHazards,
        agentErrors,
        tables.edges(),
        tables.sites(),
        tables.classes());
  }

  /** The lock-order edges spelled out: lock classes and sites instead of their indices. */
  public List<CodeEdge> codeEdges() {
    return new LockOrderTables(lockOrderEdges, lockSites, lockClasses).codeEdges();
  }
}
