package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.ReportAssertions.assertAcquisitions;
import static io.lockwatch.samples.it.ReportAssertions.assertCatalogVerdict;
import static io.lockwatch.samples.it.ReportAssertions.assertNoFindings;
import static io.lockwatch.samples.it.ReportAssertions.assertRanToTheEnd;

import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.samples.primitives.LatchEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Awaiting a latch while holding nothing is no hazard, and the latch orders the data: nothing to
 * report.
 */
class LatchEventIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = SampleRuns.of(SampleCatalog.LATCH_EVENT);
  }

  @Test
  void runs_to_the_end_and_the_agent_sees_its_locks() {
    assertRanToTheEnd(run, LatchEvent.class);
    assertAcquisitions(run, 3);
  }

  @Test
  void reports_nothing_of_any_kind() {
    assertNoFindings(run);
  }

  @Test
  void the_catalog_verdict_is_ok() {
    assertCatalogVerdict(SampleCatalog.LATCH_EVENT, run);
  }
}
