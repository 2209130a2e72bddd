package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.LockOrderAssertions.assertEdge;
import static io.lockwatch.samples.it.LockOrderAssertions.assertLocks;
import static io.lockwatch.samples.it.LockOrderAssertions.assertRanCleanly;
import static io.lockwatch.samples.it.LockOrderAssertions.assertSingleCycle;
import static io.lockwatch.samples.it.LockOrderAssertions.edgeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.samples.lockorder.TimedTryLockCycle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TimedTryLockCycleIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = AgentRun.of(TimedTryLockCycle.class).run();
  }

  @Test
  void runs_to_the_end_and_writes_a_report() {
    assertRanCleanly(run, TimedTryLockCycle.class, 4);
  }

  @Test
  void reports_one_stall_of_medium_severity() {
    assertSingleCycle(run, "stall", "medium");
  }

  @Test
  void the_edges_are_the_timed_try_locks() {
    LockOrderCycle cycle = assertSingleCycle(run, "stall", "medium");
    assertThat(cycle.edges()).hasSize(2);
    assertEdge(edgeOf(cycle, "worker-1"), TimedTryLockCycle.class, "w1-outer", "w1-inner", "timed");
    assertEdge(edgeOf(cycle, "worker-2"), TimedTryLockCycle.class, "w2-outer", "w2-inner", "timed");
    assertLocks(cycle, "lock", "java.util.concurrent.locks.ReentrantLock");
  }
}
