package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HikariCP over in-memory H2, 8 threads on 3 connections, plainly and under the agent in every races mode. */
class HikariDriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("hikaricp", "io.lockwatch.compat.hikaricp.HikariDriver");

  @Test
  void hikari_pools_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck check = CompatCheck.run(DRIVER);
    check.assertAcquisitions();
    check.assertFieldAccesses();
    assertThat(check.reportMentions("com.zaxxer.hikari."))
        .as("the report has sites in com.zaxxer.hikari.* (the library's own locks were seen)")
        .isTrue();
  }
}
