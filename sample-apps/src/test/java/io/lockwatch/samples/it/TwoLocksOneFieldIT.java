package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.RaceAssertions.accessBy;
import static io.lockwatch.samples.it.RaceAssertions.assertAccessesAt;
import static io.lockwatch.samples.it.RaceAssertions.assertSingleField;
import static io.lockwatch.samples.it.ReportAssertions.assertAcquisitions;
import static io.lockwatch.samples.it.ReportAssertions.assertCatalogVerdict;
import static io.lockwatch.samples.it.ReportAssertions.assertRanToTheEnd;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.UnguardedField.FieldAccess;
import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.samples.races.TwoLocksOneField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each access holds a lock, but not the same one: the lockset explains the race. */
class TwoLocksOneFieldIT {
  private static final Class<?> INVENTORY =
      SourceMarkers.nested(TwoLocksOneField.class, "Inventory");

  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = SampleRuns.of(SampleCatalog.TWO_LOCKS_ONE_FIELD);
  }

  @Test
  void runs_to_the_end() {
    assertRanToTheEnd(run, TwoLocksOneField.class);
    assertAcquisitions(run, 2 * TwoLocksOneField.ROUNDS);
  }

  @Test
  void reports_the_stock_once() {
    UnguardedField field = assertSingleField(run, INVENTORY, "stock", true);
    assertAccessesAt(field, TwoLocksOneField.class, "restock", "sell");
  }

  @Test
  void each_access_holds_a_different_lock() {
    UnguardedField field = assertSingleField(run, INVENTORY, "stock", true);
    FieldAccess restock = accessBy(field, "restocker");
    FieldAccess sell = accessBy(field, "seller");
    assertThat(restock.locksHeld()).as("locksHeld by the restocker").singleElement()
        .asString().contains("RESTOCK_LOCK");
    assertThat(sell.locksHeld()).as("locksHeld by the seller").singleElement()
        .asString().contains("SALES_LOCK");
  }

  @Test
  void the_catalog_verdict_is_ok() {
    assertCatalogVerdict(SampleCatalog.TWO_LOCKS_ONE_FIELD, run);
  }
}
