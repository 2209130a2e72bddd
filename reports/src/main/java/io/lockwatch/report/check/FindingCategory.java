package io.lockwatch.report.check;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The four kinds of finding, most serious first (the order every output lists them in), with the
 * names each output gives them: the command line and baselines ({@link #id()}), the text summary
 * ({@link #noun}), and the HTML page ({@link #code()}, {@link #label()}, {@link #heading()}; its
 * kind filter lists the same codes and labels).
 */
public enum FindingCategory {
  DEADLOCKS(
      "deadlocks", "observed deadlock", "deadlock", "observed deadlock", "Observed deadlocks"),
  CYCLES("cycles", "lock-order cycle", "cycle", "lock-order cycle", "Lock-order cycles"),
  RACES("races", "unguarded field", "race", "data race", "Unguarded fields (data races)"),
  HAZARDS("hazards", "wait hazard", "hazard", "wait hazard", "Wait hazards");

  private final String id;
  private final String noun;
  private final String code;
  private final String label;
  private final String heading;

  FindingCategory(String id, String noun, String code, String label, String heading) {
    this.id = id;
    this.noun = noun;
    this.code = code;
    this.label = label;
    this.heading = heading;
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
    return n == 1 ? noun : noun + "s";
  }

  /** The page's short name, for element ids and data attributes: {@code cycle}. */
  public String code() {
    return code;
  }

  /** The page's name of one: {@code lock-order cycle}, {@code data race}. */
  public String label() {
    return label;
  }

  /** The page's heading of the kind: {@code Lock-order cycles}. */
  public String heading() {
    return heading;
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
