package io.lockwatch.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.ObservedDeadlock.DeadlockedThread;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one thread of an observed deadlock. */
public final class DeadlockedThreadAssert
    extends AbstractAssert<DeadlockedThreadAssert, DeadlockedThread> {

  DeadlockedThreadAssert(DeadlockedThread actual) {
    super(actual, DeadlockedThreadAssert.class);
  }

  /** Some lock it holds has a readable name containing {@code part}. */
  public DeadlockedThreadAssert holds(String part) {
    assertThat(String.join(" ", actual.holds())).as("%s holds", actual.name()).contains(part);
    return this;
  }

  /** The lock it waits for has a readable name containing {@code part}. */
  public DeadlockedThreadAssert waitsFor(String part) {
    assertThat(actual.waitsFor()).as("%s waits for", actual.name()).contains(part);
    return this;
  }
}
