package io.lockwatch.report.check;

import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.WaitHazard;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the four finding sections of a report into one list of {@link Finding}s, most serious kind
 * first, each described in one or two lines.
 */
public final class Findings {
  private Findings() {}

  /** Every finding of the report: deadlocks, cycles, races, then hazards. */
  public static List<Finding> of(Report report) {
    List<Finding> findings = new ArrayList<>();
    report.observedDeadlocks().forEach(d -> findings.add(of(d)));
    report.lockOrderCycles().forEach(c -> findings.add(of(c)));
    report.unguardedFields().forEach(f -> findings.add(of(f)));
    report.waitHazards().forEach(h -> findings.add(of(h)));
    return findings;
  }

  /** The finding of an observed deadlock. */
  public static Finding of(ObservedDeadlock deadlock) {
    String headline =
        "observed deadlock ["
            + deadlock.severity()
            + ", seen by "
            + deadlock.detectedBy()
            + "]: threads "
            + deadlock.threads().stream()
                .map(ObservedDeadlock.DeadlockedThread::name)
                .collect(Collectors.joining(", "));
    String detail =
        deadlock.threads().stream()
            .map(
                t ->
                    t.name()
                        + " waits for "
                        + t.waitsFor()
                        + (t.stack().isEmpty() ? "" : " at " + t.stack().get(0).fileAndLine()))
            .collect(Collectors.joining("; "));
    return new Finding(
        FindingCategory.DEADLOCKS, deadlock.fingerprint(), deadlock.severity(), headline, detail);
  }

  /** The finding of a lock-order cycle. */
  public static Finding of(LockOrderCycle cycle) {
    String headline =
        "lock-order cycle ["
            + cycle.severity()
            + ", "
            + cycle.kind()
            + "]: "
            + cycle.chain()
            + (cycle.occurrences() > 1 ? " (" + cycle.occurrences() + " instances)" : "");
    String detail =
        cycle.edges().stream().map(Findings::describeEdge).collect(Collectors.joining("; "));
    return new Finding(
        FindingCategory.CYCLES, cycle.fingerprint(), cycle.severity(), headline, detail);
  }

  private static String describeEdge(CycleEdge edge) {
    return "thread "
        + edge.thread()
        + " holds "
        + edge.heldAt().fileAndLine()
        + " and takes "
        + edge.acquiredAt().fileAndLine();
  }

  /** The finding of an unguarded field. */
  public static Finding of(UnguardedField field) {
    String headline =
        "unguarded field ["
            + field.severity()
            + ", "
            + (field.observedRace() ? "observed race" : "predicted by lockset")
            + "]: "
            + field.field();
    String detail =
        field.accesses().stream()
            .map(
                a ->
                    a.kind()
                        + " by "
                        + a.thread()
                        + " at "
                        + a.site().fileAndLine()
                        + " holding "
                        + (a.locksHeld().isEmpty() ? "no lock" : String.join(", ", a.locksHeld())))
            .collect(Collectors.joining("; "));
    return new Finding(
        FindingCategory.RACES, field.fingerprint(), field.severity(), headline, detail);
  }

  /** The finding of a wait hazard. */
  public static Finding of(WaitHazard hazard) {
    String headline =
        "wait hazard ["
            + hazard.severity()
            + "]: "
            + hazard.waitKind()
            + " at "
            + hazard.waitSite().fileAndLine()
            + " while holding "
            + hazard.lockHeld()
            + " (taken at "
            + hazard.heldAt().fileAndLine()
            + ") by thread "
            + hazard.thread();
    return new Finding(
        FindingCategory.HAZARDS, hazard.fingerprint(), hazard.severity(), headline, "");
  }
}
