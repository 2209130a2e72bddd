package io.lockwatch.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.LockDescription;
import io.lockwatch.testkit.source.SourceLine;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one lock of a lock-order cycle. */
public final class LockAssert extends AbstractAssert<LockAssert, LockDescription> {

  LockAssert(LockDescription actual) {
    super(actual, LockAssert.class);
  }

  /** The readable name contains every one of these parts. */
  public LockAssert named(String... parts) {
    for (String part : parts) {
      assertThat(actual.name()).as("name of lock %d", actual.id()).contains(part);
    }
    return this;
  }

  /** The lock object's runtime type. */
  public LockAssert ofType(String type) {
    assertThat(actual.type()).as("type of %s", actual.name()).isEqualTo(type);
    return this;
  }

  /** The lock was first seen (first taken) at this line. */
  public LockAssert firstSeenAt(SourceLine line) {
    SiteChecks.assertAt(actual.firstSeen(), line, "firstSeen of " + actual.name());
    return this;
  }
}
