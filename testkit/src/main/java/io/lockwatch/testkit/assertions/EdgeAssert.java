package io.lockwatch.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.testkit.source.SourceLine;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one edge of a lock-order cycle: a thread held one lock and took the next. */
public final class EdgeAssert extends AbstractAssert<EdgeAssert, CycleEdge> {
  private final LockOrderCycle cycle;

  EdgeAssert(CycleEdge actual, LockOrderCycle cycle) {
    super(actual, EdgeAssert.class);
    this.cycle = cycle;
  }

  /** The held lock was taken at this line. */
  public EdgeAssert heldAt(SourceLine line) {
    SiteChecks.assertAt(actual.heldAt(), line, "heldAt of " + actual.thread());
    return this;
  }

  /** The next lock was acquired at this line. */
  public EdgeAssert acquiredAt(SourceLine line) {
    SiteChecks.assertAt(actual.acquiredAt(), line, "acquiredAt of " + actual.thread());
    return this;
  }

  /** The acquisition mode of the next lock: {@code exclusive}, {@code read} or {@code timed}. */
  public EdgeAssert inMode(String mode) {
    assertThat(actual.acquiredMode()).as("acquiredMode of %s", actual.thread()).isEqualTo(mode);
    return this;
  }

  /** The held lock's readable name contains {@code part}. */
  public EdgeAssert fromLockNamed(String part) {
    return lockNamed(actual.from(), "held", part);
  }

  /** The acquired lock's readable name contains {@code part}. */
  public EdgeAssert toLockNamed(String part) {
    return lockNamed(actual.to(), "acquired", part);
  }

  /** The held lock is of this kind ({@code monitor}, {@code lock}, {@code semaphore}...). */
  public EdgeAssert fromLockOfKind(String kind) {
    return lockOfKind(actual.from(), "held", kind);
  }

  /** The acquired lock is of this kind. */
  public EdgeAssert toLockOfKind(String kind) {
    return lockOfKind(actual.to(), "acquired", kind);
  }

  /**
   * The name of {@code lock}, which the edge's thread {@code how} (held, acquired), has the part.
   */
  private EdgeAssert lockNamed(int lock, String how, String part) {
    assertThat(CycleAssert.lockOf(cycle, lock).name())
        .as("name of the lock %s %s", actual.thread(), how)
        .contains(part);
    return this;
  }

  /** {@code lock}, which the edge's thread {@code how} (held, acquired), is of this kind. */
  private EdgeAssert lockOfKind(int lock, String how, String kind) {
    assertThat(CycleAssert.lockOf(cycle, lock).kind())
        .as("kind of the lock %s %s", actual.thread(), how)
        .isEqualTo(kind);
    return this;
  }
}
