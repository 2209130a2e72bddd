package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.LockOrderAssertions.assertEdge;
import static io.lockwatch.samples.it.LockOrderAssertions.assertLocks;
import static io.lockwatch.samples.it.LockOrderAssertions.assertRanCleanly;
import static io.lockwatch.samples.it.LockOrderAssertions.assertSingleCycle;
import static io.lockwatch.samples.it.LockOrderAssertions.edgeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.LockDescription;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.samples.lockorder.BankTransferUnordered;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BankTransferUnorderedIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = AgentRun.of(BankTransferUnordered.class).run();
  }

  @Test
  void runs_to_the_end_and_writes_a_report() {
    assertRanCleanly(run, BankTransferUnordered.class, 12);
  }

  @Test
  void reports_one_finding_for_all_account_pairs() {
    LockOrderCycle cycle = assertSingleCycle(run, "deadlock", "high");
    assertThat(cycle.occurrences()).as("occurrences").isGreaterThanOrEqualTo(1);
  }

  @Test
  void both_edges_point_at_the_two_lines_of_transfer() {
    LockOrderCycle cycle = assertSingleCycle(run, "deadlock", "high");
    assertThat(cycle.edges()).hasSize(2);
    for (String teller : new String[] {"teller-1", "teller-2"}) {
      assertEdge(
          edgeOf(cycle, teller),
          BankTransferUnordered.class,
          "transfer-outer",
          "transfer-inner",
          "exclusive");
    }
  }

  @Test
  void the_locks_are_the_accounts_monitors() {
    LockOrderCycle cycle = assertSingleCycle(run, "deadlock", "high");
    assertLocks(cycle, "monitor", "io.lockwatch.samples.lockorder.BankTransferUnordered$Account");
    for (LockDescription lock : cycle.locks()) {
      assertThat(lock.name()).contains("Account");
    }
  }
}
