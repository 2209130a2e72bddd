package io.lockwatch.compat;

import io.lockwatch.report.model.AgentError;
import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.Site;
import io.lockwatch.report.model.Summary;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.WaitHazard;
import io.lockwatch.testkit.AgentJvmResult;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A driver's findings as text for a person to judge: the summary, then every cycle, race, hazard,
 * deadlock and agent error with its sites and stacks, then the agent run's stderr.
 */
final class FindingsText {
  private FindingsText() {}

  /** The findings of the agent run of the driver called {@code name}. */
  static String of(String name, AgentJvmResult agent) {
    if (!agent.hasReport()) {
      return "== " + name + ": no report\n" + agent.describe();
    }
    Report report = agent.report();
    Summary s = report.summary();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "== %s findings (report %s)%n"
                + "  summary: classesInstrumented=%d locksSeen=%d acquisitions=%d edges=%d"
                + " cyclesFound=%d cyclesReported=%d cyclesFiltered=%s unguardedFields=%d"
                + " waitHazards=%d observedDeadlocks=%d agentErrors=%d fieldsTracked=%d"
                + " fieldAccesses=%d%n",
            name,
            agent.reportFile(),
            s.classesInstrumented(),
            s.locksSeen(),
            s.acquisitions(),
            s.edges(),
            s.cyclesFound(),
            s.cyclesReported(),
            s.cyclesFiltered(),
            s.unguardedFields(),
            s.waitHazards(),
            s.observedDeadlocks(),
            s.agentErrors(),
            s.fieldsTracked(),
            s.fieldAccesses()));
    for (LockOrderCycle cycle : report.lockOrderCycles()) {
      out.append(
          String.format(
              "  CYCLE [%s %s] x%d %s%n",
              cycle.severity(), cycle.kind(), cycle.occurrences(), cycle.chain()));
      for (CycleEdge edge : cycle.edges()) {
        out.append(
            String.format(
                "    thread %s holds %s (at %s) acquires %s (at %s) %s%n      stack: %s%n",
                edge.thread(),
                lockName(cycle, edge.from()),
                frame(edge.heldAt()),
                lockName(cycle, edge.to()),
                frame(edge.acquiredAt()),
                edge.acquiredMode(),
                stack(edge.acquiredStack())));
      }
    }
    for (UnguardedField field : report.unguardedFields()) {
      out.append(
          String.format(
              "  RACE [%s%s] %s%n",
              field.severity(),
              field.observedRace() ? ", observed" : ", predicted",
              field.field()));
      for (UnguardedField.FieldAccess access : field.accesses()) {
        out.append(
            String.format(
                "    %s by %s at %s holding %s%n      stack: %s%n",
                access.kind(),
                access.thread(),
                frame(access.site()),
                access.locksHeld(),
                stack(access.stack())));
      }
    }
    for (WaitHazard hazard : report.waitHazards()) {
      out.append(
          String.format(
              "  HAZARD [%s] %s by %s holding %s (at %s) waits at %s%n      stack: %s%n",
              hazard.severity(),
              hazard.waitKind(),
              hazard.thread(),
              hazard.lockHeld(),
              frame(hazard.heldAt()),
              frame(hazard.waitSite()),
              stack(hazard.stack())));
    }
    for (ObservedDeadlock deadlock : report.observedDeadlocks()) {
      out.append("  DEADLOCK " + deadlock + "\n");
    }
    for (AgentError error : report.agentErrors()) {
      out.append(
          String.format(
              "  AGENT ERROR [%s] %s x%d: %s%n",
              error.kind(), error.where(), error.count(), error.message()));
    }
    if (!agent.stderr().isBlank()) {
      out.append("  agent run stderr:\n");
      agent
          .stderr()
          .lines()
          .limit(40)
          .forEach(line -> out.append("    ").append(line).append('\n'));
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
    return stack.stream().limit(8).map(FindingsText::frame).collect(Collectors.joining(" <- "));
  }
}
