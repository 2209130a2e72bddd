package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.compat.drivers.H2Driver;
import org.junit.jupiter.api.Test;

/** H2 in memory, several JDBC clients in transactions, plainly and under the agent. */
class H2DriverIT {
  @Test
  void h2_runs_the_same_under_the_agent() {
    CompatCheck check = CompatCheck.run(H2Driver.class);
    check.assertAcquisitions();
    check.assertFieldAccesses();
    assertThat(check.reportMentions("org.h2."))
        .as("the report has sites in H2 (its locks were seen)")
        .isTrue();
  }
}
