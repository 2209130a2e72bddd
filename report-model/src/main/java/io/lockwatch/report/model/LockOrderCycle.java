package io.lockwatch.report.model;

import java.util.List;

/**
 * A potential deadlock: locks acquired in a cyclic order by different threads.
 *
 * @param fingerprint stable across runs and JVMs: built from the sites of the edges only
 * @param severity {@code high} (a deadlock), {@code medium} (a stall through a timed tryLock, read
 *     locks that block behind a queued writer, or any of these predicted), {@code low} (a permit
 *     exhaustion)
 * @param kind {@code deadlock}, {@code stall}, {@code read-write}, {@code permit-exhaustion} (a
 *     cycle through a semaphore of several permits), {@code upgrade} (a read lock upgraded to a
 *     write lock by its holder: stuck for good) or {@code self-deadlock} (a lock that is not
 *     reentrant taken again by its holder)
 * @param chain one line, e.g. {@code Account@Bank.java:41 --> Account@Bank.java:42 --> ...}
 * @param occurrences how many lock-instance cycles share this fingerprint (e.g. many accounts)
 * @param occurrencesCapped true when the count stopped at its budget: there are at least that many
 * @param predicted true when no cycle of this run's lock objects has it: a deadlock predicted
 *     between other objects of the same lock classes (or between JVMs, when merged)
 * @param detail why the kind is milder than a deadlock, or what a predicted cycle needs; null when
 *     there is nothing to add
 * @param scenario how the deadlock happens, one line per thread
 * @param locks the locks of one representative instance cycle
 * @param edges the edges of that instance cycle, in cycle order
 * @param tests the tests that exposed it ({@code com.example.BankTest#transfer}), or null when
 *     unknown (reports written without per-test attribution)
 * @param confirmation the verdict of a confirm run on it, or null when none tried to confirm it
 */
public record LockOrderCycle(
    String fingerprint,
    String severity,
    String kind,
    String chain,
    int occurrences,
    boolean occurrencesCapped,
    boolean predicted,
    String detail,
    List<String> scenario,
    List<LockDescription> locks,
    List<CycleEdge> edges,
    List<String> tests,
    Confirmation confirmation) {

  /** A cycle no confirm run looked at. */
  public LockOrderCycle(
      String fingerprint,
      String severity,
      String kind,
      String chain,
      int occurrences,
      boolean occurrencesCapped,
      boolean predicted,
      String detail,
      List<String> scenario,
      List<LockDescription> locks,
      List<CycleEdge> edges,
      List<String> tests) {
    this(
        fingerprint,
        severity,
        kind,
        chain,
        occurrences,
        occurrencesCapped,
        predicted,
        detail,
        scenario,
        locks,
        edges,
        tests,
        null);
  }

  /** This cycle with a confirm run's verdict. */
  public LockOrderCycle withConfirmation(Confirmation verdict) {
    return new LockOrderCycle(
        fingerprint,
        severity,
        kind,
        chain,
        occurrences,
        occurrencesCapped,
        predicted,
        detail,
        scenario,
        locks,
        edges,
        tests,
        verdict);
  }

  /** True when a confirm run made it really deadlock. */
  public boolean confirmed() {
    return confirmation != null && confirmation.confirmed();
  }
}
