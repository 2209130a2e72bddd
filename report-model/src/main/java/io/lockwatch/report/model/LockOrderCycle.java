package io.lockwatch.report.model;

import java.util.List;

/**
 * A potential deadlock: locks acquired in a cyclic order by different threads.
 *
 * @param fingerprint stable across runs and JVMs: built from the sites of the edges only
 * @param severity {@code high} (a deadlock), {@code medium} (a stall through a timed tryLock, or
 *     read locks that block behind a queued writer)
 * @param kind {@code deadlock}, {@code stall} or {@code read-write}
 * @param chain one line, e.g. {@code Account@Bank.java:41 --> Account@Bank.java:42 --> ...}
 * @param occurrences how many lock-instance cycles share this fingerprint (e.g. many accounts)
 * @param scenario how the deadlock happens, one line per thread
 * @param locks the locks of one representative instance cycle
 * @param edges the edges of that instance cycle, in cycle order
 * @param tests the tests that exposed it ({@code com.example.BankTest#transfer}), or null when
 *     unknown (reports written without per-test attribution)
 */
public record LockOrderCycle(
    String fingerprint,
    String severity,
    String kind,
    String chain,
    int occurrences,
    List<String> scenario,
    List<LockDescription> locks,
    List<CycleEdge> edges,
    List<String> tests) {

  /** A cycle whose tests are unknown. */
  public LockOrderCycle(
      String fingerprint,
      String severity,
      String kind,
      String chain,
      int occurrences,
      List<String> scenario,
      List<LockDescription> locks,
      List<CycleEdge> edges) {
    this(fingerprint, severity, kind, chain, occurrences, scenario, locks, edges, null);
  }
}
