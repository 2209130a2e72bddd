package io.lockwatch.engine.deadlock;

import java.util.List;

/**
 * A potential deadlock: a cycle of class dependencies that passed every rule.
 *
 * @param fingerprint {@code cycle:} and a hash of the sites of its steps, the same in every run and
 *     every JVM
 * @param kind what it can do to its threads
 * @param severity {@code kind}'s severity, one lower when {@code predicted}
 * @param predicted true when no cycle of this run's lock objects follows it: a deadlock predicted
 *     between other objects of the same lock classes
 * @param detail why the kind is weaker than a deadlock, or null
 * @param walk its class dependencies, in cycle order: each step's thread waits for the next step's
 *     held lock
 * @param witness the instance cycle that follows {@code walk} step by step, or null when predicted
 * @param threads the thread chosen for each step, all distinct
 * @param occurrences how many instance cycles follow it (1 for a predicted finding)
 * @param occurrencesCapped true when counting stopped at the budget: there are at least that many
 */
public record DeadlockFinding(
    String fingerprint,
    FindingKind kind,
    Severity severity,
    boolean predicted,
    String detail,
    List<ClassDependency> walk,
    List<InstanceDependency> witness,
    int[] threads,
    long occurrences,
    boolean occurrencesCapped) {}
