package io.lockwatch.report.model;

/**
 * A lock class (lockdep's idea): what held a lock in the code. Every lock belongs to one, fixed
 * when it is first seen: the field or static field it was read from, else its runtime type. The
 * lock-order edges of the report are between lock classes, so reports merge on them.
 *
 * @param name {@code field com.example.Bank.lock}, {@code static field com.example.Bank.LOCK},
 *     {@code com.example.Account}, or for a lock a JDK class keeps for itself its type and owner:
 *     {@code java.util.concurrent.locks.ReentrantLock in java.util.concurrent.LinkedBlockingQueue}
 * @param kind {@code monitor}, {@code lock}, {@code read-write-lock}, {@code stamped-lock} or
 *     {@code semaphore}
 * @param permits for semaphores the most permits one of them had, else -1
 * @param writeLocked true when some thread write-locked one of its read-write locks
 * @param signal true when one of its semaphores was released by a thread that held no permit of it
 *     (a signal, which holds nothing)
 * @param firstSeen where a lock of the class was first taken: for a class named by a type ({@code
 *     this}, a local), the place to start looking; absent in reports before schema version 4
 */
public record LockClass(
    String name, String kind, int permits, boolean writeLocked, boolean signal, Site firstSeen) {}
