package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.ReportAssertions.assertAcquisitions;
import static io.lockwatch.samples.it.ReportAssertions.assertCatalogVerdict;
import static io.lockwatch.samples.it.ReportAssertions.assertNoFindings;
import static io.lockwatch.samples.it.ReportAssertions.assertRanToTheEnd;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.samples.primitives.SemaphoreLockOrdered;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The permit, then the lock, in both threads: one edge, no cycle, no hazard. */
class SemaphoreLockOrderedIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = SampleRuns.of(SampleCatalog.SEMAPHORE_LOCK_ORDERED);
  }

  @Test
  void runs_to_the_end_and_sees_the_permit_before_the_lock() {
    assertRanToTheEnd(run, SemaphoreLockOrdered.class);
    assertAcquisitions(run, 4);
    assertThat(run.summary().edges()).as("summary.edges (printer before jobs)").isPositive();
  }

  @Test
  void reports_nothing_of_any_kind() {
    assertNoFindings(run);
  }

  @Test
  void the_catalog_verdict_is_ok() {
    assertCatalogVerdict(SampleCatalog.SEMAPHORE_LOCK_ORDERED, run);
  }
}
