package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.LockOrderAssertions.assertStackStartsAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.UnguardedField.FieldAccess;
import io.lockwatch.samples.SampleCatalog;
import java.util.List;
import java.util.stream.Collectors;

/** Checks shared by the race (unguarded field) integration tests. */
public final class RaceAssertions {
  private RaceAssertions() {}

  /**
   * The one reported unguarded field, {@code owner.fieldName}, with this {@code observedRace},
   * after checking its shape: a fingerprint and severity, two conflicting accesses from different
   * threads, at least one a write, each with a site, a lockset and a stack.
   */
  public static UnguardedField assertSingleField(
      AgentRun run, Class<?> owner, String fieldName, boolean observed) {
    List<UnguardedField> fields = run.report().unguardedFields();
    assertThat(fields)
        .as("unguardedFields in %s", run.reportFile())
        .extracting(UnguardedField::field)
        .containsExactly(owner.getName() + "." + fieldName);
    assertThat(run.summary().unguardedFields()).as("summary.unguardedFields").isEqualTo(1);
    UnguardedField field = fields.get(0);
    assertThat(field.observedRace()).as("observedRace").isEqualTo(observed);
    assertThat(field.fingerprint()).as("fingerprint").isNotBlank();
    assertThat(field.severity()).as("severity").isNotBlank();
    if (!observed) {
      assertThat(field.severity()).as("severity of a predicted race").isNotEqualTo("high");
    }

    List<FieldAccess> accesses = field.accesses();
    assertThat(accesses).as("accesses").hasSize(2);
    assertThat(accesses)
        .as("threads of the accesses")
        .extracting(FieldAccess::thread)
        .doesNotContainNull()
        .doesNotHaveDuplicates();
    assertThat(accesses).as("kinds").extracting(FieldAccess::kind).isSubsetOf("read", "write");
    assertThat(accesses).as("kinds: at least one write").extracting(FieldAccess::kind)
        .contains("write");
    for (FieldAccess access : accesses) {
      assertThat(access.locksHeld()).as("locksHeld of %s", access.thread()).isNotNull();
      assertStackStartsAt(access.stack(), access.site(), "stack of " + access.thread());
    }
    return field;
  }

  /** Every access is at one of the marked lines of {@code codeClass}. */
  public static void assertAccessesAt(UnguardedField field, Class<?> codeClass, String... markers) {
    for (FieldAccess access : field.accesses()) {
      ReportAssertions.assertSiteAtOneOf(
          access.site(), codeClass, "site of the " + access.kind() + " by " + access.thread(),
          markers);
    }
  }

  /** The access made by this thread. */
  public static FieldAccess accessBy(UnguardedField field, String thread) {
    List<FieldAccess> mine =
        field.accesses().stream()
            .filter(access -> thread.equals(access.thread()))
            .collect(Collectors.toList());
    assertThat(mine).as("accesses by %s in %s", thread, field.accesses()).hasSize(1);
    return mine.get(0);
  }

  /** No access held any lock. */
  public static void assertNoLocksHeld(UnguardedField field) {
    for (FieldAccess access : field.accesses()) {
      assertThat(access.locksHeld()).as("locksHeld by %s", access.thread()).isEmpty();
    }
  }

  /**
   * Race detection watched the sample's fields: at least {@code fields} distinct fields and as
   * many accesses.
   */
  public static void assertFieldsWatched(AgentRun run, long fields) {
    assertThat(run.summary().fieldsTracked())
        .as("summary.fieldsTracked in %s", run.reportFile())
        .isGreaterThanOrEqualTo(fields);
    assertThat(run.summary().fieldAccesses())
        .as("summary.fieldAccesses in %s", run.reportFile())
        .isGreaterThanOrEqualTo(fields);
  }

  /** No unguarded field was reported. */
  public static void assertNoRace(AgentRun run) {
    assertThat(run.report().unguardedFields())
        .as("unguardedFields in %s", run.reportFile())
        .isEmpty();
    assertThat(run.summary().unguardedFields()).as("summary.unguardedFields").isZero();
  }

  /**
   * The proof that a race-free sample's silence means something: its racy twin, run by the same
   * agent with the same options, was reported.
   */
  public static void assertTwinIsReported(SampleCatalog twin) {
    AgentRun run = SampleRuns.of(twin);
    assertThat(run.report().unguardedFields())
        .as(
            "unguardedFields of the racy twin %s: without them, finding nothing proves nothing"
                + " (%s)",
            twin.sampleName(),
            run.reportFile())
        .isNotEmpty();
  }
}
