package io.lockwatch.testkit.expect;

import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThatReportOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.assertions.ReportAssert;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Checks of what a run says beyond its findings: {@code none} (or that the sections with no
 * statement are empty), {@code filtered}, {@code summary}, {@code option}, {@code stdout}, {@code
 * order-edge} and {@code twin}.
 */
final class ReportChecks {
  private ReportChecks() {}

  static void addTo(
      List<Check> checks,
      ExpectedRun expected,
      Supplier<AgentJvmResult> run,
      Function<String, AgentJvmResult> otherRuns) {
    addNothingElse(checks, expected, run);
    for (Expectation statement : expected.statements()) {
      switch (statement.statement()) {
        case NONE ->
            checks.add(Check.of(statement, () -> assertThatReportOf(run.get()).hasNoFindings()));
        case FILTERED ->
            checks.add(
                Check.of(
                    statement,
                    () -> assertThatReportOf(run.get()).hasFiltered(statement.arg("by"))));
        case INCOMPLETE ->
            checks.add(
                Check.of(
                    statement,
                    () ->
                        assertThat(run.get().report().summary().incomplete())
                            .as("summary.incomplete of %s", expected)
                            .anySatisfy(
                                i -> assertThat(i.budget()).isEqualTo(statement.arg("budget")))));
        case SUMMARY -> addBounds(checks, statement, run);
        case OPTION -> addOptions(checks, statement, run);
        case STDOUT ->
            checks.add(
                Check.of(
                    statement,
                    () ->
                        assertThat(run.get().stdout())
                            .as("stdout of %s", expected)
                            .contains(statement.arg("contains"))));
        case ORDER_EDGE ->
            checks.add(
                Check.of(
                    statement,
                    () ->
                        assertThatReportOf(run.get())
                            .hasOrderEdge(statement.arg("from"), statement.arg("to"))));
        case TWIN ->
            checks.add(
                new Check(
                    Check.nameOf(statement),
                    () -> {
                      AgentJvmResult twin = otherRuns.apply(statement.arg("target"));
                      assertThat(twin.report().unguardedFields())
                          .as(
                              "unguardedFields of the racy twin %s: without them, finding nothing"
                                  + " proves nothing (%s)",
                              statement.arg("target"), twin.reportFile())
                          .isNotEmpty();
                    },
                    true));
        default -> {
          // findings, sites and exit: their own checks
        }
      }
    }
  }

  /** When the run expects findings, the sections it says nothing about must be empty. */
  private static void addNothingElse(
      List<Check> checks, ExpectedRun expected, Supplier<AgentJvmResult> run) {
    if (expected.statements(Statement.INCOMPLETE).isEmpty()) {
      checks.add(
          new Check(
              "the analysis is complete (summary.incomplete is empty)",
              () ->
                  assertThat(run.get().report().summary().incomplete())
                      .as("summary.incomplete of %s", expected)
                      .isEmpty(),
              false));
    }
    if (expected.expectsNothing()) {
      return;
    }
    List<String> empty = new ArrayList<>();
    List<Function<ReportAssert, ReportAssert>> requirements = new ArrayList<>();
    if (expected.statements(Statement.CYCLE).isEmpty()) {
      empty.add("lock-order cycle");
      requirements.add(ReportAssert::hasNoCycle);
    }
    if (expected.statements(Statement.RACE).isEmpty()) {
      empty.add("unguarded field");
      requirements.add(ReportAssert::hasNoRace);
    }
    if (expected.statements(Statement.HAZARD).isEmpty()) {
      empty.add("wait hazard");
      requirements.add(report -> report.hasWaitHazards(0));
    }
    if (expected.statements(Statement.DEADLOCK).isEmpty()) {
      empty.add("observed deadlock");
      requirements.add(report -> report.hasObservedDeadlocks(0));
    }
    if (!empty.isEmpty()) {
      checks.add(
          Check.of(
              "reports no " + String.join(", no ", empty),
              () -> {
                ReportAssert report = assertThatReportOf(run.get());
                requirements.forEach(requirement -> requirement.apply(report));
              }));
    }
  }

  private static void addBounds(
      List<Check> checks, Expectation statement, Supplier<AgentJvmResult> run) {
    for (Map.Entry<String, String> bound : statement.args().entrySet()) {
      if (bound.getKey().equals(Statement.RUN)) {
        continue;
      }
      boolean atLeast = bound.getKey().endsWith(">=");
      String counter = bound.getKey().substring(0, bound.getKey().length() - (atLeast ? 2 : 1));
      long value = Long.parseLong(bound.getValue());
      checks.add(
          Check.of(
              "line " + statement.line().line() + ": summary." + bound.getKey() + bound.getValue(),
              () -> {
                if (atLeast) {
                  assertThatReportOf(run.get()).hasCounterAtLeast(counter, value);
                } else {
                  assertThatReportOf(run.get()).hasCounter(counter, value);
                }
              }));
    }
  }

  private static void addOptions(
      List<Check> checks, Expectation statement, Supplier<AgentJvmResult> run) {
    for (Map.Entry<String, String> option : statement.args().entrySet()) {
      if (option.getKey().equals(Statement.RUN)) {
        continue;
      }
      checks.add(
          Check.of(
              "line "
                  + statement.line().line()
                  + ": run.options."
                  + option.getKey()
                  + "="
                  + option.getValue(),
              () -> assertThatReportOf(run.get()).hasOption(option.getKey(), option.getValue())));
    }
  }
}
