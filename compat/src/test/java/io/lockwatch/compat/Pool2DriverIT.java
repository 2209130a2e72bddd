package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Commons Pool 2 object pools with an evictor, 6 threads on 3 objects, plainly and under the agent in every races mode. */
class Pool2DriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("commons-pool2", "io.lockwatch.compat.pool2.Pool2Driver");

  @Test
  void commons_pool_lends_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck check = CompatCheck.run(DRIVER);
    check.assertAcquisitions();
    check.assertFieldAccesses();
    assertThat(check.reportMentions("org.apache.commons.pool2."))
        .as("the report has sites in org.apache.commons.pool2.* (the library's own locks were seen)")
        .isTrue();
  }
}
