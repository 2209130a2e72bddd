package io.lockwatch.report.model;

import java.util.List;

/**
 * One edge of a lock-order cycle: thread {@code thread} acquired lock {@code to} while it held lock
 * {@code from}.
 *
 * @param from id of the held lock (see {@link LockDescription#id()})
 * @param to id of the lock being acquired
 * @param thread name of the thread that took the locks in this order
 * @param locksHeld readable names of every lock the thread held at that moment
 * @param heldAt where {@code from} was acquired
 * @param acquiredAt where {@code to} was acquired
 * @param acquiredMode {@code exclusive}, {@code read}, {@code write} or {@code timed} (tryLock with
 *     a timeout)
 * @param heldStack the stack when {@code from} was acquired, innermost frame first (reconstructed
 *     from the stack at {@code acquiredAt} when the acquiring method is still on it)
 * @param acquiredStack the stack when {@code to} was acquired, innermost frame first
 */
public record CycleEdge(
    int from,
    int to,
    String thread,
    List<String> locksHeld,
    Site heldAt,
    Site acquiredAt,
    String acquiredMode,
    List<Site> heldStack,
    List<Site> acquiredStack) {}
