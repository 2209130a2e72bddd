package io.lockwatch.agent.runtime.lockorder;

/**
 * The key of a lock the JDK takes where the agent cannot name it, such as the bins of one {@code
 * ConcurrentHashMap}: held as a monitor in the lock order, but no thread ever owns its JVM monitor,
 * so {@link Thread#holdsLock} cannot tell whether it is still held, and its entries are left to the
 * hooks that push and pop them.
 */
public interface StandInLock {}
