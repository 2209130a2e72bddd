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
import io.lockwatch.samples.lockorder.ReadLockCycleWithWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReadLockCycleWithWriterIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = AgentRun.of(ReadLockCycleWithWriter.class).run();
  }

  @Test
  void runs_to_the_end_and_writes_a_report() {
    assertRanCleanly(run, ReadLockCycleWithWriter.class, 5);
  }

  @Test
  void reports_one_read_write_cycle_of_medium_severity() {
    assertSingleCycle(run, "read-write", "medium");
  }

  @Test
  void the_edges_are_the_two_readers_read_locks() {
    LockOrderCycle cycle = assertSingleCycle(run, "read-write", "medium");
    assertThat(cycle.edges()).hasSize(2);
    assertEdge(
        edgeOf(cycle, "reader-1"), ReadLockCycleWithWriter.class, "r1-outer", "r1-inner", "read");
    assertEdge(
        edgeOf(cycle, "reader-2"), ReadLockCycleWithWriter.class, "r2-outer", "r2-inner", "read");
  }

  @Test
  void names_the_read_write_locks_by_their_fields() {
    LockOrderCycle cycle = assertSingleCycle(run, "read-write", "medium");
    assertLocks(cycle, "read-write-lock", "java.util.concurrent.locks.ReentrantReadWriteLock");
    CycleEdge reader1 = edgeOf(cycle, "reader-1");
    assertThat(lock(cycle, reader1.from()).name()).contains("PRICES");
    assertThat(lock(cycle, reader1.to()).name()).contains("RATES");
  }
}
