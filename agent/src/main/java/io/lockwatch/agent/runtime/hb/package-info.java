/**
 * Happens-before, for race detection: each thread's vector clock ({@link
 * io.lockwatch.agent.runtime.hb.ThreadClock}, numbered and passed on at thread creation, start and
 * join by {@link io.lockwatch.agent.runtime.hb.ThreadClocks}), the clocks of synchronization
 * objects ({@link io.lockwatch.agent.runtime.hb.SyncClock}; a lock's lives beside its node in
 * {@link io.lockwatch.agent.runtime.hb.LockClocks}), and the rules of which event releases into
 * which clock and which acquires from it ({@link io.lockwatch.agent.runtime.hb.HappensBefore}). For
 * {@code races=predict}, the weak-causally-precedes relation beside it ({@link
 * io.lockwatch.agent.runtime.hb.WcpOrder}: each thread's WCP clock and open critical sections, each
 * weak lock's recent sections). Exists only when race detection is on; reads lock order's held
 * stacks, never writes them.
 */
package io.lockwatch.agent.runtime.hb;
