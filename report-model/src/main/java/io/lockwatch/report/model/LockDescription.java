package io.lockwatch.report.model;

/**
 * A lock as people name it.
 *
 * @param id the lock's number inside this report, referenced by {@link CycleEdge}
 * @param type the runtime class of the lock ({@code com.example.Account}, {@code
 *     java.util.concurrent.locks.ReentrantLock})
 * @param kind {@code monitor}, {@code lock}, {@code read-write-lock} or {@code semaphore}
 * @param name a readable name, e.g. {@code monitor of com.example.Account (this)}
 * @param firstSeen where the lock was first acquired
 */
public record LockDescription(int id, String type, String kind, String name, Site firstSeen) {}
