package io.lockwatch.report.render.html;

import io.lockwatch.report.check.FindingCategory;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Site;
import java.util.List;

/**
 * One finding as the page lists it, whatever its kind: what the table, the drill-down and the
 * per-test view show, and the finding itself for its detail.
 *
 * @param anchor the id of its detail on the page, {@code f-cycle-1}
 * @param kind its kind
 * @param variant the kind's variant for people ({@code deadlock}, {@code stall}, {@code observed},
 *     {@code predicted}...)
 * @param severity {@code high}, {@code medium} or {@code low}
 * @param title one line naming it
 * @param where its main code site, or null
 * @param subject the lock classes or the field it is about
 * @param tests the tests that exposed it; empty when unknown
 * @param seenIn the reports (JVMs) that have it, first first; empty for a single report
 * @param fingerprint its fingerprint
 * @param finding the report's record
 */
record FindingRow(
    String anchor,
    FindingCategory kind,
    String variant,
    String severity,
    String title,
    Site where,
    String subject,
    List<String> tests,
    List<String> seenIn,
    String fingerprint,
    Object finding) {

  /**
   * True when it is proven real by a confirm run: a cycle steered into a real deadlock, or the
   * observed deadlock that confirms one.
   */
  boolean confirmed() {
    return (finding instanceof LockOrderCycle cycle && cycle.confirmed())
        || (finding instanceof ObservedDeadlock deadlock && deadlock.confirms() != null);
  }

  /** The class of {@link #where}, or empty. */
  String className() {
    return where == null || where.className() == null ? "" : where.className();
  }

  /** The package of {@link #where}, or {@code (default package)}. */
  String packageName() {
    int dot = className().lastIndexOf('.');
    return dot < 0 ? "(default package)" : className().substring(0, dot);
  }

  /** 0 for high, 1 for medium, 2 for anything else: for sorting. */
  int severityRank() {
    return switch (severity) {
      case "high" -> 0;
      case "medium" -> 1;
      default -> 2;
    };
  }
}
