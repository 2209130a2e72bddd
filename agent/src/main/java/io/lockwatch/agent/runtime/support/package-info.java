/**
 * What every concern of the runtime shares: the site table baked into bytecode, stack capture as
 * agent-side {@link io.lockwatch.agent.runtime.support.Frame}s, the absorbed-error counts, the
 * rare-event counters and the weak identity table. Depends on nothing else in the agent.
 */
package io.lockwatch.agent.runtime.support;
