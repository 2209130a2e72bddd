package io.lockwatch.report.cli;

import io.lockwatch.report.check.Baseline;
import io.lockwatch.report.check.CheckResult;
import io.lockwatch.report.check.FailOn;
import io.lockwatch.report.check.Finding;
import io.lockwatch.report.check.Findings;
import io.lockwatch.report.check.ReportCheck;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.render.CheckSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code check}: the summary, then exit 0 (nothing to fail on), 1 (findings) or 2 (unusable). */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a short summary of the report(s) and fails when findings remain.",
      "Several reports (one per JVM) are merged first, so cycles across JVMs count too."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing to fail on",
      "1:findings remain after the baseline, or the analysis is incomplete, or (with"
          + " --strict-baseline) a baseline entry matches no finding",
      "2:unusable input: missing file, not JSON, wrong schemaVersion, fields missing"
    })
final class CheckCommand extends ReportCommand {
  @Option(
      names = "--fail-on",
      split = ",",
      paramLabel = "CATEGORY",
      converter = FailOnConverter.class,
      defaultValue = "deadlocks,cycles,races,hazards",
      description =
          "What fails the check, comma-separated: deadlocks, cycles, races, hazards, and"
              + " confirmed (observed deadlocks and the cycles a confirm run made deadlock, alone"
              + " the zero-noise gate). Default: ${DEFAULT-VALUE}.")
  List<String> failOn;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "Accepted findings (written by 'baseline'): only new findings fail.")
  Path baselineFile;

  @Option(
      names = "--allow-incomplete",
      description =
          "Pass even when a budget of the analysis ran out (a finding may be missing); each one is"
              + " still printed.")
  boolean allowIncomplete;

  @Option(
      names = "--strict-baseline",
      description =
          "Fail too when a baseline entry matches no finding any more: the baseline lists"
              + " findings the run must make (an expected finding disappeared).")
  boolean strictBaseline;

  @Override
  public Integer call() throws Exception {
    Report report = inputs.report();
    Baseline baseline = baselineFile == null ? null : Baseline.read(baselineFile);
    List<Finding> findings = Findings.of(report);
    CheckResult result =
        new ReportCheck(FailOn.parse(failOn), baseline, allowIncomplete, strictBaseline)
            .check(findings, report.summary().incomplete());

    PrintWriter out = out();
    out.print(CheckSummary.text(report, inputs.describe(), findings, result));
    out.flush();
    return result.passed() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
