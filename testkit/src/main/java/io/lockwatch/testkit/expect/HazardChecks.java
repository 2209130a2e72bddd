package io.lockwatch.testkit.expect;

import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThatReportOf;

import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.assertions.HazardAssert;
import java.util.List;
import java.util.function.Supplier;

/** Checks of {@code hazard}, {@code hazard-held} and {@code hazard-wait}. */
final class HazardChecks {
  private HazardChecks() {}

  static void addTo(List<Check> checks, ExpectedRun expected, Supplier<AgentJvmResult> run) {
    List<Expectation> hazards = expected.statements(Statement.HAZARD);
    for (Expectation hazard : hazards) {
      checks.add(
          Check.of(
              hazard,
              () ->
                  assertThatReportOf(run.get())
                      .hasWaitHazards(hazards.size(), candidate -> matches(candidate, hazard))));
    }
    for (Expectation held : expected.statements(Statement.HAZARD_HELD)) {
      checks.add(
          Check.of(
              held, () -> assertThatReportOf(run.get()).hasSingleWaitHazard().heldAt(held.line())));
    }
    for (Expectation wait : expected.statements(Statement.HAZARD_WAIT)) {
      checks.add(
          Check.of(
              wait,
              () -> assertThatReportOf(run.get()).hasSingleWaitHazard().waitingAt(wait.line())));
    }
  }

  private static void matches(HazardAssert hazard, Expectation expected) {
    hazard.ofKind(expected.arg("kind")).ofSeverity(expected.arg("severity"));
    if (expected.has("thread")) {
      hazard.byThread(expected.arg("thread"));
    }
    if (expected.has("lockHeld")) {
      hazard.holdingLockNamed(expected.arg("lockHeld"));
    }
  }
}
