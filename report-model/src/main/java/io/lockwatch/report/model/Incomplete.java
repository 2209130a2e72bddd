package io.lockwatch.report.model;

/**
 * A budget that ran out, so the analysis is incomplete: a finding may be missing. {@code check}
 * fails on it unless told to allow it.
 *
 * @param budget the agent option that sets the budget ({@code maxCycles}, {@code maxSearchSteps},
 *     {@code maxEdges}...)
 * @param detail what was left undone, in words
 */
public record Incomplete(String budget, String detail) {}
