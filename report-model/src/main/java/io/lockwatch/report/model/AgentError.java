package io.lockwatch.report.model;

/**
 * A failure inside the agent that it absorbed instead of passing it to the application: a class it
 * could not instrument, a hook that threw, a table that overflowed.
 *
 * @param kind {@code instrumentation}, {@code hook}, {@code overflow}, {@code report}, ...
 * @param where the class or hook concerned
 * @param message the reason
 * @param count how many times it happened
 */
public record AgentError(String kind, String where, String message, long count) {}
