package io.lockwatch.report.render;

import io.lockwatch.report.SampleReports;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.Site;
import io.lockwatch.report.model.UnguardedField;
import java.util.List;

/**
 * A {@code races=predict} report: the shop's observed race on {@code Stats.ordersPlaced} and a
 * predicted one on {@code Limits.limit}, which this run ordered only through the audit lock.
 */
public final class PredictedRaceReports {
  /** The lock that ordered the predicted race's accesses in this run. */
  public static final String AUDIT =
      "monitor of java.lang.Object (static field com.example.bank.Teller.AUDIT)";

  /** The predicted race's reason, as the agent writes it. */
  public static final String REASON =
      "this run ordered the two accesses only because 'teller' acquired "
          + AUDIT
          + " after 'admin' released it, and no critical sections on the way touched a common"
          + " field with one write";

  /** The predicted race's field. */
  public static final String FIELD = "com.example.bank.Limits.limit";

  private PredictedRaceReports() {}

  /** The predicted race alone. */
  public static UnguardedField predictedRace() {
    Site write = SampleReports.site("com.example.bank.Admin", "raise", "Admin.java", 21);
    Site read = SampleReports.site("com.example.bank.Teller", "withdraw", "Teller.java", 44);
    return new UnguardedField(
        "race:predicted-limit",
        "medium",
        FIELD,
        false,
        List.of(
            new UnguardedField.FieldAccess("admin", "write", write, List.of(), List.of(write)),
            new UnguardedField.FieldAccess("teller", "read", read, List.of(), List.of(read))),
        null,
        null,
        new UnguardedField.Prediction(AUDIT, REASON));
  }

  /** The shop report with one observed race (first) and one predicted race (second). */
  public static Report observedAndPredicted() {
    Report shop = SampleReports.shop();
    return new Report(
        shop.schemaVersion(),
        shop.run(),
        shop.summary(),
        shop.lockOrderCycles(),
        shop.observedDeadlocks(),
        List.of(SampleReports.statsRace(), predictedRace()),
        shop.waitHazards(),
        shop.agentErrors(),
        shop.lockOrderEdges(),
        shop.lockSites(),
        shop.lockClasses());
  }
}
