package io.lockwatch.maven;

import io.lockwatch.report.check.Baseline;
import io.lockwatch.report.check.CheckResult;
import io.lockwatch.report.check.FailOn;
import io.lockwatch.report.check.Finding;
import io.lockwatch.report.check.Findings;
import io.lockwatch.report.check.ReportCheck;
import io.lockwatch.report.json.ReportFormatException;
import io.lockwatch.report.merge.ReportSet;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.render.CheckSummary;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code check}: merges the test JVMs' reports and fails the build when findings remain that the
 * baseline does not accept, printing what the reports tool's {@code check} prints (each finding,
 * its sites and its tests).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends ReportsGoal {
  /** Accepted findings, written by the {@code baseline} goal; used when the file exists. */
  @Parameter(
      property = "lockwatch.baseline",
      defaultValue = "${project.basedir}/lockwatch-baseline.json")
  private File baseline;

  /** What fails the build: deadlocks, cycles, races, hazards, and confirmed (proven deadlocks). */
  @Parameter(property = "lockwatch.failOn", defaultValue = "deadlocks,cycles,races,hazards")
  private List<String> failOn;

  /** Passes even when a budget of the analysis ran out (a finding may be missing). */
  @Parameter(property = "lockwatch.allowIncomplete", defaultValue = "false")
  private boolean allowIncomplete;

  /**
   * Fails too when a baseline entry matches no finding any more: for a build whose baseline lists
   * the findings its tests must make.
   */
  @Parameter(property = "lockwatch.strictBaseline", defaultValue = "false")
  private boolean strictBaseline;

  /** {@code false}: findings are printed as warnings and the build goes on. */
  @Parameter(property = "lockwatch.haltOnFailure", defaultValue = "true")
  private boolean haltOnFailure;

  @Override
  void execute(ReportSet reports) throws MojoExecutionException, MojoFailureException {
    Report report = reports.report();
    List<Finding> findings = Findings.of(report);
    CheckResult result =
        new ReportCheck(failingFindings(), baseline(), allowIncomplete, strictBaseline)
            .check(findings, report.summary().incomplete());
    String text = CheckSummary.text(report, reports.describe(), findings, result);
    if (result.passed()) {
      log(text, false);
      return;
    }
    if (!haltOnFailure) {
      text.lines().forEach(getLog()::warn);
      return;
    }
    log(text, true);
    throw new MojoFailureException(CheckSummary.verdict(reports.describe(), result));
  }

  private FailOn failingFindings() throws MojoExecutionException {
    try {
      return FailOn.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("failOn: " + e.getMessage(), e);
    }
  }

  private Baseline baseline() throws MojoExecutionException {
    if (baseline == null || !baseline.isFile()) {
      return null;
    }
    try {
      return Baseline.read(baseline.toPath());
    } catch (ReportFormatException e) {
      throw new MojoExecutionException("Lockwatch cannot use the baseline: " + e.getMessage(), e);
    }
  }
}
