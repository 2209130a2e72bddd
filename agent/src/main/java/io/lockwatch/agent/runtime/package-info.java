/**
 * What instrumented code reports into, at run time. {@link
 * io.lockwatch.agent.runtime.AgentEventSink} receives every event of the bridge and dispatches it
 * to the concerns, each in its own package and each with its own part of the per-thread {@link
 * io.lockwatch.agent.runtime.ThreadState}:
 *
 * <ul>
 *   <li>{@code lockorder}: lock identities, held-lock stacks, the lock-order facts;
 *   <li>{@code hb}: happens-before clocks (only with race detection on);
 *   <li>{@code race}: FastTrack and WCP prediction on field accesses;
 *   <li>{@code hazard}: waits made while holding another lock;
 *   <li>{@code support}: sites, stacks, errors and counters, shared by all.
 * </ul>
 *
 * Each depends only on those listed after it ({@code race} on {@code hb} on {@code lockorder} on
 * {@code support}; {@code hazard} on {@code lockorder}), and none on this package, the analysis or
 * the report model. Everything here must be cheap, allocation-free for facts already known, and
 * must never throw into the application. {@link io.lockwatch.agent.runtime.AgentContext} holds the
 * shared stores that instrumentation, the watchdog and report building read.
 */
package io.lockwatch.agent.runtime;
