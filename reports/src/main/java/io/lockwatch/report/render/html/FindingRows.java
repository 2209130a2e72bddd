package io.lockwatch.report.render.html;

import io.lockwatch.report.check.FindingCategory;
import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockDescription;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.Site;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.WaitHazard;
import io.lockwatch.report.render.LockLabels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a report's findings into {@link FindingRow}s: most severe first, then by kind. */
final class FindingRows {
  private FindingRows() {}

  /** Every finding of {@code report}. */
  static List<FindingRow> of(Report report, Provenance provenance) {
    List<FindingRow> rows = new ArrayList<>();
    int n = 0;
    for (ObservedDeadlock deadlock : report.observedDeadlocks()) {
      rows.add(deadlock(deadlock, ++n, provenance));
    }
    n = 0;
    for (LockOrderCycle cycle : report.lockOrderCycles()) {
      rows.add(cycle(cycle, ++n, provenance));
    }
    n = 0;
    for (UnguardedField field : report.unguardedFields()) {
      rows.add(race(field, ++n, provenance));
    }
    n = 0;
    for (WaitHazard hazard : report.waitHazards()) {
      rows.add(hazard(hazard, ++n, provenance));
    }
    rows.sort(
        Comparator.comparingInt(FindingRow::severityRank)
            .thenComparing(FindingRow::kind)
            .thenComparing(FindingRow::className));
    return List.copyOf(rows);
  }

  private static FindingRow deadlock(ObservedDeadlock deadlock, int n, Provenance provenance) {
    Set<String> locks = new LinkedHashSet<>();
    Site where = null;
    for (ObservedDeadlock.DeadlockedThread thread : deadlock.threads()) {
      locks.add(LockLabels.ofLock(thread.waitsFor(), null));
      if (where == null) {
        where = StackFrames.firstApplicationFrame(thread.stack());
      }
    }
    return new FindingRow(
        "f-deadlock-" + n,
        FindingCategory.DEADLOCKS,
        "seen by " + deadlock.detectedBy(),
        deadlock.severity(),
        "Deadlock of " + deadlock.threads().size() + " threads" + at(where),
        where,
        String.join(", ", locks),
        tests(deadlock.tests()),
        provenance.inputsOf(deadlock.fingerprint()),
        deadlock.fingerprint(),
        deadlock);
  }

  private static FindingRow cycle(LockOrderCycle cycle, int n, Provenance provenance) {
    String chain = lockChain(cycle);
    Site where = cycle.edges().isEmpty() ? null : cycle.edges().get(0).acquiredAt();
    return new FindingRow(
        "f-cycle-" + n,
        FindingCategory.CYCLES,
        cycle.predicted() ? cycle.kind() + ", predicted" : cycle.kind(),
        cycle.severity(),
        chain,
        where,
        chain,
        tests(cycle.tests()),
        provenance.inputsOf(cycle),
        cycle.fingerprint(),
        cycle);
  }

  /** {@code Bank.lock → Account → Bank.lock}: the cycle's locks in edge order. */
  static String lockChain(LockOrderCycle cycle) {
    Map<Integer, String> labels = new HashMap<>();
    for (LockDescription lock : cycle.locks()) {
      labels.put(lock.id(), LockLabels.ofLock(lock.name(), lock.type()));
    }
    if (cycle.edges().isEmpty()) {
      return cycle.chain();
    }
    StringBuilder chain = new StringBuilder();
    for (CycleEdge edge : cycle.edges()) {
      chain.append(labels.getOrDefault(edge.from(), "lock " + edge.from())).append(" \u2192 ");
    }
    CycleEdge last = cycle.edges().get(cycle.edges().size() - 1);
    return chain.append(labels.getOrDefault(last.to(), "lock " + last.to())).toString();
  }

  private static FindingRow race(UnguardedField field, int n, Provenance provenance) {
    Site where = null;
    for (UnguardedField.FieldAccess access : field.accesses()) {
      if (where == null || access.kind().equals("write")) {
        where = access.site();
        if (access.kind().equals("write")) {
          break;
        }
      }
    }
    return new FindingRow(
        "f-race-" + n,
        FindingCategory.RACES,
        field.observedRace() ? "observed" : "predicted",
        field.severity(),
        field.field(),
        where,
        field.field(),
        tests(field.tests()),
        provenance.inputsOf(field.fingerprint()),
        field.fingerprint(),
        field);
  }

  private static FindingRow hazard(WaitHazard hazard, int n, Provenance provenance) {
    String lock = LockLabels.ofLock(hazard.lockHeld(), null);
    return new FindingRow(
        "f-hazard-" + n,
        FindingCategory.HAZARDS,
        hazard.waitKind(),
        hazard.severity(),
        hazard.waitKind() + " holding " + lock + at(hazard.waitSite()),
        hazard.waitSite(),
        lock,
        tests(hazard.tests()),
        provenance.inputsOf(hazard.fingerprint()),
        hazard.fingerprint(),
        hazard);
  }

  private static String at(Site site) {
    return site == null ? "" : " at " + site.fileAndLine();
  }

  private static List<String> tests(List<String> tests) {
    return tests == null ? List.of() : List.copyOf(tests);
  }
}
