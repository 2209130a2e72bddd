package io.lockwatch.report.check;

import io.lockwatch.report.model.Incomplete;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides what fails a build: the findings of the categories given to {@code --fail-on} whose
 * fingerprint the baseline does not hold, and an analysis that did not finish (a budget ran out, so
 * a finding may be missing) unless incomplete analyses are allowed.
 */
public final class ReportCheck {
  private final FailOn failOn;
  private final Baseline baseline;
  private final boolean withBaseline;
  private final boolean allowIncomplete;
  private final boolean strictBaseline;

  /**
   * A check where a baseline entry no finding matches any more is only reported.
   *
   * @param failOn the categories that fail the build
   * @param baseline accepted findings, or null for none
   * @param allowIncomplete true when an analysis that ran out of a budget may still pass
   */
  public ReportCheck(
      Collection<FindingCategory> failOn, Baseline baseline, boolean allowIncomplete) {
    this(FailOn.categories(failOn), baseline, allowIncomplete, false);
  }

  /**
   * @param failOn the categories, and whether confirmed findings, that fail the build
   * @param baseline accepted findings, or null for none
   * @param allowIncomplete true when an analysis that ran out of a budget may still pass
   */
  public ReportCheck(FailOn failOn, Baseline baseline, boolean allowIncomplete) {
    this(failOn, baseline, allowIncomplete, false);
  }

  /**
   * @param failOn the categories that fail the build
   * @param baseline accepted findings, or null for none
   * @param allowIncomplete true when an analysis that ran out of a budget may still pass
   * @param strictBaseline true when a baseline entry no finding matches fails the check: for a
   *     build whose baseline lists findings it expects (a test suite of known bugs)
   */
  public ReportCheck(
      Collection<FindingCategory> failOn,
      Baseline baseline,
      boolean allowIncomplete,
      boolean strictBaseline) {
    this(FailOn.categories(failOn), baseline, allowIncomplete, strictBaseline);
  }

  /**
   * @param failOn the categories, and whether confirmed findings, that fail the build
   * @param baseline accepted findings, or null for none
   * @param allowIncomplete true when an analysis that ran out of a budget may still pass
   * @param strictBaseline true when a baseline entry no finding matches fails the check
   */
  public ReportCheck(
      FailOn failOn, Baseline baseline, boolean allowIncomplete, boolean strictBaseline) {
    this.failOn = failOn;
    this.baseline = baseline != null ? baseline : Baseline.empty();
    this.withBaseline = baseline != null;
    this.allowIncomplete = allowIncomplete;
    this.strictBaseline = strictBaseline;
  }

  /** Sorts {@code findings} into failing, accepted and unchecked, with a complete analysis. */
  public CheckResult check(List<Finding> findings) {
    return check(findings, List.of());
  }

  /**
   * Sorts {@code findings} into failing, accepted and unchecked.
   *
   * @param incomplete what left the analysis incomplete (the report's {@code summary.incomplete})
   */
  public CheckResult check(List<Finding> findings, List<Incomplete> incomplete) {
    Set<String> acceptedPrints = baseline.fingerprints();
    List<Finding> failing = new ArrayList<>();
    List<Finding> accepted = new ArrayList<>();
    List<Finding> unchecked = new ArrayList<>();
    for (Finding finding : findings) {
      if (!failOn.fails(finding)) {
        unchecked.add(finding);
      } else if (acceptedPrints.contains(finding.fingerprint())) {
        accepted.add(finding);
      } else {
        failing.add(finding);
      }
    }
    Set<String> found = new HashSet<>(findings.stream().map(Finding::fingerprint).toList());
    List<Baseline.Entry> gone =
        baseline.entries().stream().filter(e -> !found.contains(e.fingerprint())).toList();
    return new CheckResult(
        List.copyOf(failing),
        List.copyOf(accepted),
        List.copyOf(unchecked),
        gone,
        withBaseline,
        List.copyOf(incomplete),
        allowIncomplete,
        strictBaseline);
  }
}
