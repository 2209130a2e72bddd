package io.lockwatch.engine.deadlock;

/** What a cycle that survived the rules can do to the threads in it. */
public enum FindingKind {
  /** Every thread of the cycle can be blocked forever. */
  DEADLOCK("deadlock", Severity.HIGH),
  /** One acquisition has a timeout: the threads stall until it expires. */
  STALL("stall", Severity.MEDIUM),
  /** Readers wait for each other behind a queued writer (a writer exists in this run). */
  READ_WRITE("read-write", Severity.MEDIUM),
  /** Through a semaphore of several permits: stuck only if more holders exhaust it. */
  PERMIT_EXHAUSTION("permit-exhaustion", Severity.LOW);

  private final String label;
  private final Severity severity;

  FindingKind(String label, Severity severity) {
    this.label = label;
    this.severity = severity;
  }

  /** The report's {@code kind}. */
  public String label() {
    return label;
  }

  /** The severity of a finding of this kind between this run's lock objects. */
  public Severity severity() {
    return severity;
  }

  /** The weaker of two kinds: a cycle is only as bad as its mildest link. */
  public FindingKind weaker(FindingKind other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
