package io.lockwatch.compat;

import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThatReportOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.AgentError;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.Site;
import io.lockwatch.report.model.Summary;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.WaitHazard;
import io.lockwatch.report.schema.ReportSchema;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What every compatibility IT checks: the driver runs plainly and under the agent ({@code
 * races=on}) with the same exit code and the same standard output, the agent run's stderr shows no
 * linkage or verification failure and no uncaught exception, and the report is valid and plausible.
 * The findings are printed (and written next to the runs) for a person to judge: real libraries may
 * have real findings, so they are not asserted away.
 */
final class CompatCheck {
  /** Options of the agent run: race detection on (the default, given explicitly). */
  static final String AGENT_OPTIONS = "races=on";

  /** Never in the agent run's stderr: each means the agent broke a class or the program. */
  static final List<String> FORBIDDEN_IN_STDERR =
      List.of(
          "VerifyError",
          "LinkageError",
          "NoClassDefFoundError",
          "ClassFormatError",
          "IncompatibleClassChangeError",
          "Exception in thread");

  /** Long enough for the slowest driver (H2) under the agent on a busy machine. */
  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  final AgentJvmResult plain;
  final AgentJvmResult agent;

  private CompatCheck(AgentJvmResult plain, AgentJvmResult agent) {
    this.plain = plain;
    this.agent = agent;
  }

  /** Runs the driver plainly, then under the agent, and checks what every driver must satisfy. */
  static CompatCheck run(Class<?> driver) {
    AgentJvmResult plain = run(driver, null);
    assertThat(plain.exitCode()).as("exit code of the plain run%n%s", plain).isZero();
    assertThat(plain.stdout())
        .as("the plain run ends with its 'ok' line%n%s", plain)
        .contains(driver.getSimpleName() + ": ok");

    AgentJvmResult agent = run(driver, AGENT_OPTIONS);
    CompatCheck check = new CompatCheck(plain, agent);
    System.out.printf(
        "%s: plain run %d ms, agent run %d ms%n",
        driver.getSimpleName(), plain.elapsed().toMillis(), agent.elapsed().toMillis());
    check.printFindings(driver);
    check.assertSameBehaviour();
    check.assertCleanStderr();
    check.assertValidReport();
    return check;
  }

  void assertSameBehaviour() {
    assertThat(agent.exitCode())
        .as("exit code under the agent (plain: %d)%n%s", plain.exitCode(), agent)
        .isEqualTo(plain.exitCode());
    assertThat(agent.stdout())
        .as("stdout under the agent, against the plain run's%n%s", agent)
        .isEqualTo(plain.stdout());
  }

  void assertCleanStderr() {
    for (String forbidden : FORBIDDEN_IN_STDERR) {
      assertThat(agent.stderr())
          .as("stderr of the agent run must not mention %s%n%s", forbidden, agent)
          .doesNotContain(forbidden);
    }
  }

  void assertValidReport() {
    Report report = agent.report();
    try {
      assertThat(ReportSchema.problems(agent.reportFile()))
          .as("schema problems of %s", agent.reportFile())
          .isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThatReportOf(agent).hasOption("races", "on").hasNoAgentErrorOfKind("hook");
    Summary summary = report.summary();
    assertThat(summary.classesInstrumented())
        .as("summary.classesInstrumented in %s", agent.reportFile())
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
        .as("no deadlock may happen in a run that ended by itself")
        .isEmpty();
  }

  /** The agent saw the program (or the library) take locks. */
  void assertAcquisitions() {
    Summary summary = agent.report().summary();
    assertThat(summary.acquisitions())
        .as("summary.acquisitions in %s", agent.reportFile())
        .isPositive();
    assertThat(summary.locksSeen()).as("summary.locksSeen in %s", agent.reportFile()).isPositive();
  }

  /** Race detection watched fields. */
  void assertFieldAccesses() {
    Summary summary = agent.report().summary();
    assertThat(summary.fieldsTracked())
        .as("summary.fieldsTracked in %s", agent.reportFile())
        .isPositive();
    assertThat(summary.fieldAccesses())
        .as("summary.fieldAccesses in %s", agent.reportFile())
        .isPositive();
  }

  /** True when some site of the report (edge, finding or lock) is in a class under the prefix. */
  boolean reportMentions(String classPrefix) {
    return sites(agent.report()).stream()
        .anyMatch(
            site ->
                site != null
                    && site.className() != null
                    && site.className().startsWith(classPrefix));
  }

  /** The agent error about this class (kind {@code instrumentation}), or null. */
  AgentError instrumentationError(String className) {
    return agent.report().agentErrors().stream()
        .filter(e -> "instrumentation".equals(e.kind()) && className.equals(e.where()))
        .findFirst()
        .orElse(null);
  }

  private static List<Site> sites(Report report) {
    List<Site> sites = new java.util.ArrayList<>();
    report
        .lockOrderEdges()
        .forEach(
            e -> {
              sites.add(e.heldAt());
              sites.add(e.acquiredAt());
            });
    for (LockOrderCycle cycle : report.lockOrderCycles()) {
      cycle.locks().forEach(l -> sites.add(l.firstSeen()));
      cycle
          .edges()
          .forEach(
              e -> {
                sites.add(e.heldAt());
                sites.add(e.acquiredAt());
              });
    }
    for (UnguardedField field : report.unguardedFields()) {
      field.accesses().forEach(a -> sites.add(a.site()));
    }
    for (WaitHazard hazard : report.waitHazards()) {
      sites.add(hazard.heldAt());
      sites.add(hazard.waitSite());
    }
    return sites;
  }

  /** Prints the summary and every finding, and writes the same to {@code <Driver>-findings.txt}. */
  void printFindings(Class<?> driver) {
    String text = FindingsText.of(driver.getSimpleName(), agent);
    System.out.println(text);
    Path file = TestPaths.runsDir().resolve(driver.getSimpleName() + "-findings.txt");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs the driver, plainly ({@code agentOptions} null) or under the agent, in a fresh directory.
   */
  private static AgentJvmResult run(Class<?> driver, String agentOptions) {
    Path libs = TestPaths.property("lockwatch.compat.lib", "target/lib");
    if (!Files.isDirectory(libs)) {
      throw new AssertionError(
          "the drivers' libraries are not in " + libs + ": run mvn package in compat first");
    }
    Path dir =
        TestPaths.runsDir()
            .resolve(driver.getSimpleName() + (agentOptions == null ? "-plain" : "-agent"));
    deleteRecursively(dir);
    AgentJvm jvm =
        AgentJvm.of(driver)
            .classPath(TestPaths.classPathEntryOf(driver), libs.resolve("*"))
            .args(dir.resolve("files").toString())
            .in(dir)
            .named("run")
            .timeout(TIMEOUT);
    return (agentOptions == null ? jvm.withoutAgent() : jvm.agentOptions(agentOptions)).run();
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + dir, e);
    }
  }
}
