package io.lockwatch.engine.deadlock;

/**
 * A lock class, as lockdep has them: what held a lock in the code. Every lock object belongs to
 * exactly one, fixed when the agent first sees the object: the field or static field it was read
 * from, else its runtime type.
 *
 * @param id this class's number, its index in {@link DeadlockFacts#lockClasses()}
 * @param name for people and for merging reports: {@code field com.example.Bank.lock}, {@code
 *     com.example.Account}
 * @param kind the kind of its locks
 * @param permits for semaphores the most permits one of its semaphores had, else -1
 * @param writeLocked true when some thread took one of its read-write locks in write mode
 * @param signal true when one of its semaphores was released by a thread that held no permit: a
 *     signal, not a lock
 */
public record LockClass(
    int id, String name, LockKind kind, int permits, boolean writeLocked, boolean signal) {}
