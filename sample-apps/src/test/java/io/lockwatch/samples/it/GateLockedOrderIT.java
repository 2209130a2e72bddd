package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.LockOrderAssertions.assertNoCycle;
import static io.lockwatch.samples.it.LockOrderAssertions.assertRanCleanly;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.samples.lockorder.GateLockedOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GateLockedOrderIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = AgentRun.of(GateLockedOrder.class).run();
  }

  @Test
  void runs_to_the_end_and_sees_both_orders() {
    assertRanCleanly(run, GateLockedOrder.class, 6);
    assertThat(run.summary().edges()).as("summary.edges").isGreaterThanOrEqualTo(2);
  }

  @Test
  void the_gated_cycle_is_filtered_not_reported() {
    assertNoCycle(run);
    assertThat(run.cyclesFiltered("gateLock"))
        .as("summary.cyclesFiltered.gateLock in %s", run.reportFile())
        .isPositive();
  }
}
