package io.lockwatch.report.model;

import java.util.List;
import java.util.Map;

/**
 * Counts that say how much the agent saw and what it concluded.
 *
 * @param classesInstrumented classes whose bytecode the agent changed
 * @param locksSeen distinct lock objects acquired at least once
 * @param acquisitions lock acquisitions seen
 * @param edges distinct lock-order edges (pairs of lock instances)
 * @param reentrantAcquisitions acquisitions of a lock the thread already held (they add no edge)
 * @param cyclesFound site-level cycles (closed walks of the lock-class graph) the analysis judged
 * @param cyclesReported findings in {@code lockOrderCycles}
 * @param cyclesFiltered site-level cycles each rule ruled out, by rule name ({@code sameThread},
 *     {@code gateLock}, {@code tryLock}, {@code firstAcquisition}, {@code signal}, {@code
 *     readOnly}, {@code noInstanceCycle})
 * @param incomplete the budgets that ran out; empty when the analysis is complete
 * @param agentErrors total count of absorbed agent failures
 * @param fieldsTracked distinct fields whose accesses race detection watched
 * @param fieldAccesses watched field accesses seen
 */
public record Summary(
    long classesInstrumented,
    long locksSeen,
    long acquisitions,
    long edges,
    long reentrantAcquisitions,
    long cyclesFound,
    long cyclesReported,
    Map<String, Long> cyclesFiltered,
    List<Incomplete> incomplete,
    long observedDeadlocks,
    long unguardedFields,
    long waitHazards,
    long agentErrors,
    long fieldsTracked,
    long fieldAccesses) {

  /** True when no budget ran out: no finding can be missing for want of analysis. */
  public boolean complete() {
    return incomplete.isEmpty();
  }
}
