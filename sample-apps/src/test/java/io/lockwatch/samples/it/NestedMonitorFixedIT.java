package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.ReportAssertions.assertAcquisitions;
import static io.lockwatch.samples.it.ReportAssertions.assertCatalogVerdict;
import static io.lockwatch.samples.it.ReportAssertions.assertNoFindings;
import static io.lockwatch.samples.it.ReportAssertions.assertRanToTheEnd;

import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.samples.primitives.NestedMonitorFixed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fixed post office waits on the slot holding nothing else: nothing to report. */
class NestedMonitorFixedIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = SampleRuns.of(SampleCatalog.NESTED_MONITOR_FIXED);
  }

  @Test
  void runs_to_the_end_and_the_agent_sees_its_locks() {
    assertRanToTheEnd(run, NestedMonitorFixed.class);
    assertAcquisitions(run, 4);
  }

  @Test
  void reports_nothing_of_any_kind() {
    assertNoFindings(run);
  }

  @Test
  void the_catalog_verdict_is_ok() {
    assertCatalogVerdict(SampleCatalog.NESTED_MONITOR_FIXED, run);
  }
}
