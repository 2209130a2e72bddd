package io.lockwatch.engine.deadlock;

/**
 * One lock object, as far as the rules need to know it.
 *
 * @param id this lock's number, its index in {@link DeadlockFacts#instances()}
 * @param lockClass the id of its {@link LockClass}
 * @param permits for a semaphore the permits it had, else -1
 * @param writeLocked true when some thread took this read-write lock in write mode
 * @param signal true when this semaphore was released by a thread that held no permit of it
 */
public record LockInstance(
    int id, int lockClass, int permits, boolean writeLocked, boolean signal) {}
