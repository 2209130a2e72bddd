/**
 * Lock order, the part of the hot path every lock acquisition takes: lock identities ({@link
 * io.lockwatch.agent.runtime.lockorder.LockTable}, {@link
 * io.lockwatch.agent.runtime.lockorder.LockKeys}), each thread's held-lock stack and validated
 * chains ({@link io.lockwatch.agent.runtime.lockorder.ThreadLocks}), and the store of lock-order
 * facts ({@link io.lockwatch.agent.runtime.lockorder.LockOrderFacts}) that the analysis reads as a
 * snapshot. Knows nothing of happens-before or races.
 */
package io.lockwatch.agent.runtime.lockorder;
