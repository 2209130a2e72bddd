package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.LockOrderAssertions.assertNoCycle;
import static io.lockwatch.samples.it.LockOrderAssertions.assertRanCleanly;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.samples.lockorder.TryLockBackoff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TryLockBackoffIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = AgentRun.of(TryLockBackoff.class).run();
  }

  @Test
  void runs_to_the_end_and_sees_the_locks() {
    // worker-1: A and B; worker-2: B, then A through tryLock() (it always succeeds here)
    assertRanCleanly(run, TryLockBackoff.class, 3);
    assertThat(run.summary().edges()).as("summary.edges (A->B)").isGreaterThanOrEqualTo(1);
  }

  @Test
  void try_lock_adds_no_edge_into_the_lock_so_no_cycle() {
    assertNoCycle(run);
    assertThat(run.cyclesFiltered("tryLock"))
        .as("summary.cyclesFiltered.tryLock in %s", run.reportFile())
        .isPositive();
  }
}
