package io.lockwatch.engine.deadlock;

/**
 * A budget that ran out, so the analysis is incomplete: a deadlock may be missing.
 *
 * @param budget the option that sets the budget ({@code maxCycles}, {@code maxSearchSteps}...)
 * @param detail what was left undone, in words
 */
public record Shortfall(String budget, String detail) {}
