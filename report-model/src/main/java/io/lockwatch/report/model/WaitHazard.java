package io.lockwatch.report.model;

import java.util.List;

/**
 * A thread waited (wait, await, acquire, take, join...) while it held another lock than the one it
 * waited on: the nested-monitor lockout.
 *
 * @param waitKind what the thread waited in, e.g. {@code Object.wait}
 * @param lockHeld readable name of the lock held while waiting
 * @param heldAt where that lock was acquired
 * @param waitSite where the thread waited
 * @param tests the tests that exposed it ({@code com.example.BankTest#transfer}), or null when
 *     unknown (reports written without per-test attribution)
 */
public record WaitHazard(
    String fingerprint,
    String severity,
    String waitKind,
    String thread,
    String lockHeld,
    Site heldAt,
    Site waitSite,
    List<Site> stack,
    List<String> tests) {

  /** A hazard whose tests are unknown. */
  public WaitHazard(
      String fingerprint,
      String severity,
      String waitKind,
      String thread,
      String lockHeld,
      Site heldAt,
      Site waitSite,
      List<Site> stack) {
    this(fingerprint, severity, waitKind, thread, lockHeld, heldAt, waitSite, stack, null);
  }
}
