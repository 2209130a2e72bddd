package io.lockwatch.report.check;

import java.util.ArrayList;
import java.util.List;

/**
 * What a check concluded.
 *
 * @param failing findings that fail the build: in a checked category and not in the baseline
 * @param accepted findings of a checked category that the baseline accepts
 * @param unchecked findings of categories not in {@code --fail-on}
 * @param gone baseline entries no finding matches any more (fixed, or not seen in this run)
 * @param withBaseline whether a baseline was given
 */
public record CheckResult(
    List<Finding> failing,
    List<Finding> accepted,
    List<Finding> unchecked,
    List<Baseline.Entry> gone,
    boolean withBaseline) {

  /** True when nothing fails the build. */
  public boolean passed() {
    return failing.isEmpty();
  }

  /**
   * One line for the end of a build log, e.g. {@code 2 lock-order cycles found, 0 allowed: see
   * target/lockwatch.json}.
   *
   * @param where the report file(s) to look at
   */
  public String verdict(String where) {
    List<String> parts = new ArrayList<>();
    for (FindingCategory category : FindingCategory.values()) {
      long failed = count(failing, category);
      if (failed == 0) {
        continue;
      }
      long inBaseline = count(accepted, category);
      parts.add(
          withBaseline
              ? failed
                  + " new "
                  + category.noun(failed)
                  + " found ("
                  + inBaseline
                  + " in the baseline), 0 allowed"
              : category.count(failed) + " found, 0 allowed");
    }
    if (!parts.isEmpty()) {
      return String.join("; ", parts) + ": see " + where;
    }
    List<String> notes = new ArrayList<>();
    if (!accepted.isEmpty()) {
      notes.add(accepted.size() + " in the baseline");
    }
    if (!unchecked.isEmpty()) {
      notes.add(unchecked.size() + " of categories not checked");
    }
    return (withBaseline ? "no new findings" : "no findings")
        + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")")
        + ": "
        + where;
  }

  private static long count(List<Finding> findings, FindingCategory category) {
    return findings.stream().filter(f -> f.category() == category).count();
  }
}
