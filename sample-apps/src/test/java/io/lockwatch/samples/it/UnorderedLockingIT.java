package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.LockOrderAssertions.assertEdge;
import static io.lockwatch.samples.it.LockOrderAssertions.assertLocks;
import static io.lockwatch.samples.it.LockOrderAssertions.assertRanCleanly;
import static io.lockwatch.samples.it.LockOrderAssertions.assertSingleCycle;
import static io.lockwatch.samples.it.LockOrderAssertions.edgeOf;
import static io.lockwatch.samples.it.LockOrderAssertions.lock;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.samples.lockorder.UnorderedLocking;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UnorderedLockingIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = AgentRun.of(UnorderedLocking.class).run();
  }

  @Test
  void runs_to_the_end_and_writes_a_report() {
    assertRanCleanly(run, UnorderedLocking.class, 4);
  }

  @Test
  void reports_one_deadlock_of_high_severity() {
    assertSingleCycle(run, "deadlock", "high");
  }

  @Test
  void each_edge_points_at_the_marked_lines_of_its_thread() {
    LockOrderCycle cycle = assertSingleCycle(run, "deadlock", "high");
    assertThat(cycle.edges()).hasSize(2);
    assertEdge(
        edgeOf(cycle, "worker-1"), UnorderedLocking.class, "w1-outer", "w1-inner", "exclusive");
    assertEdge(
        edgeOf(cycle, "worker-2"), UnorderedLocking.class, "w2-outer", "w2-inner", "exclusive");
  }

  @Test
  void names_the_two_monitors_by_their_fields() {
    LockOrderCycle cycle = assertSingleCycle(run, "deadlock", "high");
    assertLocks(cycle, "monitor", "java.lang.Object");
    CycleEdge first = edgeOf(cycle, "worker-1");
    assertThat(lock(cycle, first.from()).name()).contains("LOCK_A");
    assertThat(lock(cycle, first.to()).name()).contains("LOCK_B");
  }
}
