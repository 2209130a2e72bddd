package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reactor pipelines across its schedulers, and a sink emitted to from 4 threads, plainly and under the agent in every races mode. */
class ReactorDriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("reactor", "io.lockwatch.compat.reactor.ReactorDriver");

  @Test
  void reactor_pipelines_run_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck check = CompatCheck.run(DRIVER);
    check.assertAcquisitions();
    check.assertFieldAccesses();
    assertThat(check.reportMentions("reactor.core."))
        .as("the report has sites in reactor.core.* (the library's own locks were seen)")
        .isTrue();
  }
}
