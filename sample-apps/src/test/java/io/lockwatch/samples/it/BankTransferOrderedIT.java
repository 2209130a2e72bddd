package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.LockOrderAssertions.assertNoCycle;
import static io.lockwatch.samples.it.LockOrderAssertions.assertRanCleanly;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.samples.lockorder.BankTransferOrdered;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BankTransferOrderedIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = AgentRun.of(BankTransferOrdered.class).run();
  }

  @Test
  void runs_to_the_end_and_sees_the_nested_account_locks() {
    assertRanCleanly(run, BankTransferOrdered.class, 12);
    assertThat(run.summary().edges())
        .as("summary.edges (account 0 before 1, 2 before 3)")
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void reports_no_cycle() {
    assertNoCycle(run);
    assertThat(run.summary().cyclesFound()).as("summary.cyclesFound").isZero();
  }
}
