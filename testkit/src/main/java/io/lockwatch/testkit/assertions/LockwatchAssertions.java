package io.lockwatch.testkit.assertions;

import io.lockwatch.report.model.Report;
import io.lockwatch.testkit.AgentJvmResult;

/**
 * Entry point of the report assertions: {@code import static ...LockwatchAssertions.assertThat}.
 */
public final class LockwatchAssertions {
  private LockwatchAssertions() {}

  /** Assertions on a parsed report. */
  public static ReportAssert assertThat(Report report) {
    return new ReportAssert(report, "the report");
  }

  /** Assertions on the report a run left; messages name the report's file. */
  public static ReportAssert assertThatReportOf(AgentJvmResult run) {
    return new ReportAssert(run.report(), String.valueOf(run.reportFile()));
  }
}
