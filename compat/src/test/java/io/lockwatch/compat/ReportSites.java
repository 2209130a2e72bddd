package io.lockwatch.compat;

import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.Site;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.WaitHazard;
import java.util.ArrayList;
import java.util.List;

/** Every site a report names: lock-order edges, the locks and edges of cycles, races, hazards. */
final class ReportSites {
  private ReportSites() {}

  /** The sites, in report order; some may be null. */
  static List<Site> of(Report report) {
    List<Site> sites = new ArrayList<>();
    report
        .codeEdges()
        .forEach(
            e -> {
              sites.add(e.heldAt());
              sites.add(e.acquiredAt());
            });
    for (LockOrderCycle cycle : report.lockOrderCycles()) {
      cycle.locks().forEach(l -> sites.add(l.firstSeen()));
      cycle
          .edges()
          .forEach(
              e -> {
                sites.add(e.heldAt());
                sites.add(e.acquiredAt());
              });
    }
    for (UnguardedField field : report.unguardedFields()) {
      field.accesses().forEach(a -> sites.add(a.site()));
    }
    for (WaitHazard hazard : report.waitHazards()) {
      sites.add(hazard.heldAt());
      sites.add(hazard.waitSite());
    }
    return sites;
  }
}
