package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.ReportAssertions.assertAcquisitions;
import static io.lockwatch.samples.it.ReportAssertions.assertCatalogVerdict;
import static io.lockwatch.samples.it.ReportAssertions.assertNoFindings;
import static io.lockwatch.samples.it.ReportAssertions.assertRanToTheEnd;

import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.samples.primitives.QueuePipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** take()/put() holding nothing, hand-offs ordered by the queues: nothing to report. */
class QueuePipelineIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = SampleRuns.of(SampleCatalog.QUEUE_PIPELINE);
  }

  @Test
  void runs_to_the_end_and_the_agent_sees_its_locks() {
    assertRanToTheEnd(run, QueuePipeline.class);
    assertAcquisitions(run, 10);
  }

  @Test
  void reports_nothing_of_any_kind() {
    assertNoFindings(run);
  }

  @Test
  void the_catalog_verdict_is_ok() {
    assertCatalogVerdict(SampleCatalog.QUEUE_PIPELINE, run);
  }
}
