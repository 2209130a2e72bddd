package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.LockOrderAssertions.assertNoCycle;
import static io.lockwatch.samples.it.LockOrderAssertions.assertRanCleanly;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.samples.lockorder.OrderedLocking;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrderedLockingIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = AgentRun.of(OrderedLocking.class).run();
  }

  @Test
  void runs_to_the_end_and_sees_the_nested_locks() {
    assertRanCleanly(run, OrderedLocking.class, 4);
    assertThat(run.summary().edges()).as("summary.edges (A before B)").isGreaterThanOrEqualTo(1);
  }

  @Test
  void reports_no_cycle() {
    assertNoCycle(run);
    assertThat(run.summary().cyclesFound()).as("summary.cyclesFound").isZero();
  }
}
