package io.lockwatch.agent.analysis;

/** What a cycle of the lock-order graph means, once the filters have looked at it. */
public enum CycleVerdict {
  /** Threads can block each other forever. */
  DEADLOCK(true, "deadlock", "high"),
  /** Some acquisition is a {@code tryLock(timeout)}: threads stall until the timeout. */
  STALL(true, "stall", "medium"),
  /** Read acquisitions block each other only behind a queued writer (which this run has). */
  READ_WRITE(true, "read-write", "medium"),
  /**
   * Every way the edges were taken involves one thread twice: one thread cannot deadlock itself.
   */
  SAME_THREAD(false, "sameThread", null),
  /** Two of the edges were taken under a common exclusive lock, which keeps them apart. */
  GATE_LOCK(false, "gateLock", null),
  /** Only read locks, and nobody ever write-locks them: readers never block readers. */
  READ_ONLY(false, "readOnly", null);

  private final boolean reported;
  private final String label;
  private final String severity;

  CycleVerdict(boolean reported, String label, String severity) {
    this.reported = reported;
    this.label = label;
    this.severity = severity;
  }

  /** True for the verdicts that become findings. */
  public boolean reported() {
    return reported;
  }

  /** The report's {@code kind} for findings, or the filter's name in {@code cyclesFiltered}. */
  public String label() {
    return label;
  }

  /** {@code high} or {@code medium} for findings; null for filtered cycles. */
  public String severity() {
    return severity;
  }
}
