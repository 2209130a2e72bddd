package io.lockwatch.testkit.expect;

import io.lockwatch.testkit.AgentJvmResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns an {@link ExpectedRun} into the {@link Check}s a run must pass: one that the JVM ended as
 * expected, one per finding statement and per site, one that nothing else was found, one per
 * summary bound and option. The same checks serve a test (one test each) and a verdict ({@link
 * #problems}: the messages of those that fail), so the two can never disagree.
 */
public final class RunChecks {
  private RunChecks() {}

  /**
   * Every check of the run.
   *
   * @param run the run to check, fetched when a check first needs it
   * @param otherRuns the runs of other targets by name, for {@code @expect:twin}
   */
  public static List<Check> of(
      ExpectedRun expected,
      Supplier<AgentJvmResult> run,
      Function<String, AgentJvmResult> otherRuns) {
    List<Check> checks = new ArrayList<>();
    RunEndChecks.addTo(checks, expected, run);
    CycleChecks.addTo(checks, expected, run);
    RaceChecks.addTo(checks, expected, run);
    HazardChecks.addTo(checks, expected, run);
    DeadlockChecks.addTo(checks, expected, run);
    ReportChecks.addTo(checks, expected, run, otherRuns);
    return checks;
  }

  /**
   * What is wrong with the run, one line per failed check; empty when it shows everything it
   * should. Checks that need other runs are left out; a run without a report has that one problem.
   */
  public static List<String> problems(ExpectedRun expected, AgentJvmResult run) {
    if (!run.hasReport()) {
      return List.of("no report at " + run.reportFile() + ", exit code " + run.exitCode());
    }
    List<String> problems = new ArrayList<>();
    for (Check check : of(expected, () -> run, name -> null)) {
      if (check.needsOtherRuns()) {
        continue;
      }
      try {
        check.body().run();
      } catch (AssertionError | RuntimeException failed) {
        problems.add(check.name() + ": " + oneLine(failed.getMessage()));
      }
    }
    return problems;
  }

  private static String oneLine(String message) {
    return message == null ? "failed" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
