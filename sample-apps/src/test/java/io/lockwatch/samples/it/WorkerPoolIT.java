package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.ReportAssertions.assertAcquisitions;
import static io.lockwatch.samples.it.ReportAssertions.assertCatalogVerdict;
import static io.lockwatch.samples.it.ReportAssertions.assertNoFindings;
import static io.lockwatch.samples.it.ReportAssertions.assertRanToTheEnd;

import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.samples.primitives.WorkerPool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Queues, latches, a barrier and a locked counter, nobody waiting with a lock held: nothing to
 * report.
 */
class WorkerPoolIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = SampleRuns.of(SampleCatalog.WORKER_POOL);
  }

  @Test
  void runs_to_the_end_and_the_agent_sees_its_locks() {
    assertRanToTheEnd(run, WorkerPool.class);
    assertAcquisitions(run, 10);
  }

  @Test
  void reports_nothing_of_any_kind() {
    assertNoFindings(run);
  }

  @Test
  void the_catalog_verdict_is_ok() {
    assertCatalogVerdict(SampleCatalog.WORKER_POOL, run);
  }
}
