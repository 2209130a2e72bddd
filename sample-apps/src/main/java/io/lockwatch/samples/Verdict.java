package io.lockwatch.samples;

import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.Summary;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.WaitHazard;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares a report (and the exit code of the JVM that wrote it) with a sample's {@link Expected}.
 * {@link SampleRunner} prints its verdict from this, and every integration test checks it too, so
 * {@code ./run-samples.sh} says OK for a sample exactly when its expectations hold.
 */
public final class Verdict {
  private Verdict() {}

  /** The differences between what was expected and what happened; empty when it is as expected. */
  public static List<String> problems(Expected expected, Report report, int exitCode) {
    List<String> problems = new ArrayList<>();
    if (exitCode != expected.exitCode()) {
      problems.add("exit code " + exitCode + " instead of " + expected.exitCode());
    }
    for (ReportSection section : ReportSection.values()) {
      int want = expected.count(section);
      int got = section.countIn(report);
      if (want != got) {
        problems.add(section.jsonKey() + " " + got + " instead of " + want);
      }
    }
    for (LockOrderCycle cycle : nonNull(report.lockOrderCycles())) {
      if (expected.cycleKind() != null && !expected.cycleKind().equals(cycle.kind())) {
        problems.add("cycle kind " + cycle.kind() + " instead of " + expected.cycleKind());
      }
      if (expected.cycleSeverity() != null && !expected.cycleSeverity().equals(cycle.severity())) {
        problems.add(
            "cycle severity " + cycle.severity() + " instead of " + expected.cycleSeverity());
      }
    }
    for (WaitHazard hazard : nonNull(report.waitHazards())) {
      if (expected.waitKind() != null && !expected.waitKind().equals(hazard.waitKind())) {
        problems.add("waitKind " + hazard.waitKind() + " instead of " + expected.waitKind());
      }
    }
    for (ObservedDeadlock deadlock : nonNull(report.observedDeadlocks())) {
      if (expected.detectedBy() != null && !expected.detectedBy().equals(deadlock.detectedBy())) {
        problems.add(
            "deadlock detectedBy " + deadlock.detectedBy() + " instead of "
                + expected.detectedBy());
      }
    }
    for (UnguardedField field : nonNull(report.unguardedFields())) {
      if (expected.observedRace() != null && expected.observedRace() != field.observedRace()) {
        problems.add(
            field.field() + " observedRace " + field.observedRace() + " instead of "
                + expected.observedRace());
      }
      if (!field.observedRace() && "high".equals(field.severity())) {
        problems.add(field.field() + ": a predicted race must rank below high");
      }
    }
    Map<String, String> inForce =
        report.run() == null || report.run().options() == null
            ? Map.of()
            : report.run().options();
    expected
        .options()
        .forEach(
            (key, value) -> {
              if (!value.equals(inForce.get(key))) {
                problems.add(
                    "run.options." + key + " is " + inForce.get(key) + " instead of " + value);
              }
            });
    Summary summary = report.summary();
    if (summary == null) {
      problems.add("no summary");
      return problems;
    }
    long evidence = counter(summary, expected.evidence());
    if (evidence <= 0) {
      problems.add(
          "summary." + expected.evidence() + " is " + evidence + ": the agent saw nothing");
    }
    if (expected.filteredBy() != null && filtered(summary, expected.filteredBy()) == 0) {
      problems.add("no cycle counted as filtered by " + expected.filteredBy());
    }
    return problems;
  }

  /**
   * The value of a numeric component of the summary, by its JSON name; -1 when the summary has no
   * such counter.
   */
  public static long counter(Summary summary, String name) {
    for (RecordComponent component : Summary.class.getRecordComponents()) {
      if (component.getName().equals(name)) {
        try {
          Object value = component.getAccessor().invoke(summary);
          return value instanceof Number number ? number.longValue() : -1;
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read summary." + name, e);
        }
      }
    }
    return -1;
  }

  private static long filtered(Summary summary, String filter) {
    Map<String, Long> filtered = summary.cyclesFiltered();
    Long count = filtered == null ? null : filtered.get(filter);
    return count == null ? 0 : count;
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }
}
