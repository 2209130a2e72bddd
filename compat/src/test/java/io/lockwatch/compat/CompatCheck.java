package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.AgentError;
import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.Site;
import io.lockwatch.report.model.Summary;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.WaitHazard;
import io.lockwatch.report.schema.ReportSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What every compatibility IT checks: the driver runs plainly and under the agent ({@code
 * races=on}) with the same exit code and the same standard output, the agent run's stderr shows no
 * linkage or verification failure and no uncaught exception, and the report is valid and plausible.
 * The findings are printed (and written next to the runs) for a person to judge: real libraries
 * may have real findings, so they are not asserted away.
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

  final DriverRun plain;
  final DriverRun agent;

  private CompatCheck(DriverRun plain, DriverRun agent) {
    this.plain = plain;
    this.agent = agent;
  }

  /** Runs the driver plainly, then under the agent, and checks what every driver must satisfy. */
  static CompatCheck run(Class<?> driver) {
    DriverRun plain = DriverRun.plain(driver);
    assertThat(plain.exitCode).as("exit code of the plain run%n%s", plain).isZero();
    assertThat(plain.stdout)
        .as("the plain run ends with its 'ok' line%n%s", plain)
        .contains(driver.getSimpleName() + ": ok");

    DriverRun agent = DriverRun.withAgent(driver, AGENT_OPTIONS);
    CompatCheck check = new CompatCheck(plain, agent);
    System.out.printf(
        "%s: plain run %d ms, agent run %d ms%n",
        driver.getSimpleName(), plain.elapsed.toMillis(), agent.elapsed.toMillis());
    check.printFindings(driver);
    check.assertSameBehaviour();
    check.assertCleanStderr();
    check.assertValidReport();
    return check;
  }

  void assertSameBehaviour() {
    assertThat(agent.exitCode)
        .as("exit code under the agent (plain: %d)%n%s", plain.exitCode, agent)
        .isEqualTo(plain.exitCode);
    assertThat(agent.stdout)
        .as("stdout under the agent, against the plain run's%n%s", agent)
        .isEqualTo(plain.stdout);
  }

  void assertCleanStderr() {
    for (String forbidden : FORBIDDEN_IN_STDERR) {
      assertThat(agent.stderr)
          .as("stderr of the agent run must not mention %s%n%s", forbidden, agent)
          .doesNotContain(forbidden);
    }
  }

  void assertValidReport() {
    Report report = agent.report();
    try {
      assertThat(ReportSchema.problems(agent.reportFile))
          .as("schema problems of %s", agent.reportFile)
          .isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(report.run().options())
        .as("run.options in %s", agent.reportFile)
        .containsEntry("races", "on");
    Summary summary = report.summary();
    assertThat(summary.classesInstrumented())
        .as("summary.classesInstrumented in %s", agent.reportFile)
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
        .as("summary.acquisitions in %s", agent.reportFile)
        .isPositive();
    assertThat(summary.locksSeen()).as("summary.locksSeen in %s", agent.reportFile).isPositive();
  }

  /** Race detection watched fields. */
  void assertFieldAccesses() {
    Summary summary = agent.report().summary();
    assertThat(summary.fieldsTracked())
        .as("summary.fieldsTracked in %s", agent.reportFile)
        .isPositive();
    assertThat(summary.fieldAccesses())
        .as("summary.fieldAccesses in %s", agent.reportFile)
        .isPositive();
  }

  /** True when some site of the report (edge, finding or lock) is in a class under the prefix. */
  boolean reportMentions(String classPrefix) {
    return sites(agent.report()).stream()
        .anyMatch(site -> site != null && site.className() != null
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
    report.lockOrderEdges().forEach(e -> {
      sites.add(e.heldAt());
      sites.add(e.acquiredAt());
    });
    for (LockOrderCycle cycle : report.lockOrderCycles()) {
      cycle.locks().forEach(l -> sites.add(l.firstSeen()));
      cycle.edges().forEach(e -> {
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
    String text = findings(driver.getSimpleName());
    System.out.println(text);
    Path file = CompatPaths.runsDir().resolve(driver.getSimpleName() + "-findings.txt");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String findings(String name) {
    if (!agent.hasReport()) {
      return "== " + name + ": no report\n" + agent.describe();
    }
    Report report = agent.report();
    Summary s = report.summary();
    StringBuilder out = new StringBuilder();
    out.append(String.format(
        "== %s findings (report %s)%n"
            + "  summary: classesInstrumented=%d locksSeen=%d acquisitions=%d edges=%d"
            + " cyclesFound=%d cyclesReported=%d cyclesFiltered=%s unguardedFields=%d"
            + " waitHazards=%d observedDeadlocks=%d agentErrors=%d fieldsTracked=%d"
            + " fieldAccesses=%d%n",
        name, agent.reportFile, s.classesInstrumented(), s.locksSeen(), s.acquisitions(),
        s.edges(), s.cyclesFound(), s.cyclesReported(), s.cyclesFiltered(), s.unguardedFields(),
        s.waitHazards(), s.observedDeadlocks(), s.agentErrors(), s.fieldsTracked(),
        s.fieldAccesses()));
    for (LockOrderCycle cycle : report.lockOrderCycles()) {
      out.append(String.format(
          "  CYCLE [%s %s] x%d %s%n", cycle.severity(), cycle.kind(), cycle.occurrences(),
          cycle.chain()));
      for (CycleEdge edge : cycle.edges()) {
        out.append(String.format(
            "    thread %s holds %s (at %s) acquires %s (at %s) %s%n      stack: %s%n",
            edge.thread(), lockName(cycle, edge.from()), frame(edge.heldAt()),
            lockName(cycle, edge.to()), frame(edge.acquiredAt()), edge.acquiredMode(),
            stack(edge.acquiredStack())));
      }
    }
    for (UnguardedField field : report.unguardedFields()) {
      out.append(String.format(
          "  RACE [%s%s] %s%n", field.severity(), field.observedRace() ? ", observed" : ", predicted",
          field.field()));
      for (UnguardedField.FieldAccess access : field.accesses()) {
        out.append(String.format(
            "    %s by %s at %s holding %s%n      stack: %s%n",
            access.kind(), access.thread(), frame(access.site()), access.locksHeld(),
            stack(access.stack())));
      }
    }
    for (WaitHazard hazard : report.waitHazards()) {
      out.append(String.format(
          "  HAZARD [%s] %s by %s holding %s (at %s) waits at %s%n      stack: %s%n",
          hazard.severity(), hazard.waitKind(), hazard.thread(), hazard.lockHeld(),
          frame(hazard.heldAt()), frame(hazard.waitSite()), stack(hazard.stack())));
    }
    for (ObservedDeadlock deadlock : report.observedDeadlocks()) {
      out.append("  DEADLOCK " + deadlock + "\n");
    }
    for (AgentError error : report.agentErrors()) {
      out.append(String.format(
          "  AGENT ERROR [%s] %s x%d: %s%n", error.kind(), error.where(), error.count(),
          error.message()));
    }
    if (!agent.stderr.isBlank()) {
      out.append("  agent run stderr:\n");
      agent.stderr.lines().limit(40).forEach(line -> out.append("    ").append(line).append('\n'));
    }
    return out.toString();
  }

  private static String lockName(LockOrderCycle cycle, int id) {
    return cycle.locks().stream()
        .filter(lock -> lock.id() == id)
        .map(lock -> lock.name())
        .findFirst()
        .orElse("#" + id);
  }

  private static String frame(Site site) {
    return site == null ? "?" : site.asFrame();
  }

  private static String stack(List<Site> stack) {
    if (stack == null || stack.isEmpty()) {
      return "-";
    }
    return stack.stream().limit(8).map(CompatCheck::frame).collect(Collectors.joining(" <- "));
  }
}
