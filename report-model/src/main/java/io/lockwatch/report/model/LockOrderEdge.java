package io.lockwatch.report.model;

import java.util.List;

/**
 * A {@link CodeEdge} as the report stores it: its lock classes by their index in {@link
 * Report#lockClasses()} and its sites by their index in {@link Report#lockSites()}, because a real
 * program repeats a few hundred sites and classes over thousands of edges (a Spring Boot run: 2.1
 * MB of edges spelled out, a tenth of that as tables).
 *
 * @param from the lock class of the held lock (an index in {@code lockClasses})
 * @param to the lock class of the acquired lock
 * @param heldAt where the held lock was taken (an index in {@code lockSites})
 * @param acquiredAt where the other one was requested
 * @param heldMode how the held lock was held: {@code exclusive}, {@code read} or {@code write}
 * @param acquiredMode how the other one was requested: {@code exclusive}, {@code read} or {@code
 *     write}
 * @param waitKind how the thread waited: {@code blocking}, {@code timed}, {@code try} or {@code
 *     first}
 * @param gateLocks the lock classes of the exclusive locks held at the same time (indices)
 * @param threads names of up to {@value #MAX_THREADS} threads that took this order
 * @param permitsHeld for a semaphore held, the most permits of it one thread held, else 1
 * @param count how many lock-instance edges share this shape
 */
public record LockOrderEdge(
    int from,
    int to,
    int heldAt,
    int acquiredAt,
    String heldMode,
    String acquiredMode,
    String waitKind,
    List<Integer> gateLocks,
    List<String> threads,
    int permitsHeld,
    long count) {

  /**
   * How many threads an edge names at most; enough to tell threads apart for the cycle filter. The
   * agent's stores keep as many thread ids per edge, and a merge of reports keeps as many names.
   */
  public static final int MAX_THREADS = 8;
}
