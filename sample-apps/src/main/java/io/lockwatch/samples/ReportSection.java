package io.lockwatch.samples;

import io.lockwatch.report.model.Report;
import java.util.List;
import java.util.function.Function;

/** The finding sections of a report that a sample can expect entries in. */
public enum ReportSection {
  LOCK_ORDER_CYCLES("lockOrderCycles", "lock-order cycle", Report::lockOrderCycles),
  UNGUARDED_FIELDS("unguardedFields", "unguarded field", Report::unguardedFields),
  OBSERVED_DEADLOCKS("observedDeadlocks", "observed deadlock", Report::observedDeadlocks),
  WAIT_HAZARDS("waitHazards", "wait hazard", Report::waitHazards);

  private final String jsonKey;
  private final String noun;
  private final Function<Report, List<?>> entries;

  ReportSection(String jsonKey, String noun, Function<Report, List<?>> entries) {
    this.jsonKey = jsonKey;
    this.noun = noun;
    this.entries = entries;
  }

  /** The section's key in the JSON report. */
  public String jsonKey() {
    return jsonKey;
  }

  /** How many entries the report has in this section (0 when the section is missing). */
  public int countIn(Report report) {
    List<?> list = entries.apply(report);
    return list == null ? 0 : list.size();
  }

  /** {@code 1 lock-order cycle}, {@code 2 wait hazards}. */
  public String describe(int count) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
