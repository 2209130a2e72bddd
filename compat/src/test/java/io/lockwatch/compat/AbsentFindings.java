package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.WaitHazard;
import io.lockwatch.testkit.AgentJvmResult;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Assertions that a finding TRIAGE.md shows to be false is absent from every agent run of a
 * driver. They fail while the agent reports it; each names the TRIAGE.md row it stands for.
 */
final class AbsentFindings {
  private final CompatCheck check;
  private final String row;

  private AbsentFindings(CompatCheck check, String row) {
    this.check = check;
    this.row = row;
  }

  /** Assertions on the driver's runs for the false finding of TRIAGE.md row {@code row}. */
  static AbsentFindings of(DriverProgram driver, String row) {
    return new AbsentFindings(CompatCheck.runsOf(driver), row);
  }

  /** No race reported on this field ({@code binary.Class.field}) in races=on or predict. */
  AbsentFindings noRaceOn(String field) {
    for (AgentJvmResult run : check.raceRuns()) {
      assertThat(run.report().unguardedFields())
          .as("TRIAGE.md %s: races reported on %s in %s", row, field, run.reportFile())
          .extracting(UnguardedField::field)
          .doesNotContain(field);
    }
    return this;
  }

  /** No race reported on a field of a class whose name starts with the prefix. */
  AbsentFindings noRaceOnFieldsOf(String classPrefix) {
    for (AgentJvmResult run : check.raceRuns()) {
      assertThat(run.report().unguardedFields())
          .as("TRIAGE.md %s: races on fields of %s* in %s", row, classPrefix, run.reportFile())
          .extracting(UnguardedField::field)
          .noneMatch(field -> field.startsWith(classPrefix));
    }
    return this;
  }

  /** No lock-order cycle one of whose edges was acquired in a class under the prefix. */
  AbsentFindings noCycleAcquiredIn(String classPrefix) {
    for (AgentJvmResult run : check.agentRuns()) {
      List<String> chains =
          run.report().lockOrderCycles().stream()
              .filter(cycle -> acquiredIn(cycle, classPrefix))
              .map(LockOrderCycle::chain)
              .collect(Collectors.toList());
      assertThat(chains)
          .as("TRIAGE.md %s: cycles through %s* in %s", row, classPrefix, run.reportFile())
          .isEmpty();
    }
    return this;
  }

  /** No wait hazard whose wait is in this method ({@code binary.Class.method}). */
  AbsentFindings noWaitHazardIn(String method) {
    for (AgentJvmResult run : check.agentRuns()) {
      List<String> waits =
          run.report().waitHazards().stream()
              .map(WaitHazard::waitSite)
              .filter(site -> site != null && method.equals(site.className() + "." + site.method()))
              .map(site -> site.asFrame())
              .collect(Collectors.toList());
      assertThat(waits)
          .as("TRIAGE.md %s: wait hazards in %s in %s", row, method, run.reportFile())
          .isEmpty();
    }
    return this;
  }

  private static boolean acquiredIn(LockOrderCycle cycle, String classPrefix) {
    for (CycleEdge edge : cycle.edges()) {
      if (edge.acquiredAt() != null
          && edge.acquiredAt().className() != null
          && edge.acquiredAt().className().startsWith(classPrefix)) {
        return true;
      }
    }
    return false;
  }
}
