package io.lockwatch.report.model;

import java.util.List;

/**
 * One lock-order fact at the level of code, not of objects, with its lock classes and sites spelled
 * out: some thread acquired a lock of class {@code toLock} at {@code acquiredAt} while holding a
 * lock of class {@code fromLock} acquired at {@code heldAt}. One per distinct shape, however many
 * objects took it, so the section is bounded by the code. Reports from several JVMs are merged on
 * these, so that a cycle whose halves were seen in different JVMs can still be found. The report
 * stores them as {@link LockOrderEdge}s, which name classes and sites by their place in its tables;
 * {@link Report#codeEdges()} spells them out again.
 *
 * @param fromLock the lock class of the held lock (see {@link LockClass#name()})
 * @param toLock the lock class of the acquired lock
 * @param heldAt where the held lock was taken
 * @param acquiredAt where the other one was requested
 * @param heldMode how the held lock was held: {@code exclusive}, {@code read} or {@code write}
 * @param acquiredMode how the other one was requested: {@code exclusive}, {@code read} or {@code
 *     write}
 * @param waitKind how the thread waited: {@code blocking}, {@code timed} (a timeout), {@code try}
 *     ({@code tryLock()}, never waits) or {@code first} (the lock's first acquisition ever, which
 *     nobody could hold)
 * @param gateLocks lock classes of the exclusive locks held at the same time (the held lock's own
 *     class included when it is exclusive)
 * @param threads names of up to a few threads that took this order
 * @param permitsHeld for a semaphore held, the most permits of it one thread held, else 1
 * @param count how many lock-instance edges share this shape
 */
public record CodeEdge(
    String fromLock,
    String toLock,
    Site heldAt,
    Site acquiredAt,
    String heldMode,
    String acquiredMode,
    String waitKind,
    List<String> gateLocks,
    List<String> threads,
    int permitsHeld,
    long count) {}
