package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Vert.x verticles, event bus and HTTP server and client on loopback, plainly and under the agent in every races mode. */
class VertxDriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("vertx", "io.lockwatch.compat.vertx.VertxDriver");

  @Test
  void vertx_serves_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck check = CompatCheck.run(DRIVER);
    check.assertAcquisitions();
    check.assertFieldAccesses();
    assertThat(check.reportMentions("io.vertx."))
        .as("the report has sites in io.vertx.* (the library's own locks were seen)")
        .isTrue();
  }
}
