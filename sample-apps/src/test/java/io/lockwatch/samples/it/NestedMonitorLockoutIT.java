package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.ReportAssertions.assertCatalogVerdict;
import static io.lockwatch.samples.it.ReportAssertions.assertRanToTheEnd;
import static io.lockwatch.samples.it.WaitHazardAssertions.assertHazard;
import static io.lockwatch.samples.it.WaitHazardAssertions.assertSingleHazard;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.WaitHazard;
import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.samples.primitives.NestedMonitorLockout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NestedMonitorLockoutIT {
  private static final Class<?> POST_OFFICE =
      SourceMarkers.nested(NestedMonitorLockout.class, "PostOffice");

  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = SampleRuns.of(SampleCatalog.NESTED_MONITOR_LOCKOUT);
  }

  @Test
  void runs_to_the_end_after_the_customer_gives_up() {
    assertRanToTheEnd(run, NestedMonitorLockout.class);
    assertThat(run.stdout()).contains("gave up (locked out)");
  }

  @Test
  void reports_one_object_wait_hazard_of_medium_severity() {
    // the demo waits with a timeout so that it ends: a timed wait is medium, an untimed one high
    WaitHazard hazard = assertSingleHazard(run, "Object.wait", "medium");
    assertHazard(
        hazard,
        "customer",
        "counter",
        POST_OFFICE,
        "outer-held",
        "wait");
  }

  @Test
  void reports_nothing_else() {
    assertThat(run.cycles()).as("lockOrderCycles (counter before slot, always)").isEmpty();
    assertThat(run.report().observedDeadlocks()).as("observedDeadlocks").isEmpty();
    assertThat(run.report().unguardedFields()).as("unguardedFields").isEmpty();
  }

  @Test
  void the_catalog_verdict_is_ok() {
    assertCatalogVerdict(SampleCatalog.NESTED_MONITOR_LOCKOUT, run);
  }
}
