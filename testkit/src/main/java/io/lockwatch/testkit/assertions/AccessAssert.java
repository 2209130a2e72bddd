package io.lockwatch.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.UnguardedField.FieldAccess;
import io.lockwatch.testkit.source.SourceLine;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one access of a race. */
public final class AccessAssert extends AbstractAssert<AccessAssert, FieldAccess> {

  AccessAssert(FieldAccess actual) {
    super(actual, AccessAssert.class);
  }

  public AccessAssert byThread(String thread) {
    assertThat(actual.thread()).as("thread of the %s", actual.kind()).isEqualTo(thread);
    return this;
  }

  public AccessAssert byThreadStartingWith(String prefix) {
    assertThat(actual.thread()).as("thread of the %s", actual.kind()).startsWith(prefix);
    return this;
  }

  public AccessAssert isRead() {
    assertThat(actual.kind()).as("kind of the access by %s", actual.thread()).isEqualTo("read");
    return this;
  }

  public AccessAssert isWrite() {
    assertThat(actual.kind()).as("kind of the access by %s", actual.thread()).isEqualTo("write");
    return this;
  }

  /** The access is at one of these lines. */
  public AccessAssert at(SourceLine... lines) {
    SiteChecks.assertAtOneOf(
        actual.site(), List.of(lines), "the " + actual.kind() + " by " + actual.thread());
    return this;
  }

  /** No lock was held at the access. */
  public AccessAssert holdingNoLock() {
    assertThat(actual.locksHeld()).as("locksHeld by %s", actual.thread()).isEmpty();
    return this;
  }

  /** Exactly one lock was held at the access, and its name contains {@code part}. */
  public AccessAssert holdingOnly(String part) {
    assertThat(actual.locksHeld())
        .as("locksHeld by %s", actual.thread())
        .singleElement()
        .asString()
        .contains(part);
    return this;
  }
}
