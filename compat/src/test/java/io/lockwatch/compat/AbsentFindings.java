package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.Site;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.testkit.AgentJvmResult;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Assertions that a finding TRIAGE.md shows to be false is absent from every agent run of a driver.
 * They fail while the agent reports it; each names the TRIAGE.md row it stands for.
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

  /**
   * No race reported on this field one of whose two accesses is in this method ({@code
   * binary.Class.method}): for a field that has a true race elsewhere (TRIAGE.md says which).
   */
  AbsentFindings noRaceOnWithAccessIn(String field, String method) {
    for (AgentJvmResult run : check.raceRuns()) {
      List<String> accesses =
          run.report().unguardedFields().stream()
              .filter(race -> race.field().equals(field))
              .flatMap(race -> race.accesses().stream())
              .map(UnguardedField.FieldAccess::site)
              .filter(site -> site != null && method.equals(site.className() + "." + site.method()))
              .map(Site::asFrame)
              .collect(Collectors.toList());
      assertThat(accesses)
          .as(
              "TRIAGE.md %s: a race on %s accessed in %s in %s",
              row, field, method, run.reportFile())
          .isEmpty();
    }
    return this;
  }

  /** No lock-order cycle with an edge whose held lock was taken in this method. */
  AbsentFindings noCycleWithEdgeHeldIn(String method) {
    for (AgentJvmResult run : check.agentRuns()) {
      List<String> chains =
          run.report().lockOrderCycles().stream()
              .filter(cycle -> cycle.edges().stream().anyMatch(e -> in(e.heldAt(), method)))
              .map(LockOrderCycle::chain)
              .collect(Collectors.toList());
      assertThat(chains)
          .as("TRIAGE.md %s: cycles with an edge held in %s in %s", row, method, run.reportFile())
          .isEmpty();
    }
    return this;
  }

  /** No wait hazard whose held lock's name contains {@code lockNamePart}. */
  AbsentFindings noWaitHazardHolding(String lockNamePart) {
    for (AgentJvmResult run : check.agentRuns()) {
      List<String> waits =
          run.report().waitHazards().stream()
              .filter(hazard -> hazard.lockHeld() != null)
              .filter(hazard -> hazard.lockHeld().contains(lockNamePart))
              .map(hazard -> hazard.waitKind() + " at " + hazard.waitSite().asFrame())
              .collect(Collectors.toList());
      assertThat(waits)
          .as("TRIAGE.md %s: wait hazards holding %s in %s", row, lockNamePart, run.reportFile())
          .isEmpty();
    }
    return this;
  }

  /**
   * Each agent run ruled cycles out by this rule ({@code summary.cyclesFiltered}): the shape the
   * row is about was seen, so its absence is the rule's doing, not a run that never got there.
   */
  AbsentFindings ruledOutBy(String rule) {
    for (AgentJvmResult run : check.agentRuns()) {
      assertThat(run.report().summary().cyclesFiltered().getOrDefault(rule, 0L))
          .as("TRIAGE.md %s: cycles ruled out by %s in %s", row, rule, run.reportFile())
          .isPositive();
    }
    return this;
  }

  private static boolean in(Site site, String method) {
    return site != null && method.equals(site.className() + "." + site.method());
  }
}
