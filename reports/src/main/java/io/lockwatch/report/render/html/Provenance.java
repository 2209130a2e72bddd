package io.lockwatch.report.render.html;

import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.WaitHazard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which input report (one per JVM, e.g. one per forked test JVM) each finding came from, by
 * fingerprint, in the order the inputs were given. A cycle the merge found across JVMs is in no
 * input; its edges' thread names carry their input's label ({@code lockwatch-3.json:worker-1}).
 */
public final class Provenance {
  private static final Provenance NONE = new Provenance(Map.of(), List.of());

  private final Map<String, Set<String>> inputsByFingerprint;
  private final List<String> labels;

  private Provenance(Map<String, Set<String>> inputsByFingerprint, List<String> labels) {
    this.inputsByFingerprint = inputsByFingerprint;
    this.labels = labels;
  }

  /** For a single report: nothing to say. */
  public static Provenance none() {
    return NONE;
  }

  /** The provenance of the findings of {@code reports}, by label (file name), in input order. */
  public static Provenance of(Map<String, Report> reports) {
    if (reports.size() < 2) {
      return NONE;
    }
    Map<String, Set<String>> inputs = new LinkedHashMap<>();
    reports.forEach(
        (label, report) -> {
          List<String> fingerprints = new ArrayList<>();
          report.lockOrderCycles().stream()
              .map(LockOrderCycle::fingerprint)
              .forEach(fingerprints::add);
          report.observedDeadlocks().stream()
              .map(ObservedDeadlock::fingerprint)
              .forEach(fingerprints::add);
          report.unguardedFields().stream()
              .map(UnguardedField::fingerprint)
              .forEach(fingerprints::add);
          report.waitHazards().stream().map(WaitHazard::fingerprint).forEach(fingerprints::add);
          fingerprints.forEach(
              f -> inputs.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(label));
        });
    return new Provenance(inputs, List.copyOf(reports.keySet()));
  }

  /** The inputs that hold the finding with {@code fingerprint}, first first; empty when unknown. */
  List<String> inputsOf(String fingerprint) {
    Set<String> inputs = inputsByFingerprint.get(fingerprint);
    return inputs == null ? List.of() : List.copyOf(inputs);
  }

  /** {@link #inputsOf}, or for a cycle found by the merge, the inputs its threads came from. */
  List<String> inputsOf(LockOrderCycle cycle) {
    List<String> known = inputsOf(cycle.fingerprint());
    if (!known.isEmpty()) {
      return known;
    }
    Set<String> found = new LinkedHashSet<>();
    for (CycleEdge edge : cycle.edges()) {
      for (String label : labels) {
        if (edge.thread() != null && edge.thread().startsWith(label + ":")) {
          found.add(label);
        }
      }
    }
    return List.copyOf(found);
  }
}
