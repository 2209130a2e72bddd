package io.lockwatch.report.check;

import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.WaitHazard;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
    return finding(
        FindingCategory.DEADLOCKS,
        deadlock.fingerprint(),
        deadlock.severity(),
        "seen by "
            + deadlock.detectedBy()
            + (deadlock.confirms() == null ? "" : ", confirms " + deadlock.confirms()),
        "threads " + joined(deadlock.threads(), ObservedDeadlock.DeadlockedThread::name, ", "),
        joined(deadlock.threads(), Findings::describeWaiter, "; "),
        deadlock.tests(),
        true);
  }

  private static String describeWaiter(ObservedDeadlock.DeadlockedThread thread) {
    return thread.name()
        + " waits for "
        + thread.waitsFor()
        + (thread.stack().isEmpty() ? "" : " at " + thread.stack().get(0).fileAndLine());
  }

  /** The finding of a lock-order cycle. */
  public static Finding of(LockOrderCycle cycle) {
    return finding(
        FindingCategory.CYCLES,
        cycle.fingerprint(),
        cycle.severity(),
        cycle.confirmation() == null
            ? cycle.kind()
            : cycle.kind() + ", " + cycle.confirmation().status(),
        cycle.chain() + (cycle.occurrences() > 1 ? " (" + cycle.occurrences() + " instances)" : ""),
        joined(cycle.edges(), Findings::describeEdge, "; "),
        cycle.tests(),
        cycle.confirmed());
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
    return finding(
        FindingCategory.RACES,
        field.fingerprint(),
        field.severity(),
        RaceVerdict.of(field),
        field.field(),
        joined(field.accesses(), Findings::describeAccess, "; ")
            + (field.observedRace() ? "" : "; " + RaceVerdict.why(field)),
        field.tests(),
        false);
  }

  private static String describeAccess(UnguardedField.FieldAccess access) {
    return access.kind()
        + " by "
        + access.thread()
        + " at "
        + access.site().fileAndLine()
        + " holding "
        + (access.locksHeld().isEmpty() ? "no lock" : String.join(", ", access.locksHeld()));
  }

  /** The finding of a wait hazard. */
  public static Finding of(WaitHazard hazard) {
    return finding(
        FindingCategory.HAZARDS,
        hazard.fingerprint(),
        hazard.severity(),
        null,
        hazard.waitKind()
            + " at "
            + hazard.waitSite().fileAndLine()
            + " while holding "
            + hazard.lockHeld()
            + " (taken at "
            + hazard.heldAt().fileAndLine()
            + ") by thread "
            + hazard.thread(),
        "",
        hazard.tests(),
        false);
  }

  /**
   * The one shape of every finding: a headline {@code lock-order cycle [high, deadlock]: subject},
   * named by its category, then the detail line.
   *
   * @param qualifier what follows the severity in brackets, or null for nothing
   * @param confirmed whether it is proven real
   */
  private static Finding finding(
      FindingCategory category,
      String fingerprint,
      String severity,
      String qualifier,
      String subject,
      String detail,
      List<String> tests,
      boolean confirmed) {
    String tags = qualifier == null ? severity : severity + ", " + qualifier;
    String headline = category.noun(1) + " [" + tags + "]: " + subject;
    return new Finding(category, fingerprint, severity, headline, detail, tests, confirmed);
  }

  private static <T> String joined(List<T> parts, Function<T, String> describe, String separator) {
    return parts.stream().map(describe).collect(Collectors.joining(separator));
  }
}
