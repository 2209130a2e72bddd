package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.LockOrderAssertions.assertNoCycle;
import static io.lockwatch.samples.it.LockOrderAssertions.assertRanCleanly;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.samples.lockorder.ReadLockCycle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReadLockCycleIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = AgentRun.of(ReadLockCycle.class).run();
  }

  @Test
  void runs_to_the_end_and_sees_both_read_orders() {
    assertRanCleanly(run, ReadLockCycle.class, 4);
    assertThat(run.summary().edges()).as("summary.edges").isGreaterThanOrEqualTo(2);
  }

  @Test
  void a_cycle_of_read_locks_without_writer_is_filtered_not_reported() {
    assertNoCycle(run);
    assertThat(run.cyclesFiltered("readOnly"))
        .as("summary.cyclesFiltered.readOnly in %s", run.reportFile())
        .isPositive();
  }
}
