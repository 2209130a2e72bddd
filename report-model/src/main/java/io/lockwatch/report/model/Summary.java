package io.lockwatch.report.model;

import java.util.Map;

/**
 * Counts that say how much the agent saw and what it concluded.
 *
 * @param classesInstrumented classes whose bytecode the agent changed
 * @param locksSeen distinct lock objects acquired at least once
 * @param acquisitions lock acquisitions seen
 * @param edges distinct lock-order edges (pairs of lock instances)
 * @param cyclesFound instance cycles found before the filters
 * @param cyclesReported findings in {@code lockOrderCycles}
 * @param cyclesFiltered instance cycles each filter removed, by filter name
 * @param agentErrors total count of absorbed agent failures
 * @param fieldsTracked distinct fields whose accesses race detection watched
 * @param fieldAccesses watched field accesses seen
 */
public record Summary(
    long classesInstrumented,
    long locksSeen,
    long acquisitions,
    long edges,
    long cyclesFound,
    long cyclesReported,
    Map<String, Long> cyclesFiltered,
    long observedDeadlocks,
    long unguardedFields,
    long waitHazards,
    long agentErrors,
    long fieldsTracked,
    long fieldAccesses) {}
