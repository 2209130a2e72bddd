/**
 * The instrumentation: a Byte Buddy {@code AgentBuilder} whose ASM visitors put calls to the
 * bootstrap bridge ({@link io.lockwatch.bridge.Hooks}) around {@code monitorenter}/{@code
 * monitorexit}, into {@code synchronized} methods, and in place of {@code Lock} calls. Each call
 * site gets an int site id registered in the {@link io.lockwatch.agent.runtime.SiteRegistry}.
 */
package io.lockwatch.agent.instrument;
