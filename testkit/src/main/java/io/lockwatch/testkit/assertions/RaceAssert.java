package io.lockwatch.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.UnguardedField.FieldAccess;
import io.lockwatch.testkit.source.SourceLine;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one unguarded field (a race) of a report. */
public final class RaceAssert extends AbstractAssert<RaceAssert, UnguardedField> {

  RaceAssert(UnguardedField actual) {
    super(actual, RaceAssert.class);
  }

  /**
   * The shape of every race: a fingerprint and severity, two conflicting accesses from different
   * threads, at least one a write, each with a site, a lockset and a stack; a predicted race ranks
   * below high.
   */
  public RaceAssert isWellFormed() {
    assertThat(actual.fingerprint()).as("fingerprint of %s", actual.field()).isNotBlank();
    assertThat(actual.severity()).as("severity of %s", actual.field()).isNotBlank();
    if (!actual.observedRace()) {
      assertThat(actual.severity()).as("severity of a predicted race").isNotEqualTo("high");
    }
    List<FieldAccess> accesses = actual.accesses();
    assertThat(accesses).as("accesses to %s", actual.field()).hasSize(2);
    assertThat(accesses)
        .as("threads of the accesses")
        .extracting(FieldAccess::thread)
        .doesNotContainNull()
        .doesNotHaveDuplicates();
    assertThat(accesses).as("kinds").extracting(FieldAccess::kind).isSubsetOf("read", "write");
    assertThat(accesses)
        .as("kinds: at least one write")
        .extracting(FieldAccess::kind)
        .contains("write");
    for (FieldAccess access : accesses) {
      assertThat(access.locksHeld()).as("locksHeld of %s", access.thread()).isNotNull();
      SiteChecks.assertStackStartsAt(access.stack(), access.site(), "stack of " + access.thread());
    }
    return this;
  }

  /** The accesses really were unordered in this run ({@code observedRace} true). */
  public RaceAssert isObserved() {
    assertThat(actual.observedRace()).as("observedRace of %s", actual.field()).isTrue();
    return this;
  }

  /** Only the prediction ({@code races=predict}, WCP) found it, and it ranks below high. */
  public RaceAssert isPredicted() {
    assertThat(actual.observedRace()).as("observedRace of %s", actual.field()).isFalse();
    assertThat(actual.severity()).as("severity of a predicted race").isNotEqualTo("high");
    return this;
  }

  public RaceAssert ofSeverity(String severity) {
    assertThat(actual.severity()).as("severity of %s", actual.field()).isEqualTo(severity);
    return this;
  }

  /** A race on an array, on the element at {@code index}. */
  public RaceAssert onElement(int index) {
    assertThat(actual.element()).as("the array element of %s", actual.field()).isNotNull();
    assertThat(actual.element().index())
        .as("index of the element of %s", actual.field())
        .isEqualTo(index);
    return this;
  }

  /** Every access is at one of these lines. */
  public RaceAssert accessedAt(SourceLine... lines) {
    for (FieldAccess access : actual.accesses()) {
      SiteChecks.assertAtOneOf(
          access.site(), List.of(lines), "the " + access.kind() + " by " + access.thread());
    }
    return this;
  }

  /** The accesses are by exactly these threads. */
  public RaceAssert accessedBy(String... threads) {
    assertThat(actual.accesses())
        .as("threads of the accesses to %s", actual.field())
        .extracting(FieldAccess::thread)
        .containsExactlyInAnyOrder(threads);
    return this;
  }

  /** No access held any lock. */
  public RaceAssert withNoLockHeld() {
    for (FieldAccess access : actual.accesses()) {
      assertThat(access.locksHeld()).as("locksHeld by %s", access.thread()).isEmpty();
    }
    return this;
  }

  /** Some access satisfies the requirements. */
  public RaceAssert hasAccessSatisfying(Consumer<AccessAssert> requirements) {
    assertThat(actual.accesses())
        .as("accesses to %s", actual.field())
        .anySatisfy(access -> requirements.accept(new AccessAssert(access)));
    return this;
  }

  /** Every access satisfies at least one of the alternatives. */
  public RaceAssert everyAccessSatisfiesOneOf(List<Consumer<AccessAssert>> alternatives) {
    for (FieldAccess access : actual.accesses()) {
      assertThat(alternatives)
          .as("what the %s by %s at %s may be", access.kind(), access.thread(), where(access))
          .anySatisfy(alternative -> alternative.accept(new AccessAssert(access)));
    }
    return this;
  }

  /** The one access this thread made. */
  public AccessAssert accessBy(String thread) {
    List<FieldAccess> mine =
        actual.accesses().stream()
            .filter(access -> thread.equals(access.thread()))
            .collect(Collectors.toList());
    assertThat(mine).as("accesses by %s in %s", thread, actual.accesses()).hasSize(1);
    return new AccessAssert(mine.get(0));
  }

  private static String where(FieldAccess access) {
    return access.site() == null ? "?" : access.site().asFrame();
  }
}
