package io.lockwatch.engine.deadlock;

/** Counts search steps against a limit, so no input can make the search run for minutes. */
final class StepBudget {
  private final long limit;
  private long used;

  StepBudget(long limit) {
    this.limit = limit;
  }

  /** Spends one step; false once the budget is gone. */
  boolean spend() {
    return ++used <= limit;
  }

  boolean exhausted() {
    return used > limit;
  }

  long used() {
    return used;
  }

  long limit() {
    return limit;
  }
}
