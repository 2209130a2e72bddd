package io.lockwatch.report.check;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What fails a check: whole categories of findings, and with {@code confirmed} the findings proven
 * real whatever their category: observed deadlocks and the lock-order cycles a confirm run ({@code
 * confirm=PATH}) steered into a real deadlock. {@code --fail-on confirmed} alone is the zero-noise
 * gate.
 *
 * @param categories the categories whose every finding fails
 * @param confirmed true when confirmed findings fail too
 */
public record FailOn(Set<FindingCategory> categories, boolean confirmed) {

  /** The name of the confirmed findings on the command line. */
  public static final String CONFIRMED = "confirmed";

  /** Every finding of {@code categories} fails. */
  public static FailOn categories(Collection<FindingCategory> categories) {
    Set<FindingCategory> set = EnumSet.noneOf(FindingCategory.class);
    set.addAll(categories);
    return new FailOn(set, false);
  }

  /**
   * Reads the names given to {@code --fail-on}: category ids and {@code confirmed}, any case.
   *
   * @throws IllegalArgumentException for any other name, saying which are accepted
   */
  public static FailOn parse(Collection<String> names) {
    Set<FindingCategory> set = EnumSet.noneOf(FindingCategory.class);
    boolean confirmed = false;
    for (String name : names) {
      if (name.trim().equalsIgnoreCase(CONFIRMED)) {
        confirmed = true;
      } else {
        try {
          set.add(FindingCategory.fromId(name));
        } catch (IllegalArgumentException unknown) {
          throw new IllegalArgumentException(
              "unknown category '"
                  + name
                  + "' (expected one of "
                  + FindingCategory.ids()
                  + ", "
                  + CONFIRMED
                  + ")");
        }
      }
    }
    return new FailOn(set, confirmed);
  }

  /** True when {@code finding} fails the check (unless the baseline accepts it). */
  public boolean fails(Finding finding) {
    return categories.contains(finding.category()) || (confirmed && finding.confirmed());
  }
}
