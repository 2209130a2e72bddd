package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Jetty 12 core handlers serving HTTP on loopback to 4 client threads, plainly and under the agent in every races mode. */
class JettyDriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("jetty", "io.lockwatch.compat.jetty.JettyDriver");

  @Test
  void jetty_serves_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck check = CompatCheck.run(DRIVER);
    check.assertAcquisitions();
    check.assertFieldAccesses();
    assertThat(check.reportMentions("org.eclipse.jetty."))
        .as("the report has sites in org.eclipse.jetty.* (the library's own locks were seen)")
        .isTrue();
  }
}
