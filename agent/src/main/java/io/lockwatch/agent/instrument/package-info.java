/**
 * The instrumentation: a {@code ClassFileTransformer} ({@code LockingTransformer}) whose ASM
 * visitors put calls to the bootstrap bridge ({@link io.lockwatch.bridge.LockHooks} and the other
 * hook classes of {@code io.lockwatch.bridge}) around {@code monitorenter}/{@code monitorexit},
 * into {@code synchronized} methods and class initialisers, before watched field accesses, and in
 * place of the calls the {@code SyncCallTable} lists. Each call site gets an int site id registered
 * in the {@link io.lockwatch.agent.runtime.support.SiteRegistry}.
 */
package io.lockwatch.agent.instrument;
