package io.lockwatch.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.WaitHazard;
import io.lockwatch.testkit.source.SourceLine;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one wait hazard: a thread waited while it held a lock. */
public final class HazardAssert extends AbstractAssert<HazardAssert, WaitHazard> {

  HazardAssert(WaitHazard actual) {
    super(actual, HazardAssert.class);
  }

  /** A fingerprint, a thread, a readable held lock, and a stack that starts at the wait. */
  public HazardAssert isWellFormed() {
    assertThat(actual.fingerprint()).as("fingerprint").isNotBlank();
    assertThat(actual.thread()).as("thread").isNotBlank();
    SiteChecks.assertReadable(actual.lockHeld(), "lockHeld");
    SiteChecks.assertStackStartsAt(actual.stack(), actual.waitSite(), "stack of the hazard");
    return this;
  }

  /** How it waited, e.g. {@code Object.wait} or {@code Semaphore.acquire}. */
  public HazardAssert ofKind(String waitKind) {
    assertThat(actual.waitKind()).as("waitKind").isEqualTo(waitKind);
    return this;
  }

  public HazardAssert ofSeverity(String severity) {
    assertThat(actual.severity())
        .as("severity of the %s hazard", actual.waitKind())
        .isEqualTo(severity);
    return this;
  }

  public HazardAssert byThread(String thread) {
    assertThat(actual.thread()).as("thread of the %s hazard", actual.waitKind()).isEqualTo(thread);
    return this;
  }

  /** The held lock's readable name contains {@code part}. */
  public HazardAssert holdingLockNamed(String part) {
    assertThat(actual.lockHeld()).as("lockHeld of the %s hazard", actual.waitKind()).contains(part);
    return this;
  }

  /** The held lock was taken at this line. */
  public HazardAssert heldAt(SourceLine line) {
    SiteChecks.assertAt(actual.heldAt(), line, "heldAt of the " + actual.waitKind() + " hazard");
    return this;
  }

  /** The wait was made at this line. */
  public HazardAssert waitingAt(SourceLine line) {
    SiteChecks.assertAt(
        actual.waitSite(), line, "waitSite of the " + actual.waitKind() + " hazard");
    return this;
  }
}
