package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.LockOrderAssertions.assertNoCycle;
import static io.lockwatch.samples.it.LockOrderAssertions.assertRanCleanly;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.samples.lockorder.SameThreadBothOrders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SameThreadBothOrdersIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = AgentRun.of(SameThreadBothOrders.class).run();
  }

  @Test
  void runs_to_the_end_and_sees_both_orders() {
    assertRanCleanly(run, SameThreadBothOrders.class, 4);
    assertThat(run.summary().edges()).as("summary.edges (A->B and B->A)").isGreaterThanOrEqualTo(2);
  }

  @Test
  void the_cycle_of_one_thread_is_filtered_not_reported() {
    assertNoCycle(run);
    assertThat(run.cyclesFiltered("sameThread"))
        .as("summary.cyclesFiltered.sameThread in %s", run.reportFile())
        .isPositive();
  }
}
