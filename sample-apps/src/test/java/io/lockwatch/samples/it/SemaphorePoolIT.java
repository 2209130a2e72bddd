package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.ReportAssertions.assertAcquisitions;
import static io.lockwatch.samples.it.ReportAssertions.assertCatalogVerdict;
import static io.lockwatch.samples.it.ReportAssertions.assertNoFindings;
import static io.lockwatch.samples.it.ReportAssertions.assertRanToTheEnd;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.LockOrderEdge;
import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.samples.primitives.SemaphorePool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Permits, then the free list's monitor, always in that order: nothing to report. */
class SemaphorePoolIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = SampleRuns.of(SampleCatalog.SEMAPHORE_POOL);
  }

  @Test
  void runs_to_the_end_and_the_agent_sees_permits_and_monitors() {
    assertRanToTheEnd(run, SemaphorePool.class);
    // 6 permits + 12 monitor entries (take and return) at least
    assertAcquisitions(run, 18);
    assertThat(run.stdout()).contains("at most 3 of 3 resources");
  }

  @Test
  void the_permit_is_a_lock_in_the_order_graph() {
    assertThat(run.report().lockOrderEdges())
        .as("code-level edges in %s", run.reportFile())
        .anySatisfy(
            (LockOrderEdge edge) -> {
              assertThat(edge.fromLock()).contains("available");
              assertThat(edge.toLock()).contains("free");
            });
  }

  @Test
  void reports_nothing_of_any_kind() {
    assertNoFindings(run);
  }

  @Test
  void the_catalog_verdict_is_ok() {
    assertCatalogVerdict(SampleCatalog.SEMAPHORE_POOL, run);
  }
}
