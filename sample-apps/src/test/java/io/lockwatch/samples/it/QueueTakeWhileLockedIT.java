package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.ReportAssertions.assertCatalogVerdict;
import static io.lockwatch.samples.it.ReportAssertions.assertRanToTheEnd;
import static io.lockwatch.samples.it.WaitHazardAssertions.assertHazard;
import static io.lockwatch.samples.it.WaitHazardAssertions.assertSingleHazard;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.WaitHazard;
import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.samples.primitives.QueueTakeWhileLocked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueueTakeWhileLockedIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = SampleRuns.of(SampleCatalog.QUEUE_TAKE_WHILE_LOCKED);
  }

  @Test
  void runs_to_the_end() {
    assertRanToTheEnd(run, QueueTakeWhileLocked.class);
    assertThat(run.stdout()).contains("1 order(s), 5 unit(s)");
  }

  @Test
  void reports_one_take_hazard_of_medium_severity() {
    WaitHazard hazard = assertSingleHazard(run, "BlockingQueue.take", "medium");
    assertHazard(
        hazard, "clerk", "Ledger", QueueTakeWhileLocked.class, "ledger-held", "take");
  }

  @Test
  void reports_nothing_else() {
    assertThat(run.cycles()).as("lockOrderCycles").isEmpty();
    assertThat(run.report().observedDeadlocks()).as("observedDeadlocks").isEmpty();
    assertThat(run.report().unguardedFields()).as("unguardedFields").isEmpty();
  }

  @Test
  void the_catalog_verdict_is_ok() {
    assertCatalogVerdict(SampleCatalog.QUEUE_TAKE_WHILE_LOCKED, run);
  }
}
