package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.LockOrderAssertions.assertNoCycle;
import static io.lockwatch.samples.it.LockOrderAssertions.assertRanCleanly;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.samples.lockorder.ReentrantTransfer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReentrantTransferIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = AgentRun.of(ReentrantTransfer.class).run();
  }

  @Test
  void runs_to_the_end_and_sees_the_acquisitions() {
    // 3 threads x 10 rounds x (2 account transfers + 1 purse save), re-entries not counted
    assertRanCleanly(run, ReentrantTransfer.class, 90);
  }

  @Test
  void re_acquiring_a_held_lock_adds_no_edge() {
    assertThat(run.summary().edges()).as("summary.edges").isZero();
  }

  @Test
  void reports_no_cycle() {
    assertNoCycle(run);
    assertThat(run.summary().cyclesFound()).as("summary.cyclesFound").isZero();
  }
}
