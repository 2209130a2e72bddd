package io.lockwatch.report.model;

import java.util.List;

/**
 * One lock-order fact at the level of code, not of objects: some thread acquired a lock of class
 * {@code toLock} at {@code acquiredAt} while holding a lock of class {@code fromLock} acquired at
 * {@code heldAt}. Reports from several JVMs are merged on these, so that a cycle whose halves were
 * seen in different JVMs can still be found.
 *
 * @param fromLock the lock class of the held lock: {@code field com.example.Bank.lock}, {@code
 *     static field com.example.Bank.LOCK}, or the lock's runtime type ({@code com.example.Account})
 *     when no field names it
 * @param toLock the lock class of the acquired lock
 * @param acquiredMode {@code exclusive}, {@code read}, {@code write} or {@code timed}
 * @param gateLocks lock classes of other exclusive locks held at the same time (gate locks)
 * @param threads names of up to a few threads that took this order
 * @param count how many lock-instance edges share these sites
 */
public record LockOrderEdge(
    String fromLock,
    String toLock,
    Site heldAt,
    Site acquiredAt,
    String acquiredMode,
    List<String> gateLocks,
    List<String> threads,
    long count) {}
