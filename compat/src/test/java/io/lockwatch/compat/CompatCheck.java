package io.lockwatch.compat;

import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThatReportOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.AgentError;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.Summary;
import io.lockwatch.report.schema.ReportSchema;
import io.lockwatch.testkit.AgentJvmResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every compatibility IT checks: the driver runs plainly and under the agent in each {@code
 * races} mode ({@code on}, {@code predict}, {@code off}) with the same exit code and the same
 * standard output; no agent run's stderr shows a linkage or verification failure or an uncaught
 * exception; each report is valid and plausible and lists no agent error but those the IT allows
 * (with a reason). The findings are printed and written next to the runs for a person to judge:
 * real libraries have real findings, and the false ones are asserted absent by the ITs' tests
 * tagged {@value #KNOWN_FALSE_POSITIVE} (see TRIAGE.md).
 */
final class CompatCheck {
  /** The races modes every driver runs under, in this order. */
  static final List<String> MODES = List.of("on", "predict", "off");

  /**
   * The JUnit tag of the tests that assert a false finding absent: they fail until the agent is
   * fixed, so {@code mvn verify} leaves them out; {@code -Pcompat-known-false-positives} runs them.
   */
  static final String KNOWN_FALSE_POSITIVE = "known-false-positive";

  /** The JUnit tag of the drivers left out of the CI subset; {@code -Pcompat-full} runs them. */
  static final String FULL_SUITE = "compat-full";

  /** Never in an agent run's stderr: each means the agent broke a class or the program. */
  static final List<String> FORBIDDEN_IN_STDERR =
      List.of(
          "VerifyError",
          "LinkageError",
          "NoClassDefFoundError",
          "ClassFormatError",
          "IncompatibleClassChangeError",
          "Exception in thread");

  /** Agent errors that mean the agent failed a class or a hook: allowed only by exact class. */
  private static final List<String> BREAKING_KINDS =
      List.of("hook", "instrument", "instrumentation");

  private static final Map<String, DriverRuns> RUNS = new ConcurrentHashMap<>();

  final DriverProgram driver;
  final AgentJvmResult plain;

  /** The run under {@code races=on}, the agent's default. */
  final AgentJvmResult agent;

  /** Every agent run by races mode, in {@link #MODES} order. */
  final Map<String, AgentJvmResult> byMode;

  private CompatCheck(DriverRuns runs) {
    this.driver = runs.driver();
    this.plain = runs.plain();
    this.byMode = runs.byMode();
    this.agent = byMode.get("on");
  }

  /** {@link #run(DriverProgram, AllowedAgentError...)} for a driver of this module. */
  static CompatCheck run(Class<?> driver, AllowedAgentError... allowed) {
    return run(DriverProgram.of(driver), allowed);
  }

  /**
   * Runs the driver plainly and in every races mode (once per test JVM), then checks what every
   * driver must satisfy; {@code allowed} lists the agent errors it may report, each with a reason.
   */
  static CompatCheck run(DriverProgram driver, AllowedAgentError... allowed) {
    CompatCheck check = runsOf(driver);
    assertThat(check.plain.exitCode()).as("exit code of the plain run%n%s", check.plain).isZero();
    assertThat(check.plain.stdout())
        .as("the plain run ends with its 'ok' line%n%s", check.plain)
        .contains(driver.name + ": ok");
    for (String mode : MODES) {
      AgentJvmResult run = check.byMode.get(mode);
      check.assertSameBehaviour(mode, run);
      check.assertCleanStderr(mode, run);
      check.assertValidReport(mode, run);
      check.assertOnlyAllowedAgentErrors(mode, run, List.of(allowed));
    }
    return check;
  }

  /**
   * {@link #run} for a framework driver, then what each of them must show too: the agent saw locks
   * taken and fields accessed in every mode, and some site of the report is in the library (a class
   * whose name starts with {@code libraryPrefix}), so the library itself was instrumented.
   */
  static CompatCheck runAndSee(DriverProgram driver, String libraryPrefix) {
    CompatCheck check = run(driver);
    check.assertAcquisitions();
    check.assertFieldAccesses();
    assertThat(check.reportMentions(libraryPrefix))
        .as("the report has sites in %s* (the library's own locks were seen)", libraryPrefix)
        .isTrue();
    return check;
  }

  /**
   * The driver's runs (plain and every mode), launched on first use and shared by every test of the
   * JVM, without checking them: for the tests of known false positives.
   */
  static CompatCheck runsOf(DriverProgram driver) {
    return new CompatCheck(RUNS.computeIfAbsent(driver.mainClass, k -> DriverRuns.launch(driver)));
  }

  /** The runs in which race detection was on ({@code on} and {@code predict}). */
  List<AgentJvmResult> raceRuns() {
    return List.of(byMode.get("on"), byMode.get("predict"));
  }

  /** Every agent run. */
  List<AgentJvmResult> agentRuns() {
    return new ArrayList<>(byMode.values());
  }

  private void assertSameBehaviour(String mode, AgentJvmResult run) {
    assertThat(run.exitCode())
        .as("exit code under races=%s (plain: %d)%n%s", mode, plain.exitCode(), run)
        .isEqualTo(plain.exitCode());
    assertThat(run.stdout())
        .as("stdout under races=%s, against the plain run's%n%s", mode, run)
        .isEqualTo(plain.stdout());
  }

  private void assertCleanStderr(String mode, AgentJvmResult run) {
    for (String forbidden : FORBIDDEN_IN_STDERR) {
      assertThat(run.stderr())
          .as("stderr of the races=%s run must not mention %s%n%s", mode, forbidden, run)
          .doesNotContain(forbidden);
    }
  }

  private void assertValidReport(String mode, AgentJvmResult run) {
    Report report = run.report();
    try {
      assertThat(ReportSchema.problems(run.reportFile()))
          .as("schema problems of %s", run.reportFile())
          .isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThatReportOf(run).hasOption("races", mode);
    Summary summary = report.summary();
    assertThat(summary.classesInstrumented())
        .as("summary.classesInstrumented in %s", run.reportFile())
        .isPositive();
    for (AgentError error : report.agentErrors()) {
      assertThat(error.kind()).as("kind of %s", error).isNotBlank();
      assertThat(error.where()).as("where of %s", error).isNotBlank();
      assertThat(error.message()).as("message of %s", error).isNotBlank();
      assertThat(error.count()).as("count of %s", error).isPositive();
    }
    assertThat(summary.agentErrors())
        .as("summary.agentErrors counts every error in agentErrors")
        .isEqualTo(report.agentErrors().stream().mapToLong(AgentError::count).sum());
    assertThat(summary.cyclesReported()).isEqualTo(report.lockOrderCycles().size());
    assertThat(summary.unguardedFields()).isEqualTo(report.unguardedFields().size());
    assertThat(summary.waitHazards()).isEqualTo(report.waitHazards().size());
    assertThat(report.observedDeadlocks())
        .as("no deadlock may happen in a run that ended by itself (races=%s)", mode)
        .isEmpty();
    if (mode.equals("off")) {
      assertThat(report.unguardedFields()).as("races=off reports no race").isEmpty();
    }
  }

  private void assertOnlyAllowedAgentErrors(
      String mode, AgentJvmResult run, List<AllowedAgentError> allowed) {
    List<AgentError> unexpected = new ArrayList<>();
    for (AgentError error : run.report().agentErrors()) {
      if (allowed.stream().noneMatch(a -> a.matches(error))) {
        unexpected.add(error);
      }
    }
    assertThat(unexpected)
        .as(
            "agent errors of the races=%s run that the IT does not allow (kinds %s never, unless"
                + " for the exact class)",
            mode, BREAKING_KINDS)
        .isEmpty();
    for (AllowedAgentError allowance : allowed) {
      if (BREAKING_KINDS.contains(allowance.kind())) {
        assertThat(allowance.where())
            .as("an allowed %s error names one class, not a prefix", allowance.kind())
            .doesNotEndWith(".");
      }
    }
  }

  /** The agent saw the program (or the library) take locks, in every mode. */
  void assertAcquisitions() {
    for (AgentJvmResult run : agentRuns()) {
      Summary summary = run.report().summary();
      assertThat(summary.acquisitions())
          .as("summary.acquisitions in %s", run.reportFile())
          .isPositive();
      assertThat(summary.locksSeen()).as("summary.locksSeen in %s", run.reportFile()).isPositive();
    }
  }

  /** Race detection watched fields (races=on and predict). */
  void assertFieldAccesses() {
    for (AgentJvmResult run : raceRuns()) {
      Summary summary = run.report().summary();
      assertThat(summary.fieldsTracked())
          .as("summary.fieldsTracked in %s", run.reportFile())
          .isPositive();
      assertThat(summary.fieldAccesses())
          .as("summary.fieldAccesses in %s", run.reportFile())
          .isPositive();
    }
  }

  /** True when some site of the races=on report (edge, finding or lock) is under the prefix. */
  boolean reportMentions(String classPrefix) {
    return ReportSites.of(agent.report()).stream()
        .anyMatch(
            site ->
                site != null
                    && site.className() != null
                    && site.className().startsWith(classPrefix));
  }

  /** The agent error about this class (kind {@code instrumentation}) in races=on, or null. */
  AgentError instrumentationError(String className) {
    return agent.report().agentErrors().stream()
        .filter(e -> "instrumentation".equals(e.kind()) && className.equals(e.where()))
        .findFirst()
        .orElse(null);
  }

  /** The plain run and the agent runs of one driver, with their wall times. */
  private record DriverRuns(
      DriverProgram driver, AgentJvmResult plain, Map<String, AgentJvmResult> byMode) {

    static DriverRuns launch(DriverProgram driver) {
      AgentJvmResult plain = DriverLaunch.run(driver, null);
      Map<String, AgentJvmResult> byMode = new LinkedHashMap<>();
      for (String mode : MODES) {
        byMode.put(mode, DriverLaunch.run(driver, mode));
      }
      RunRecords.write(driver, plain, byMode);
      return new DriverRuns(driver, plain, byMode);
    }
  }
}
