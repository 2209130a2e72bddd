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
import io.lockwatch.samples.lockorder.UnorderedReentrantLocks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UnorderedReentrantLocksIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = AgentRun.of(UnorderedReentrantLocks.class).run();
  }

  @Test
  void runs_to_the_end_and_writes_a_report() {
    assertRanCleanly(run, UnorderedReentrantLocks.class, 4);
  }

  @Test
  void each_edge_points_at_the_marked_lock_calls() {
    LockOrderCycle cycle = assertSingleCycle(run, "deadlock", "high");
    assertThat(cycle.edges()).hasSize(2);
    assertEdge(
        edgeOf(cycle, "worker-1"),
        UnorderedReentrantLocks.class,
        "w1-outer",
        "w1-inner",
        "exclusive");
    assertEdge(
        edgeOf(cycle, "worker-2"),
        UnorderedReentrantLocks.class,
        "w2-outer",
        "w2-inner",
        "exclusive");
  }

  @Test
  void names_the_two_reentrant_locks_by_their_fields() {
    LockOrderCycle cycle = assertSingleCycle(run, "deadlock", "high");
    assertLocks(cycle, "lock", "java.util.concurrent.locks.ReentrantLock");
    CycleEdge restock = edgeOf(cycle, "worker-1");
    assertThat(lock(cycle, restock.from()).name()).contains("STOCK");
    assertThat(lock(cycle, restock.to()).name()).contains("ORDERS");
  }
}
