package io.lockwatch.report.check;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of findings a build can fail on, named as in {@code --fail-on}. */
public enum FindingCategory {
  DEADLOCKS("deadlocks", "observed deadlock", "observed deadlocks"),
  CYCLES("cycles", "lock-order cycle", "lock-order cycles"),
  RACES("races", "unguarded field", "unguarded fields"),
  HAZARDS("hazards", "wait hazard", "wait hazards");

  private final String id;
  private final String singular;
  private final String plural;

  FindingCategory(String id, String singular, String plural) {
    this.id = id;
    this.singular = singular;
    this.plural = plural;
  }

  /** The name used on the command line and in baselines: {@code cycles}, {@code races}... */
  public String id() {
    return id;
  }

  /** {@code 1 lock-order cycle}, {@code 2 lock-order cycles}. */
  public String count(long n) {
    return n + " " + noun(n);
  }

  /** {@code lock-order cycle} for one, {@code lock-order cycles} for any other number. */
  public String noun(long n) {
    return n == 1 ? singular : plural;
  }

  /** The category named {@code id}, ignoring case. */
  public static FindingCategory fromId(String id) {
    for (FindingCategory category : values()) {
      if (category.id.equalsIgnoreCase(id.trim())) {
        return category;
      }
    }
    throw new IllegalArgumentException(
        "unknown category '" + id + "' (expected one of " + ids() + ")");
  }

  /** {@code deadlocks, cycles, races, hazards}. */
  public static String ids() {
    return Arrays.stream(values()).map(FindingCategory::id).collect(Collectors.joining(", "));
  }
}
