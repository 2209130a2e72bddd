package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pekko typed actors: Scala 2.13 bytecode, its dispatchers and the Scala collections, plainly and under the agent in every races mode. */
class PekkoDriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("pekko", "io.lockwatch.compat.pekko.PekkoDriver");

  @Test
  void pekko_actors_run_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck check = CompatCheck.run(DRIVER);
    check.assertAcquisitions();
    check.assertFieldAccesses();
    assertThat(check.reportMentions("org.apache.pekko."))
        .as("the report has sites in org.apache.pekko.* (the library's own locks were seen)")
        .isTrue();
  }
}
