package io.lockwatch.report.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which findings fail a build: those of the categories given to {@code --fail-on} whose
 * fingerprint the baseline does not hold.
 */
public final class ReportCheck {
  private final Set<FindingCategory> failOn;
  private final Baseline baseline;
  private final boolean withBaseline;

  /**
   * @param failOn the categories that fail the build
   * @param baseline accepted findings, or null for none
   */
  public ReportCheck(Collection<FindingCategory> failOn, Baseline baseline) {
    this.failOn = EnumSet.noneOf(FindingCategory.class);
    this.failOn.addAll(failOn);
    this.baseline = baseline != null ? baseline : Baseline.empty();
    this.withBaseline = baseline != null;
  }

  /** Sorts {@code findings} into failing, accepted and unchecked. */
  public CheckResult check(List<Finding> findings) {
    Set<String> acceptedPrints = baseline.fingerprints();
    List<Finding> failing = new ArrayList<>();
    List<Finding> accepted = new ArrayList<>();
    List<Finding> unchecked = new ArrayList<>();
    for (Finding finding : findings) {
      if (!failOn.contains(finding.category())) {
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
        List.copyOf(failing), List.copyOf(accepted), List.copyOf(unchecked), gone, withBaseline);
  }
}
